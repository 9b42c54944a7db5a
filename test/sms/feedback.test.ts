/**
 * The feedback question by SMS, end to end: the real engine and service, signed webhooks
 * through the real twilio SDK, replies through the SDK to the local fake of the REST API.
 */
import request from 'supertest';
import type { AuditDoc, OutboxDoc } from '../../bots/store/documents';
import { testService, type TestService } from '../support/test-service';
import { ACCOUNT_SID, CITIZEN, COUNCIL_NUMBER, nextMessageSid, sign, smsEnv } from './sms-harness';
import { startFakeTwilio, type FakeTwilio } from './fake-twilio';
import { staff } from '../support/staff';

/** Tuesday 10 March 2026, midday: "yesterday" is a valid collection day. */
const NOW = new Date('2026-03-10T12:00:00Z');
const MISSED_BIN = ['my bin was missed', 'CF10 1AA', '12', 'the blue bin', 'yesterday', 'yes'];

let fake: FakeTwilio;
let t: TestService;

beforeEach(async () => {
  fake = await startFakeTwilio();
  // No engine given: the service runs the real one built from config content, as in production.
  t = await testService({
    clock: () => NOW,
    env: smsEnv(fake.url),
  });
});
afterEach(async () => {
  await t.service.stop();
  await fake.close();
});

/** Texts each body in turn, as Twilio would post them, waiting for the replies each time. */
async function texts(...bodies: string[]): Promise<void> {
  for (const body of bodies) {
    const params = { MessageSid: nextMessageSid(), AccountSid: ACCOUNT_SID, From: CITIZEN, To: COUNCIL_NUMBER, Body: body, NumMedia: '0' };
    const response = await request(t.service.app).post('/api/sms').type('form').set('X-Twilio-Signature', sign('/api/sms', params)).send(params);
    expect(response.status).toBe(200);
    await t.settle();
  }
}

const feedbackAudits = async () => (await t.service.store.collection<AuditDoc>('audit').find({ kind: 'feedback' }, { sort: { at: 1 } })).map((a) => a.data);
const sentTexts = () => fake.bodiesTo(CITIZEN);

describe('feedback by SMS', () => {
  it('asks with a numbered list after a missed-bin report, stores "4" and thanks the person', async () => {
    await texts(...MISSED_BIN);
    const [result, question] = sentTexts().slice(-2);
    expect(result).toMatch(/Your reference is MB-\d{6}/);
    expect(question).toBe('How did we do today? Reply 1 to 5, where 5 is very good.\n\n1. Very poor\n2. Poor\n3. OK\n4. Good\n5. Very good');
    expect(await feedbackAudits()).toEqual([{ event: 'asked', channel: 'sms', locale: 'en' }]);

    await texts('4');
    expect(sentTexts().at(-1)).toBe('Thank you for telling us. It helps us make this better.');
    expect(await feedbackAudits()).toEqual([
      { event: 'asked', channel: 'sms', locale: 'en' },
      { event: 'answered', score: 4, channel: 'sms', locale: 'en' },
    ]);
  });

  it('asks and thanks in Welsh in a Welsh conversation', async () => {
    await texts('Cymraeg', ...MISSED_BIN);
    expect(sentTexts().at(-1)).toBe('Sut wnaethon ni heddiw? Atebwch 1 i 5, lle mae 5 yn dda iawn.\n\n1. Gwael iawn\n2. Gwael\n3. Iawn\n4. Da\n5. Da iawn');
    await texts('5');
    expect(sentTexts().at(-1)).toBe("Diolch am ddweud wrthon ni. Mae'n ein helpu i wella hyn.");
    expect((await feedbackAudits()).at(-1)).toEqual({ event: 'answered', score: 5, channel: 'sms', locale: 'cy' });
  });

  it('answers anything other than a score as a normal message, and the question lapses', async () => {
    await texts(...MISSED_BIN, 'what goes in the recycling bin?');
    expect(sentTexts().at(-1)).toMatch(/Blue bin: paper, card/);
    expect(sentTexts().at(-1)).not.toMatch(/Thank you for telling us/);
    // The answer's text offered no numbers, so "4" now is just a message, not a score.
    await texts('4');
    expect(sentTexts().at(-1)).not.toMatch(/Thank you for telling us/);
    expect((await feedbackAudits()).map((a) => a.event)).toEqual(['asked']);
  });

  it('never asks a number that opted out: the question is not even queued', async () => {
    await texts(...MISSED_BIN.slice(0, -1), 'STOP', 'yes');
    // The bot still ran the turn (the report is logged), but nothing more went out by text…
    const entries = await t.service.store.collection<OutboxDoc>('outbox').find({ 'payload.destination': 'citizen' }, { sort: { seq: 1 } });
    const last = entries.at(-1);
    expect(last?.payload.destination === 'citizen' && last.payload.message.text).toMatch(/Your reference is MB-\d{6}/);
    expect(last?.status).toBe('suppressed');
    // …and no question was queued or audited.
    expect(entries.some((e) => e.payload.destination === 'citizen' && /How did we do/.test(e.payload.message.text))).toBe(false);
    expect(await feedbackAudits()).toEqual([]);
    expect(sentTexts().some((body) => /How did we do/.test(body))).toBe(false);
  });

  it('never asks an opted-out number when an agent resolves its conversation', async () => {
    await texts('I want to speak to a person');
    const [ticket] = await t.service.handoff.listTickets();
    if (!ticket) throw new Error('no ticket was opened');
    await t.service.handoff.claim(ticket.id, staff('Sam'));
    await texts('STOP');
    await t.service.handoff.resolve(ticket.id, staff('Sam'));
    await t.settle();
    const entries = await t.service.store.collection<OutboxDoc>('outbox').find({ 'payload.destination': 'citizen' }, { sort: { seq: 1 } });
    const last = entries.at(-1);
    expect(last?.payload.destination === 'citizen' && last.payload.message.text).toMatch(/Sam has finished helping you/);
    expect(entries.some((e) => e.payload.destination === 'citizen' && /How did we do/.test(e.payload.message.text))).toBe(false);
    expect(await feedbackAudits()).toEqual([]);
  });

  it('asks a number that opted back in when an agent resolves', async () => {
    await texts('I want to speak to a person');
    const [ticket] = await t.service.handoff.listTickets();
    if (!ticket) throw new Error('no ticket was opened');
    await t.service.handoff.claim(ticket.id, staff('Sam'));
    await texts('STOP', 'START');
    await t.service.handoff.resolve(ticket.id, staff('Sam'));
    await t.settle();
    expect(sentTexts().at(-1)).toMatch(/^How did we do today\?/);
    expect(await feedbackAudits()).toEqual([{ event: 'asked', channel: 'sms', locale: 'en' }]);
  });
});
