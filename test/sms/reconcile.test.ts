/**
 * Nobody is answered twice: when a text's send timed out or its connection was reset, the
 * outbox asks Twilio (messages.list through the real SDK, against a local fake) whether the
 * text arrived before sending it again, and audits what it found.
 */
import request from 'supertest';
import { createTwilioClient } from '../../channels/sms/twilio-client';
import { toChannelSendError } from '../../channels/sms/twilio-errors';
import type { AuditDoc, OutboxDoc } from '../../bots/store/documents';
import { isAmbiguousFailure } from '../../bots/outbox/reconcile';
import { startFakeTwilioApi, type FakeTwilioApi } from '../../bench/fake-twilio-api';
import { echoEngine } from '../support/echo-engine';
import { testService, type TestService } from '../support/test-service';
import { ACCOUNT_SID, AUTH_TOKEN, CITIZEN, COUNCIL_NUMBER, nextMessageSid, sign, smsEnv } from './sms-harness';

/** The SDK gives up after this; the fake's timeouts answer well after it. */
const SDK_TIMEOUT_MS = 300;

let fake: FakeTwilioApi;
let t: TestService;
let offsetMs = 0;
const clock = () => new Date(Date.now() + offsetMs);

beforeEach(async () => {
  offsetMs = 0;
  fake = await startFakeTwilioApi({ timeoutMs: SDK_TIMEOUT_MS * 4 }, Math.random, { clock });
});

afterEach(async () => {
  await t.service.stop();
  await fake.close();
});

async function start(options: { deliverAfterCommit?: boolean } = {}): Promise<void> {
  t = await testService({
    engine: echoEngine(),
    clock,
    ...options,
    env: smsEnv(fake.url, { TWILIO_TIMEOUT_MS: String(SDK_TIMEOUT_MS) }),
  });
}

async function text(body: string, messageSid = nextMessageSid()): Promise<void> {
  const params = { MessageSid: messageSid, AccountSid: ACCOUNT_SID, From: CITIZEN, To: COUNCIL_NUMBER, Body: body, NumMedia: '0' };
  const response = await request(t.service.app).post('/api/sms').type('form').set('X-Twilio-Signature', sign('/api/sms', params)).send(params);
  expect(response.status).toBe(200);
  await t.settle();
}

/** Lets the retry fall due (the outbox waits a while after an uncertain send) and runs it. */
async function retryDue(): Promise<void> {
  offsetMs += 60_000;
  await t.service.outbox.deliverDue();
  await t.settle();
}

const entries = () => t.service.store.collection<OutboxDoc>('outbox').find({ 'payload.destination': 'citizen' }, { sort: { seq: 1 } });
const audits = async (kind: AuditDoc['kind']) => (await t.service.store.collection<AuditDoc>('audit').find({ kind })).map((a) => a.data);

describe('a send that timed out', () => {
  it('is not sent again when Twilio had taken it, and the outbox records the message Twilio took', async () => {
    await start();
    fake.queue.push({ kind: 'timeout', accepted: true });
    await text('hello');
    expect((await entries())[0]).toMatchObject({ status: 'pending' });

    await retryDue();
    expect(fake.bodiesTo(CITIZEN)).toEqual(['echo: hello']);
    expect(fake.requests).toHaveLength(1);
    expect(fake.listCalls()).toBe(1);
    expect((await entries())[0]).toMatchObject({ status: 'sent', providerMessageId: fake.replies[0]?.sid });
    expect(await audits('delivery-retry')).toEqual([expect.objectContaining({ code: 'ECONNABORTED', ambiguous: true, attempt: 1 })]);
    expect(await audits('delivery-reconciled')).toEqual([expect.objectContaining({ found: 1, outcome: 'already-sent', attempt: 2 })]);
  });

  it('is sent again when Twilio had not taken it', async () => {
    await start();
    fake.queue.push({ kind: 'timeout', accepted: false });
    await text('hello');
    await retryDue();
    expect(fake.bodiesTo(CITIZEN)).toEqual(['echo: hello']);
    expect(fake.requests).toHaveLength(2);
    expect(await audits('delivery-reconciled')).toEqual([expect.objectContaining({ found: 0, outcome: 'not-found-sending' })]);
  });

  it('does not mistake an earlier reply with the same words for the one in doubt', async () => {
    await start();
    await text('hello');
    fake.queue.push({ kind: 'reset' });
    await text('hello');
    expect(fake.bodiesTo(CITIZEN)).toEqual(['echo: hello']);
    await retryDue();
    expect(fake.bodiesTo(CITIZEN)).toEqual(['echo: hello', 'echo: hello']);
    const [first, second] = await entries();
    expect(second?.providerMessageId).not.toBe(first?.providerMessageId);
    expect(await audits('delivery-retry')).toEqual([expect.objectContaining({ code: 'ECONNRESET', ambiguous: true })]);
  });

  it('keeps later replies waiting until the one in doubt is settled, so they arrive in order', async () => {
    await start();
    fake.queue.push({ kind: 'timeout', accepted: true });
    await text('one');
    await text('two');
    expect(fake.bodiesTo(CITIZEN)).toEqual(['echo: one']);
    await retryDue();
    expect(fake.bodiesTo(CITIZEN)).toEqual(['echo: one', 'echo: two']);
  });
});

