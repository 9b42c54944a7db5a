/** Production refuses to start unsafe, listing every problem at once; the sandbox is unaffected. */
import { ConfigError, loadSettings } from '../../config/settings';
import { EVALUATION_PRODUCTION_ENV } from '../support/production-env';

function problems(env: Record<string, string>): Record<string, string> {
  try {
    loadSettings(env);
  } catch (error) {
    if (error instanceof ConfigError) return Object.fromEntries(error.problems.map((p) => [p.variable, p.problem]));
    throw error;
  }
  return {};
}

const HEX32 = '0123456789abcdef0123456789abcdef';

describe('production start-up checks', () => {
  it('lists every unsafe setting of a bare production environment in one error', () => {
    const found = problems({ NODE_ENV: 'production' });
    expect(Object.keys(found).sort()).toEqual(['BACKOFFICE_BASE_URL', 'MONGODB_URI', 'OIDC_ISSUER_URL', 'PUBLIC_BASE_URL']);
    expect(found.MONGODB_URI).toMatch(/lost on restart/);
    expect(found.BACKOFFICE_BASE_URL).toMatch(/demo data/);
    expect(found.OIDC_ISSUER_URL).toMatch(/staff sign-in is not configured.*STAFF_CONSOLE=off/);
  });

  it('refuses an http:// public address, identity provider or back office', () => {
    const found = problems({ ...EVALUATION_PRODUCTION_ENV, PUBLIC_BASE_URL: 'http://switchboard.example.gov.uk', STAFF_CONSOLE: 'on', OIDC_ISSUER_URL: 'http://idp.example', OIDC_CLIENT_ID: 'switchboard', OIDC_CLIENT_SECRET: HEX32, BACKOFFICE_BASE_URL: 'http://backoffice.example' });
    expect(found).toEqual({ PUBLIC_BASE_URL: expect.stringMatching(/https:\/\//), OIDC_ISSUER_URL: expect.stringMatching(/https:\/\//), BACKOFFICE_BASE_URL: expect.stringMatching(/https:\/\//) });
  });

  it('refuses secrets shorter than their provider issues, naming each without its value', () => {
    const env = {
      ...EVALUATION_PRODUCTION_ENV,
      TWILIO_ACCOUNT_SID: `AC${HEX32}`, TWILIO_AUTH_TOKEN: 'x', TWILIO_FROM_NUMBER: '+447700900123',
      SLACK_BOT_TOKEN: 'xoxb-short', SLACK_SIGNING_SECRET: 'tooshort', SLACK_HANDOFF_CHANNEL: 'C0HANDOFF',
      MICROSOFT_APP_ID: 'app', MICROSOFT_APP_PASSWORD: 'pw', MICROSOFT_APP_TENANT_ID: '00000000-0000-0000-0000-000000000001',
      ADMIN_TOKEN: 'a'.repeat(24), METRICS_TOKEN: 'm'.repeat(24),
    };
    const found = problems(env);
    expect(Object.keys(found).sort()).toEqual(['ADMIN_TOKEN', 'METRICS_TOKEN', 'MICROSOFT_APP_PASSWORD', 'SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'TWILIO_AUTH_TOKEN']);
    for (const [variable, problem] of Object.entries(found)) expect(problem).not.toContain(env[variable as keyof typeof env]);
  });

  it('accepts what the providers issue, and the in-memory store only when allowed for evaluation', () => {
    const live = {
      NODE_ENV: 'production', MONGODB_URI: 'mongodb://db.internal:27017/switchboard?replicaSet=rs0', PUBLIC_BASE_URL: 'https://switchboard.example.gov.uk',
      OIDC_ISSUER_URL: 'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000001/v2.0', OIDC_CLIENT_ID: 'switchboard', OIDC_CLIENT_SECRET: 'x'.repeat(40),
      TWILIO_ACCOUNT_SID: `AC${HEX32}`, TWILIO_AUTH_TOKEN: HEX32, TWILIO_FROM_NUMBER: '+447700900123',
      BACKOFFICE_BASE_URL: 'https://integration.council.example/switchboard/v1', BACKOFFICE_TOKEN_URL: 'https://login.microsoftonline.com/t/oauth2/v2.0/token',
      BACKOFFICE_CLIENT_ID: 'switchboard', BACKOFFICE_CLIENT_SECRET: 'y'.repeat(40),
    };
    expect(problems(live)).toEqual({});
    expect(loadSettings(EVALUATION_PRODUCTION_ENV).allowEmbeddedStore).toBe(true);
  });

  it('leaves the sandbox open: no store, no https and no sign-in settings needed', () => {
    expect(problems({})).toEqual({});
    expect(problems({ NODE_ENV: 'test' })).toEqual({});
  });
});
