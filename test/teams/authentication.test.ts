/**
 * Authentication: with an app id configured the real CloudAdapter rejects unauthenticated
 * requests, and production refuses to run the channel without credentials.
 */
import { createSign, generateKeyPairSync } from 'node:crypto';
import { loadSettings } from '../../config/settings';
import { createService } from '../../bots/service';
import { createMemoryLogger } from '../../bots/logging/memory-logger';
import { assertTeamsCanStart, TeamsConfigError } from '../../channels/teams/teams-config';
import type { InboundDoc } from '../../bots/store/documents';
import { testService, type TestService } from '../support/test-service';
import { TENANT, postActivity, teamsActivity } from './activities';
import { startFakeConnector, type FakeConnector } from './fake-connector';
import { EVALUATION_PRODUCTION_ENV } from '../support/production-env';

/** A compact JWS with the given header and claims, signed by `sign` (empty for alg=none). */
function jwt(header: object, claims: object, sign: (input: string) => Buffer): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${part(header)}.${part(claims)}`;
  return `${input}.${sign(input).toString('base64url')}`;
}

const CREDENTIALS = {
  MICROSOFT_APP_ID: '00000000-aaaa-bbbb-cccc-000000000001',
  MICROSOFT_APP_PASSWORD: 'not-a-real-secret-value',
  MICROSOFT_APP_TENANT_ID: TENANT,
};

describe('Teams with an app id configured', () => {
  let t: TestService;
  let fake: FakeConnector;
  let port: number;
  beforeEach(async () => {
    fake = await startFakeConnector();
    t = await testService({ env: CREDENTIALS });
    ({ port } = await t.service.start(0));
  });
  afterEach(async () => {
    await t.service.stop();
    await fake.close();
    jest.restoreAllMocks();
  });

  it('rejects a request without a token with 401 and records nothing', async () => {
    const response = await postActivity(port, teamsActivity(fake.url, { text: 'hello' }));
    expect(response.status).toBe(401);
    expect(await t.service.store.collection<InboundDoc>('inbound').find({})).toEqual([]);
    expect(fake.requests).toEqual([]);
  });

  it('rejects a request whose token is not a valid JWT with 401', async () => {
    const response = await postActivity(port, teamsActivity(fake.url, { text: 'hello' }), { authorization: 'Bearer not.a.jwt' });
    expect(response.status).toBe(401);
    expect(await t.service.store.collection<InboundDoc>('inbound').find({})).toEqual([]);
  });

  it('answers a forged token (signed with the wrong key, or alg=none) with 401, logs it once and prints nothing', async () => {
    const printed = jest.spyOn(console, 'error');
    const claims = { iss: 'https://api.botframework.com', aud: CREDENTIALS.MICROSOFT_APP_ID, serviceurl: fake.url, exp: Math.floor(Date.now() / 1000) + 600, nbf: Math.floor(Date.now() / 1000) - 60 };
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const wrongKey = jwt({ alg: 'RS256', typ: 'JWT', kid: 'not-microsofts' }, claims, (input) => createSign('RSA-SHA256').update(input).sign(privateKey));
    const unsigned = jwt({ alg: 'none', typ: 'JWT' }, claims, () => Buffer.alloc(0));
    for (const token of [wrongKey, unsigned]) {
      const response = await postActivity(port, teamsActivity(fake.url, { text: 'hello' }), { authorization: `Bearer ${token}` });
      expect(response.status).toBe(401);
    }
    expect(await t.service.store.collection<InboundDoc>('inbound').find({})).toEqual([]);
    expect(printed).not.toHaveBeenCalled();
    expect(t.logger.lines.filter((line) => /Teams request refused/.test(line.message))).toHaveLength(2);
  });

  it('does not log that it runs in emulator mode', () => {
    expect(t.logger.lines.some((line) => /emulator mode/.test(line.message))).toBe(false);
  });
});

describe('Teams without an app id', () => {
  it('says once, at start-up, that it runs in emulator mode without authentication', async () => {
    const t = await testService();
    expect(t.logger.lines.filter((line) => /emulator mode/.test(line.message))).toHaveLength(1);
    await t.service.stop();
  });
});

describe('Teams in production', () => {
  it('refuses to start the channel with an app id but no password, naming what is missing', async () => {
    const settings = loadSettings({ ...EVALUATION_PRODUCTION_ENV, MICROSOFT_APP_ID: CREDENTIALS.MICROSOFT_APP_ID, MICROSOFT_APP_TENANT_ID: TENANT });
    await expect(createService({ settings, logger: createMemoryLogger(), backgroundTimers: false })).rejects.toThrow(/MICROSOFT_APP_PASSWORD/);
  });

  it('never serves /api/messages unauthenticated: with no credentials the channel stays off and says why', async () => {
    const logger = createMemoryLogger();
    const service = await createService({ settings: loadSettings({ ...EVALUATION_PRODUCTION_ENV, PORT: '0' }), logger, backgroundTimers: false });
    const { port } = await service.start(0);
    const response = await postActivity(port, teamsActivity('http://127.0.0.1:9/', { text: 'hello' }));
    expect(response.status).toBe(404);
    const off = logger.lines.find((line) => /Teams channel off/.test(line.message));
    expect(off?.meta).toMatchObject({ missing: ['MICROSOFT_APP_ID', 'MICROSOFT_APP_PASSWORD', 'MICROSOFT_APP_TENANT_ID'] });
    await service.stop();
  });

  it('lists every missing credential in one error', () => {
    expect(() => assertTeamsCanStart({ appType: 'SingleTenant', allowedTenants: [] }, 'production')).toThrow(TeamsConfigError);
    expect(() => assertTeamsCanStart({ appType: 'SingleTenant', allowedTenants: [] }, 'production')).toThrow(
      /MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD, MICROSOFT_APP_TENANT_ID/,
    );
    expect(() => assertTeamsCanStart({ appType: 'UserAssignedMSI', appId: 'id', tenantId: TENANT, allowedTenants: [] }, 'production')).not.toThrow();
    expect(() => assertTeamsCanStart({ appType: 'SingleTenant', allowedTenants: [] }, 'development')).not.toThrow();
  });
});

describe('Teams tenant allowlist settings', () => {
  it('defaults to the app’s own tenant when SingleTenant', () => {
    expect(loadSettings(CREDENTIALS).microsoft.allowedTenants).toEqual([TENANT]);
  });
  it('takes a comma-separated list, ignoring spaces and case', () => {
    const other = 'AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE';
    expect(loadSettings({ ...CREDENTIALS, MICROSOFT_ALLOWED_TENANTS: `${TENANT}, ${other}` }).microsoft.allowedTenants).toEqual([TENANT, other.toLowerCase()]);
  });
  it('rejects something that is not a tenant id', () => {
    expect(() => loadSettings({ MICROSOFT_ALLOWED_TENANTS: 'contoso.com' })).toThrow(/MICROSOFT_ALLOWED_TENANTS: must be a comma-separated list of tenant ids/);
  });
  it('serves any tenant in the emulator when none is configured', () => {
    expect(loadSettings({}).microsoft.allowedTenants).toEqual([]);
  });
});
