/**
 * The least environment production accepts without MongoDB or staff sign-in: the in-memory
 * store allowed for evaluation, an https address, and no console. Tests that exercise one
 * production behaviour add only what that behaviour needs.
 */
export const EVALUATION_PRODUCTION_ENV: Readonly<Record<string, string>> = {
  NODE_ENV: 'production',
  ALLOW_EMBEDDED_STORE: 'true',
  PUBLIC_BASE_URL: 'https://switchboard.example.gov.uk',
  STAFF_CONSOLE: 'off',
};
