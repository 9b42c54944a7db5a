/**
 * Jest: @swc/jest compiles TypeScript fast; type-checking is done once by `tsc --noEmit`.
 * A few dependencies ship only as ES modules (Node loads them with require(esm), Jest cannot):
 * swc compiles those to CommonJS for the tests.
 */
const ESM_ONLY = ['cookie', 'openid-client', 'oauth4webapi', 'jose', 'oidc-provider'];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } }],
    '^.+\\.js$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'ecmascript' } }, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
  testTimeout: 20000,
};
