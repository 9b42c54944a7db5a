// Lint rules: the recommended sets, plus the boundary that keeps dialogs/ free of SDKs.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'coverage/**', 'test-results/**', 'dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['jest.config.js'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
  {
    files: ['channels/web/public/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { window: 'readonly', document: 'readonly', fetch: 'readonly', EventSource: 'readonly', localStorage: 'readonly', crypto: 'readonly', console: 'readonly', setTimeout: 'readonly', URLSearchParams: 'readonly', Date: 'readonly' } },
  },
  {
    files: ['dialogs/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['twilio', 'botbuilder*', '@slack/*', 'openai*', 'mongodb', 'express', 'winston', 'mingo*'], message: 'dialogs/ stays free of SDKs and infrastructure.' },
          { group: ['**/bots/**', '**/channels/**'], message: 'dialogs/ does not depend on bots/ or channels/.' },
        ],
      }],
    },
  },
);
