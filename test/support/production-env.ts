/**
 * The least environment production accepts without MongoDB or staff sign-in: the in-memory
 * store allowed for evaluation, an https address, no console, and a back office (tests that
 * call it point BACKOFFICE_BASE_URL at a local fake). Tests that exercise one
 * production behaviour add only what that behaviour needs.
 */
export const EVALUATION_PRODUCTION_ENV: Readonly<Record<string, string>> = {
  NODE_ENV: 'production',
  ALLOW_EMBEDDED_STORE: 'true',
  PUBLIC_BASE_URL: 'https://switchboard.example.gov.uk',
  STAFF_CONSOLE: 'off',
  BACKOFFICE_BASE_URL: 'https://backoffice.example.gov.uk/switchboard/v1',
  BACKOFFICE_TOKEN: 'backoffice-token-0123456789abcdef0123456789',
};