describe('a worker that stopped mid-send', () => {
  it('is not repeated by the worker that takes over when Twilio had the text', async () => {
    await start({ deliverAfterCommit: false });
    await text('hello');
    // What the stopped worker did: claimed the entry, handed the text to Twilio, and died before recording it.
    const [entry] = await entries();
    const startedAt = clock();
    await t.service.store.collection<OutboxDoc>('outbox').updateOne(
      { _id: entry?._id },
      { $set: { status: 'sending', attempts: 1, attemptStartedAt: startedAt, claimedUntil: new Date(startedAt.getTime() + 30_000) } },
    );
    const client = createTwilioClient({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, apiBaseUrl: fake.url });
    await client.messages.create({ to: CITIZEN, from: COUNCIL_NUMBER, body: 'echo: hello' });

    await retryDue();
    expect(fake.bodiesTo(CITIZEN)).toEqual(['echo: hello']);
    expect(fake.requests).toHaveLength(1);
    expect((await entries())[0]).toMatchObject({ status: 'sent', providerMessageId: fake.replies[0]?.sid });
    expect(await audits('delivery-reconciled')).toEqual([expect.objectContaining({ outcome: 'already-sent' })]);
  });
});

describe('a plain refusal', () => {
  it('is retried without asking Twilio, its code in the audit', async () => {
    await start();
    fake.queue.push({ kind: 'serverError' });
    await text('hello');
    await retryDue();
    expect(fake.bodiesTo(CITIZEN)).toEqual(['echo: hello']);
    expect(fake.listCalls()).toBe(0);
    expect(await audits('delivery-retry')).toEqual([expect.objectContaining({ code: '503' })]);
    expect(await audits('delivery-reconciled')).toEqual([]);
  });
});

describe('a provider retry of an old STOP', () => {
  it('does not opt the person out again after they texted START', async () => {
    await start();
    const stop = nextMessageSid();
    await text('STOP', stop);
    await text('START');
    await text('STOP', stop);
    await text('hello');
    expect(fake.bodiesTo(CITIZEN).at(-1)).toBe('echo: hello');
  });
});

describe('which failures leave a send in doubt', () => {
  it.each([
    ['a timeout', { code: 'ECONNABORTED' }, true],
    ['a reset connection', { code: 'ECONNRESET' }, true],
    ['a gateway timeout', { status: 504, code: 20504 }, true],
    ['a refused connection', { code: 'ECONNREFUSED' }, false],
    ['an unknown host', { code: 'ENOTFOUND' }, false],
    ['a 503', { status: 503, code: 20503 }, false],
    ['a 429', { status: 429, code: 20429 }, false],
  ])('%s: %s', (_name, error, ambiguous) => {
    const translated = toChannelSendError(Object.assign(new Error('failed'), error));
    expect(isAmbiguousFailure(translated)).toBe(ambiguous);
    expect(translated.retryable).toBe(true);
  });
});
