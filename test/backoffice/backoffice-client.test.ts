/**
 * The back-office client on its own, against the local fake of the contract: the circuit
 * breaker, answers outside the contract, client-credentials tokens, and the sandbox's
 * in-process answers to the same contract.
 */
import { createBackOfficeClient, type BackOfficeSettings } from '../../bots/backoffice/backoffice-client';
import { createBackOfficeConnector, idempotencyKey } from '../../bots/backoffice/backoffice-connector';
import { SANDBOX_BACKOFFICE_URL, sandboxBackOfficeFetch } from '../../bots/backoffice/sandbox-backoffice';
import { demoData } from '../../config/content';
import { FAKE_ACCOUNT, startFakeBackOffice, type FakeBackOffice } from '../support/fake-backoffice';

let fake: FakeBackOffice;
beforeEach(async () => {
  fake = await startFakeBackOffice();
});
afterEach(() => fake.close());

const settings = (extra: Partial<BackOfficeSettings> = {}): BackOfficeSettings => ({
  baseUrl: fake.url,
  auth: { token: 'backoffice-token-0123456789abcdef0123456789' },
  timeoutMs: 500,
  maxRetries: 0,
  breakerThreshold: 2,
  breakerCooldownMs: 60_000,
  ...extra,
});

describe('the back-office client', () => {
  it('opens its breaker after failures in a row, then answers "unavailable" without calling', async () => {
    fake.script['/council-tax'] = [{ status: 500 }, { status: 502 }];
    const changes: boolean[] = [];
    const client = createBackOfficeClient(settings(), { onBreakerChange: (open) => changes.push(open) });
    expect(await client.councilTaxAccount(FAKE_ACCOUNT.number, FAKE_ACCOUNT.postcode)).toEqual({ kind: 'unavailable', reason: 'error' });
    expect(await client.councilTaxAccount(FAKE_ACCOUNT.number, FAKE_ACCOUNT.postcode)).toEqual({ kind: 'unavailable', reason: 'error' });
    const calls = fake.requests.length;
    expect(await client.councilTaxAccount(FAKE_ACCOUNT.number, FAKE_ACCOUNT.postcode)).toEqual({ kind: 'unavailable', reason: 'circuit-open' });
    expect(fake.requests).toHaveLength(calls);
    expect(changes).toEqual([true]);
    expect(client.breakerOpen).toBe(true);
  });

  it('treats an answer outside the contract as unavailable, never passing on what it cannot check', async () => {
    fake.script['/council-tax'] = [{ status: 200, body: { balance: 'lots', currency: 'GBP' } }];
    const client = createBackOfficeClient(settings());
    expect(await client.councilTaxAccount(FAKE_ACCOUNT.number, FAKE_ACCOUNT.postcode)).toEqual({ kind: 'unavailable', reason: 'bad-answer' });
  });

  it('gets a client-credentials token once and reuses it until it nears expiry', async () => {
    const client = createBackOfficeClient(settings({ auth: { tokenUrl: fake.tokenUrl, clientId: 'switchboard', clientSecret: 'secret-0123456789abcdef0123456789', scope: 'api://council/.default' } }));
    await client.councilTaxAccount(FAKE_ACCOUNT.number, FAKE_ACCOUNT.postcode);
    await client.application('BB-123456', 'CF10 1AA');
    const tokenCalls = fake.requests.filter((r) => r.path === '/token');
    expect(tokenCalls).toHaveLength(1);
    expect(tokenCalls[0]?.body).toMatchObject({ grant_type: 'client_credentials', scope: 'api://council/.default' });
    const calls = fake.requests.filter((r) => r.path !== '/token');
    expect(calls.map((r) => r.headers.authorization)).toEqual(['Bearer issued-1', 'Bearer issued-1']);
  });

  it('gives a retried submission of the same form the same key, and another conversation a different one', () => {
    const slots = { postcode: 'CF10 1AA', house: '12', binType: 'recycling', collectionDate: '2026-12-02' };
    const key = idempotencyKey('missed-bin', slots, { conversationId: 'c-1' });
    expect(idempotencyKey('missed-bin', { ...slots }, { conversationId: 'c-1' })).toBe(key);
    expect(idempotencyKey('missed-bin', slots, { conversationId: 'c-2' })).not.toBe(key);
    expect(idempotencyKey('missed-bin', { ...slots, house: '14' }, { conversationId: 'c-1' })).not.toBe(key);
  });
});

describe('the sandbox back office', () => {
  const sandbox = createBackOfficeConnector(
    createBackOfficeClient({ baseUrl: SANDBOX_BACKOFFICE_URL, auth: { token: 'sandbox' }, timeoutMs: 1_000, maxRetries: 0, breakerThreshold: 100, breakerCooldownMs: 1_000 }, { fetch: sandboxBackOfficeFetch(demoData, () => new Date('2026-12-03T10:00:00Z')) }),
  );

  it('answers the same contract from the demo data, through the same client and connector', async () => {
    expect(await sandbox.run('council-tax-balance', { accountReference: '12345678', postcode: 'CF10 1AA' })).toMatchObject({ status: 'ok', facts: { balance: '£412.50', nextInstalmentAmount: '£137.50' } });
    expect(await sandbox.run('council-tax-balance', { accountReference: '12345678', postcode: 'SA1 1AA' })).toMatchObject({ status: 'identity-mismatch' });
    expect(await sandbox.run('application-status', { applicationReference: 'BB-123456', postcode: 'CF10 1AA' })).toMatchObject({ status: 'ok', facts: { kind: 'Blue Badge', status: 'approved, your badge is in the post' } });
    const report = await sandbox.run('missed-bin', { postcode: 'CF10 1AA', house: '12', binType: 'recycling', collectionDate: '2026-12-02' }, { conversationId: 'c-1' });
    expect(report).toMatchObject({ status: 'ok', facts: { reference: expect.stringMatching(/^MB-\d{6}$/) }, call: { operation: 'report-missed-collection', outcome: 'ok' } });
    expect(await sandbox.run('missed-bin', { postcode: 'NP20 9ZZ', house: '1', binType: 'general', collectionDate: '2026-12-02' })).toMatchObject({ status: 'unavailable' });
    expect(await sandbox.run('missed-bin', { postcode: 'BS1 1AA', house: '1', binType: 'general', collectionDate: '2026-12-02' })).toMatchObject({ status: 'not-found' });
  });
});
