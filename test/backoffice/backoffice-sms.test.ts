/**
 * The council's systems in production mode: the real back-office client against a local fake
 * of the contract, driven by signed SMS through the whole service and the real engine. The
 * citizen's confirmation carries the fake's reference, a balance is the fake's, and a back office
 * that answers 503 gets an honest reply and a ticket with nothing invented.
 */
import request from 'supertest';
import type { AuditDoc, HandoffDoc } from '../../bots/store/documents';
import { startFakeTwilio, type FakeTwilio } from '../sms/fake-twilio';
import { ACCOUNT_SID, CITIZEN, COUNCIL_NUMBER, nextMessageSid, sign, smsEnv } from '../sms/sms-harness';
import { FAKE_ACCOUNT, FAKE_REPORT, startFakeBackOffice, type FakeBackOffice } from '../support/fake-backoffice';
import { EVALUATION_PRODUCTION_ENV } from '../support/production-env';
import { testService, type TestService } from '../support/test-service';

const TOKEN = 'backoffice-token-0123456789abcdef0123456789';

let backOffice: FakeBackOffice;
let twilio: FakeTwilio;
let t: TestService;

beforeEach(async () => {
  backOffice = await startFakeBackOffice();
  twilio = await startFakeTwilio();
  // A Thursday morning, so "yesterday" is a collection day in range.
  t = await testService({
    clock: () => new Date('2026-12-03T10:00:00Z'),
    env: { ...smsEnv(twilio.url), ...EVALUATION_PRODUCTION_ENV, BACKOFFICE_BASE_URL: backOffice.url, BACKOFFICE_TOKEN: TOKEN, BACKOFFICE_MAX_RETRIES: '1', BACKOFFICE_TIMEOUT_MS: '300' },
  });
});

afterEach(async () => {
  await t.service.stop();
  await backOffice.close();
  await twilio.close();
});

/** Texts the council as the citizen and waits for the turn and its replies. */
async function text(body: string): Promise<string[]> {
  const before = twilio.bodiesTo(CITIZEN).length;
  const params = { MessageSid: nextMessageSid(), AccountSid: ACCOUNT_SID, From: CITIZEN, To: COUNCIL_NUMBER, Body: body, NumMedia: '0' };
  await request(t.service.app).post('/api/sms').type('form').set('X-Twilio-Signature', sign('/api/sms', params)).send(params).expect(200);
  await t.settle();
  return twilio.bodiesTo(CITIZEN).slice(before);
}

async function reportMissedBin(): Promise<string[]> {
  for (const step of ['my bin was missed', 'CF10 1AA', '12', 'recycling', 'yesterday']) await text(step);
  return text('yes');
}

describe('the back office in production', () => {
  it('logs a missed bin with the contract call, and the confirmation carries the reference the back office gave', async () => {
    const confirmation = (await reportMissedBin()).join(' ');
    expect(confirmation).toContain(FAKE_REPORT.reference);
    expect(confirmation).toMatch(/9 December/);

    const [call] = backOffice.requests.filter((r) => r.path === '/missed-collections');
    expect(call?.method).toBe('POST');
    expect(call?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(call?.headers['idempotency-key']).toMatch(/^[0-9a-f]{48}$/);
    expect(call?.body).toEqual({ postcode: 'CF10 1AA', house: '12', binType: 'recycling', collectionDate: '2026-12-02' });

    const [decision] = await t.service.store.collection<AuditDoc>('audit').find({ kind: 'decision', 'data.backOffice.operation': 'report-missed-collection' });
    expect(decision?.data.backOffice).toEqual({ operation: 'report-missed-collection', outcome: 'ok', ms: expect.any(Number) });
  });

  it('shows the balance the back office holds for the account', async () => {
    await text('what is my council tax balance');
    await text(FAKE_ACCOUNT.number);
    await text(FAKE_ACCOUNT.postcode);
    const answer = (await text('yes')).join(' ');
    expect(answer).toContain('£98.76');
    expect(answer).toContain('£45.00');
    const lookup = backOffice.requests.find((r) => r.path === `/council-tax/accounts/${FAKE_ACCOUNT.number}`);
    expect(lookup?.query).toEqual({ postcode: FAKE_ACCOUNT.postcode });
  });

  it('says the details do not match when the back office answers 404, and offers a person', async () => {
    await text('what is my council tax balance');
    await text('12121212');
    await text('CF10 1AA');
    const answer = (await text('yes')).join(' ');
    expect(answer).toMatch(/don't match our records/);
    expect(answer).not.toMatch(/£/);
  });

  it('answers a back office that is down (503) honestly and opens a ticket with the details, inventing nothing', async () => {
    backOffice.script['/missed-collections'] = [{ status: 503 }];
    const replies = (await reportMissedBin()).join(' ');
    expect(replies).toMatch(/can't log this right now/);
    expect(replies).not.toMatch(/MB-\d|reference is/i);
    const [ticket] = await t.service.store.collection<HandoffDoc>('handoffs').find({});
    expect(ticket).toMatchObject({ reason: 'outage', status: 'open' });
    expect(ticket?.summary).toContain('CF10 1AA');
    // A report is never sent twice by us.
    expect(backOffice.requests.filter((r) => r.path === '/missed-collections')).toHaveLength(1);
  });

  it('treats a look-up that times out like an outage after one retry', async () => {
    backOffice.script['/council-tax'] = [{ status: 200, body: {}, delayMs: 1_000 }, { status: 200, body: {}, delayMs: 1_000 }];
    await text('what is my council tax balance');
    await text(FAKE_ACCOUNT.number);
    await text(FAKE_ACCOUNT.postcode);
    const answer = (await text('yes')).join(' ');
    expect(answer).toMatch(/can't check council tax right now/);
    expect(backOffice.requests.filter((r) => r.path.startsWith('/council-tax'))).toHaveLength(2);
    const [decision] = await t.service.store.collection<AuditDoc>('audit').find({ kind: 'decision', 'data.backOffice.operation': 'get-council-tax-account' });
    expect(decision?.data.backOffice).toMatchObject({ outcome: 'timeout' });
  });
});
