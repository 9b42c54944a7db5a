import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, describeSettings, loadSettings, secretValues } from '../../config/settings';
import { EVALUATION_PRODUCTION_ENV } from '../support/production-env';

const SID = 'AC' + '0123456789abcdef'.repeat(2);
const TWILIO = { TWILIO_ACCOUNT_SID: SID, TWILIO_AUTH_TOKEN: 'twilio-auth-token-value-9f8e7d', TWILIO_FROM_NUMBER: '+447700900123', PUBLIC_BASE_URL: 'https://switchboard.example.gov.uk' };
const SLACK = { SLACK_BOT_TOKEN: 'xoxb-1111-2222-slack-bot-secret', SLACK_SIGNING_SECRET: 'slack-signing-secret-value-abc', SLACK_HANDOFF_CHANNEL: 'C0HANDOFF' };

/** Runs loadSettings expecting a ConfigError, and returns it. */
function configError(env: Record<string, string | undefined>): ConfigError {
  try {
    loadSettings(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected loadSettings to throw a ConfigError');
}

describe('loadSettings', () => {
  it('runs the sandbox on defaults when the environment is empty', () => {
    expect(loadSettings({})).toEqual({
      nodeEnv: 'development',
      port: 3978,
      publicBaseUrl: undefined,
      logLevel: 'info',
      mongodbUri: undefined,
      mongodbServerSelectionTimeoutMs: 5000,
      adminToken: undefined,
      allowEmbeddedStore: false,
      metrics: { token: undefined, port: undefined },
      // The sandbox runs its own sign-in provider, so no OIDC block.
      staff: {
        console: true,
        rolesClaim: 'roles',
        roleMap: { 'Switchboard.Agent': 'agent', 'Switchboard.Supervisor': 'supervisor', 'Switchboard.Admin': 'admin' },
        idleMinutes: 30,
        maxHours: 12,
      },
      webChat: { sessionMessagesPerMinute: 20, ipMessagesPerMinute: 60, newSessionsPerHour: 10 },
      // The sandbox shows eight weeks of made-up history on its oversight page.
      demoHistoryWeeks: 8,
      oversight: { minCell: 10, fairnessMargin: 0.1, episodeGapMinutes: 30, priceGbpPerMtok: { input: 0.3, output: 1.2 } },
      openai: { apiKey: undefined, baseUrl: undefined, model: 'gpt-4.1-mini', timeoutMs: 4000, maxRetries: 1, breakerThreshold: 3, breakerCooldownMs: 30000, moderation: { enabled: false, timeoutMs: 1500 } },
      microsoft: { appId: undefined, appPassword: undefined, tenantId: undefined, appType: 'SingleTenant', allowedTenants: [] },
      sms: { maxSegments: 3, burstWindowMs: 2000, rateLimit: { messages: 10, windowSeconds: 60 }, maxInboundChars: 1000 },
      dialog: { maxReprompts: 2, maxUnsure: 2 },
      handoff: { slaMinutes: 10, queueUpdateMinutes: 5 },
      outbox: { maxAttempts: 8, baseDelayMs: 500, maxDelayMs: 60000 },
      lease: { ttlMs: 30000 },
      http: { bodyLimit: '100kb', shutdownTimeoutMs: 10000, trustProxy: 'loopback' },
      retention: { transcripts: 90, inbound: 7, audit: 365, tickets: 365, channelMemory: 90 },
    });
  });

  it('reads retention periods in days, and refuses zero or non-numbers', () => {
    const settings = loadSettings({
      RETENTION_TRANSCRIPT_DAYS: '30', RETENTION_INBOUND_DAYS: '2', RETENTION_AUDIT_DAYS: '730',
      RETENTION_TICKET_DAYS: '400', RETENTION_CHANNEL_MEMORY_DAYS: '31',
    });
    expect(settings.retention).toEqual({ transcripts: 30, inbound: 2, audit: 730, tickets: 400, channelMemory: 31 });
    expect(configError({ RETENTION_AUDIT_DAYS: '0', RETENTION_TICKET_DAYS: 'a year' }).problems.map((p) => p.variable)).toEqual([
      'RETENTION_AUDIT_DAYS',
      'RETENTION_TICKET_DAYS',
    ]);
  });

  it('leaves Twilio and Slack out entirely when they are not configured', () => {
    const settings = loadSettings({});
    expect('twilio' in settings).toBe(false);
    expect('slack' in settings).toBe(false);
  });

  it('accepts PORT 0, which asks the OS for a free port', () => {
    expect(loadSettings({ PORT: '0' }).port).toBe(0);
    expect(configError({ PORT: '-1' }).problems.map((p) => p.variable)).toEqual(['PORT']);
  });

  it('treats empty and blank strings as unset', () => {
    const settings = loadSettings({ PORT: '', LOG_LEVEL: '  ', TWILIO_AUTH_TOKEN: '', SLACK_BOT_TOKEN: '' });
    expect(settings.port).toBe(3978);
    expect(settings.logLevel).toBe('info');
    expect(settings.twilio).toBeUndefined();
  });

  it('reads numbers, enums and tunables from their variables', () => {
    const settings = loadSettings({
      ...EVALUATION_PRODUCTION_ENV, PORT: '8080', LOG_LEVEL: 'debug', OPENAI_MODEL: 'gpt-4o',
      HANDOFF_SLA_MINUTES: '15', QUEUE_UPDATE_MINUTES: '3', DIALOG_MAX_REPROMPTS: '1', DIALOG_MAX_UNSURE: '3',
      OUTBOX_MAX_ATTEMPTS: '5', OUTBOX_BASE_DELAY_MS: '250', OUTBOX_MAX_DELAY_MS: '30000',
      LEASE_TTL_MS: '15000', HTTP_BODY_LIMIT: '1mb', SHUTDOWN_TIMEOUT_MS: '5000',
    });
    expect(settings).toMatchObject({
      port: 8080, nodeEnv: 'production', logLevel: 'debug', openai: { model: 'gpt-4o' },
      handoff: { slaMinutes: 15, queueUpdateMinutes: 3 }, dialog: { maxReprompts: 1, maxUnsure: 3 },
      outbox: { maxAttempts: 5, baseDelayMs: 250, maxDelayMs: 30000 }, lease: { ttlMs: 15000 },
      http: { bodyLimit: '1mb', shutdownTimeoutMs: 5000 },
    });
  });

  it('builds the Twilio and Slack blocks when each trio is complete', () => {
    const settings = loadSettings({ ...TWILIO, ...SLACK, TWILIO_API_BASE_URL: 'http://127.0.0.1:4010' });
    expect(settings.twilio).toEqual({ accountSid: SID, authToken: TWILIO.TWILIO_AUTH_TOKEN, fromNumber: '+447700900123', apiBaseUrl: 'http://127.0.0.1:4010' });
    expect(settings.slack).toEqual({ botToken: SLACK.SLACK_BOT_TOKEN, signingSecret: SLACK.SLACK_SIGNING_SECRET, handoffChannel: 'C0HANDOFF', apiUrl: undefined });
  });

  it('lists every bad value in ONE error, one line per variable', () => {
    const error = configError({ PORT: 'eighty', LOG_LEVEL: 'verbose', NODE_ENV: 'staging', PUBLIC_BASE_URL: 'not a url', OUTBOX_MAX_ATTEMPTS: '0', HTTP_BODY_LIMIT: 'lots' });
    const lines = error.message.split('\n').slice(1);
    expect(lines).toHaveLength(6);
    for (const name of ['PORT', 'LOG_LEVEL', 'NODE_ENV', 'PUBLIC_BASE_URL', 'OUTBOX_MAX_ATTEMPTS', 'HTTP_BODY_LIMIT']) {
      expect(lines.some((line) => line.trim().startsWith(`${name}: `))).toBe(true);
    }
    expect(error.problems.map((p) => p.variable).sort()).toEqual(['HTTP_BODY_LIMIT', 'LOG_LEVEL', 'NODE_ENV', 'OUTBOX_MAX_ATTEMPTS', 'PORT', 'PUBLIC_BASE_URL']);
    expect(error.message).toMatch(/6 problems/);
  });

  it('reports value and cross-field problems together', () => {
    const error = configError({ PORT: '70000', TWILIO_ACCOUNT_SID: SID, SLACK_BOT_TOKEN: 'not-a-bot-token' });
    expect(error.problems.map((p) => p.variable).sort()).toEqual([
      'PORT', 'PUBLIC_BASE_URL', 'SLACK_BOT_TOKEN', 'SLACK_HANDOFF_CHANNEL', 'SLACK_SIGNING_SECRET', 'TWILIO_AUTH_TOKEN', 'TWILIO_FROM_NUMBER',
    ]);
  });

  it('rejects a partial Twilio configuration, naming what is missing', () => {
    const error = configError({ TWILIO_ACCOUNT_SID: SID, TWILIO_AUTH_TOKEN: 'abc', PUBLIC_BASE_URL: 'https://x.example' });
    expect(error.problems).toEqual([{ variable: 'TWILIO_FROM_NUMBER', problem: expect.stringMatching(/required .*Twilio/) }]);
  });

  it('needs PUBLIC_BASE_URL once Twilio is on', () => {
    const { PUBLIC_BASE_URL: _unused, ...withoutUrl } = TWILIO;
    expect(configError(withoutUrl).problems.map((p) => p.variable)).toEqual(['PUBLIC_BASE_URL']);
  });

  it('checks the shape of Twilio identifiers', () => {
    const error = configError({ ...TWILIO, TWILIO_ACCOUNT_SID: 'AB123', TWILIO_FROM_NUMBER: '07700 900123' });
    expect(error.problems.map((p) => p.variable)).toEqual(['TWILIO_ACCOUNT_SID', 'TWILIO_FROM_NUMBER']);
  });

  it('rejects a partial Slack configuration, but allows the signing secret alone (Slack checks the URL before it shows the token)', () => {
    expect(configError({ SLACK_BOT_TOKEN: SLACK.SLACK_BOT_TOKEN }).problems.map((p) => p.variable).sort()).toEqual(['SLACK_HANDOFF_CHANNEL', 'SLACK_SIGNING_SECRET']);
    expect(configError({ SLACK_SIGNING_SECRET: 'shh', SLACK_HANDOFF_CHANNEL: 'C1' }).problems.map((p) => p.variable)).toEqual(['SLACK_BOT_TOKEN']);
    const setup = loadSettings({ SLACK_SIGNING_SECRET: 'shh' });
    expect(setup.slack).toBeUndefined();
    expect(setup.slackUrlCheck).toEqual({ signingSecret: 'shh' });
  });

  it('rejects a Microsoft app password without an app id', () => {
    const error = configError({ MICROSOFT_APP_PASSWORD: 'ms-password', MICROSOFT_APP_TYPE: 'MultiTenant' });
    expect(error.problems).toEqual([{ variable: 'MICROSOFT_APP_ID', problem: expect.stringContaining('MICROSOFT_APP_PASSWORD') }]);
  });

  it('needs a tenant id for a SingleTenant app, but not for a MultiTenant one', () => {
    expect(configError({ MICROSOFT_APP_ID: 'app-id' }).problems.map((p) => p.variable)).toEqual(['MICROSOFT_APP_TENANT_ID']);
    expect(loadSettings({ MICROSOFT_APP_ID: 'app-id', MICROSOFT_APP_TYPE: 'MultiTenant' }).microsoft.appType).toBe('MultiTenant');
    expect(loadSettings({ MICROSOFT_APP_ID: 'app-id', MICROSOFT_APP_TENANT_ID: 'tenant' }).microsoft.tenantId).toBe('tenant');
  });

  it('requires an admin token to be long, and a base delay no larger than the maximum', () => {
    const error = configError({ ADMIN_TOKEN: 'short', OUTBOX_BASE_DELAY_MS: '5000', OUTBOX_MAX_DELAY_MS: '1000' });
    expect(error.problems.map((p) => p.variable)).toEqual(['ADMIN_TOKEN']);
    expect(configError({ OUTBOX_BASE_DELAY_MS: '5000', OUTBOX_MAX_DELAY_MS: '1000' }).problems.map((p) => p.variable)).toEqual(['OUTBOX_BASE_DELAY_MS']);
  });

  it('never prints a secret value in the error', () => {
    const secrets = {
      TWILIO_AUTH_TOKEN: 'tw-secret-value-123456',
      SLACK_BOT_TOKEN: 'bad-slack-secret-value-654321',
      ADMIN_TOKEN: 'tiny-admin-secret',
      MONGODB_URI: 'postgres://user:db-password-xyz@host',
      MICROSOFT_APP_PASSWORD: 'ms-secret-password-777',
    };
    const error = configError(secrets);
    for (const value of Object.values(secrets)) expect(error.message).not.toContain(value);
    expect(error.problems.map((p) => p.variable).sort()).toEqual(['ADMIN_TOKEN', 'MONGODB_URI', 'SLACK_BOT_TOKEN', 'SLACK_HANDOFF_CHANNEL', 'SLACK_SIGNING_SECRET', 'TWILIO_ACCOUNT_SID', 'TWILIO_FROM_NUMBER', 'PUBLIC_BASE_URL', 'MICROSOFT_APP_ID'].sort());
  });
});

describe('describeSettings', () => {
  const env = { ...TWILIO, ...SLACK, OPENAI_API_KEY: 'sk-openai-secret-key', ADMIN_TOKEN: 'admin-secret-token-0123456789', MONGODB_URI: 'mongodb://user:mongo-pass@db:27017/sb', MICROSOFT_APP_ID: 'app', MICROSOFT_APP_PASSWORD: 'ms-app-password-secret', MICROSOFT_APP_TENANT_ID: 'tenant' };

  it('shows secrets only as "set" / "not set"', () => {
    const text = JSON.stringify(describeSettings(loadSettings(env)));
    for (const secret of [TWILIO.TWILIO_AUTH_TOKEN, SLACK.SLACK_BOT_TOKEN, SLACK.SLACK_SIGNING_SECRET, env.OPENAI_API_KEY, env.ADMIN_TOKEN, env.MONGODB_URI, 'mongo-pass', env.MICROSOFT_APP_PASSWORD]) {
      expect(text).not.toContain(secret);
    }
    expect(describeSettings(loadSettings(env))).toMatchObject({ adminToken: 'set', openai: { apiKey: 'set' }, twilio: { authToken: 'set', fromNumber: '+447700900123' }, microsoft: { appPassword: 'set' } });
    expect(describeSettings(loadSettings({}))).toMatchObject({ adminToken: 'not set', openai: { apiKey: 'not set' }, twilio: 'not configured', slack: 'not configured' });
  });

  it('lists every secret value for the logger to redact', () => {
    expect(secretValues(loadSettings(env)).sort()).toEqual(
      [TWILIO.TWILIO_AUTH_TOKEN, SLACK.SLACK_BOT_TOKEN, SLACK.SLACK_SIGNING_SECRET, env.OPENAI_API_KEY, env.ADMIN_TOKEN, env.MONGODB_URI, env.MICROSOFT_APP_PASSWORD].sort(),
    );
  });
});

describe('config boundary', () => {
  it('is the only code that reads process.env', () => {
    // Other folders receive Settings; a stray process.env read would bypass validation.
    const root = path.join(__dirname, '..', '..');
    const offenders = ['bots', 'channels', 'dialogs']
      .flatMap((dir) => sourceFiles(path.join(root, dir)))
      .filter((file) => /process\.env\b/.test(fs.readFileSync(file, 'utf8')))
      .map((file) => path.relative(root, file));
    expect(offenders).toEqual([]);
  });
});

/** Every .ts file under a folder. */
function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('OpenAI settings', () => {
  it('chooses the Azure client only with an API version, and then needs the resource endpoint', () => {
    expect(loadSettings({ OPENAI_API_KEY: 'k' }).openai.azure).toBeUndefined();
    const azure = loadSettings({ OPENAI_API_KEY: 'k', OPENAI_BASE_URL: 'https://council-uksouth.openai.azure.com', OPENAI_AZURE_API_VERSION: '2024-10-21', OPENAI_AZURE_DEPLOYMENT: 'gpt-4-1-mini-uk' });
    expect(azure.openai.azure).toEqual({ apiVersion: '2024-10-21', deployment: 'gpt-4-1-mini-uk' });
    expect(() => loadSettings({ OPENAI_AZURE_API_VERSION: '2024-10-21' })).toThrow(/OPENAI_BASE_URL: required when OPENAI_AZURE_API_VERSION/);
    expect(() => loadSettings({ OPENAI_TIMEOUT_MS: '50' })).toThrow(/OPENAI_TIMEOUT_MS/);
  });

  it('turns the moderation check on with a key, for 1.5 s by default, and off when asked', () => {
    expect(loadSettings({}).openai.moderation).toEqual({ enabled: false, timeoutMs: 1500 });
    expect(loadSettings({ OPENAI_API_KEY: 'k' }).openai.moderation).toEqual({ enabled: true, timeoutMs: 1500 });
    expect(loadSettings({ OPENAI_API_KEY: 'k', OPENAI_MODERATION: 'off' }).openai.moderation).toEqual({ enabled: false, timeoutMs: 1500 });
    expect(loadSettings({ OPENAI_API_KEY: 'k', OPENAI_MODERATION: 'on', OPENAI_MODERATION_TIMEOUT_MS: '800' }).openai.moderation).toEqual({ enabled: true, timeoutMs: 800 });
    // Without a key there is no model, so nothing to run beside it, whatever the switch says.
    expect(loadSettings({ OPENAI_MODERATION: 'on' }).openai.moderation.enabled).toBe(false);
  });

  it('refuses a moderation switch other than on/off and a timeout outside 100–10000 ms, all in one error', () => {
    const error = configError({ OPENAI_MODERATION: 'false', OPENAI_MODERATION_TIMEOUT_MS: '50' });
    expect(error.problems).toEqual([
      { variable: 'OPENAI_MODERATION', problem: 'must be on or off' },
      { variable: 'OPENAI_MODERATION_TIMEOUT_MS', problem: 'must be a whole number from 100 to 10000' },
    ]);
    for (const bad of ['20000', '1.5', 'fast']) {
      expect(configError({ OPENAI_MODERATION_TIMEOUT_MS: bad }).problems.map((p) => p.variable)).toEqual(['OPENAI_MODERATION_TIMEOUT_MS']);
    }
  });

  it('shows the moderation check in the start-up summary', () => {
    expect(describeSettings(loadSettings({ OPENAI_API_KEY: 'k' })).openai).toMatchObject({ moderation: { timeoutMs: 1500 } });
    expect(describeSettings(loadSettings({ OPENAI_API_KEY: 'k', OPENAI_MODERATION: 'off' })).openai).toMatchObject({ moderation: 'off' });
  });
});
