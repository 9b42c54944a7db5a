/**
 * SMS end to end: the running service with the real Twilio SDK pointed at a local fake of the
 * REST API, and inbound webhooks signed the way Twilio signs them.
 */
import type { AuditDoc, InboundDoc, MessageDoc, OutboxDoc } from '../../bots/store/documents';
import { segmentCount } from '../../channels/sms/gsm7';
import { ACCOUNT_SID, AUTH_TOKEN, CITIZEN, COUNCIL_NUMBER, LONG_WELSH, nextMessageSid, sign, startSmsHarness, type SmsHarness } from './sms-harness';
import { staff } from '../support/staff';

let h: SmsHarness;

async function texts(...bodies: string[]): Promise<void> {
  for (const body of bodies) {
    const response = await h.text(body);
    expect(response.status).toBe(200);
  }
  await h.t.settle();
}

const outbox = () => h.t.service.store.collection<OutboxDoc>('outbox');
const citizenEntries = async () => (await outbox().find({ 'payload.destination': 'citizen' }, { sort: { seq: 1 } }));

afterEach(async () => {
  await h.close();
});

describe('inbound webhook', () => {
  beforeEach(async () => {
    h = await startSmsHarness();
  });

  it('answers with empty TwiML at once and replies through the REST API with a status callback', async () => {
    const response = await h.text('hello');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/xml/);
    expect(response.text).toMatch(/<Response>\s*<\/Response>|<Response\/>/);
    await h.t.settle();

    const [call] = h.fake.sent();
    expect(call?.accountSid).toBe(ACCOUNT_SID);
    expect(call?.authorization).toBe(`Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString('base64')}`);
    expect(call?.form).toMatchObject({ To: CITIZEN, From: COUNCIL_NUMBER, Body: 'echo: hello', StatusCallback: 'https://switchboard.example.gov.uk/api/sms/status' });
    const [entry] = await citizenEntries();
    expect(entry).toMatchObject({ status: 'sent', providerMessageId: call?.sid });
  });

  it('refuses a missing signature with 400 and a wrong one with 403, and processes neither', async () => {
    const params = { MessageSid: nextMessageSid(), AccountSid: ACCOUNT_SID, From: CITIZEN, To: COUNCIL_NUMBER, Body: 'hello' };
    expect((await h.post('/api/sms', params, null)).status).toBe(400);
    expect((await h.post('/api/sms', params, 'bm90IGEgc2lnbmF0dXJl')).status).toBe(403);
    // Signed with the wrong token, and signed over the local URL instead of the public one.
    const twilio = (await import('twilio')).default;
    expect((await h.post('/api/sms', params, twilio.getExpectedTwilioSignature('another-token', 'https://switchboard.example.gov.uk/api/sms', params))).status).toBe(403);
    expect((await h.post('/api/sms', params, twilio.getExpectedTwilioSignature(AUTH_TOKEN, 'http://127.0.0.1/api/sms', params))).status).toBe(403);
    // A body changed after signing.
    expect((await h.post('/api/sms', { ...params, Body: 'changed' }, sign('/api/sms', params))).status).toBe(403);
    expect((await h.post('/api/sms/status', { MessageSid: 'SMx', MessageStatus: 'delivered' }, null)).status).toBe(400);
    await h.t.settle();
    expect(await h.t.service.store.collection<InboundDoc>('inbound').countDocuments({})).toBe(0);
    expect(h.fake.calls).toHaveLength(0);
  });

  it('replies once when Twilio delivers the same MessageSid five times at once', async () => {
    const params = { MessageSid: nextMessageSid(), AccountSid: ACCOUNT_SID, From: CITIZEN, To: COUNCIL_NUMBER, Body: 'hello', NumMedia: '0' };
    const responses = await Promise.all(Array.from({ length: 5 }, () => h.post('/api/sms', params)));
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    await h.t.settle();
    expect(h.fake.bodiesTo(CITIZEN)).toEqual(['echo: hello']);
    expect(h.engine.calls).toHaveLength(1);
    expect(await h.t.service.store.collection<InboundDoc>('inbound').countDocuments({})).toBe(1);
  });
});

describe('choices and rendering', () => {
  beforeEach(async () => {
    h = await startSmsHarness();
  });

  it('numbers the choices and maps a reply of "2" back to the second choice', async () => {
    await texts('menu');
    expect(h.fake.bodiesTo(CITIZEN)).toEqual(['What is it about?\n\n1. Bins\n2. Council tax\n3. Blue Badge']);
    await texts(' 2. ');
    expect(h.engine.calls.at(-1)).toEqual({ text: ' 2. ', choice: 'topic:tax' });
    expect(h.fake.bodiesTo(CITIZEN).at(-1)).toBe('picked: topic:tax');
    // The last text offered no choices, so a number now is just text.
    await texts('2');
    expect(h.engine.calls.at(-1)).toEqual({ text: '2' });
  });

  it('sends a long Welsh answer as several texts within the segment budget, diacritics and link intact', async () => {
    await texts('long');
    const bodies = h.fake.bodiesTo(CITIZEN);
    expect(bodies.length).toBeGreaterThan(1);
    for (const body of bodies) expect(segmentCount(body)).toBeLessThanOrEqual(3);
    expect(bodies.join(' ').split(/\s+/)).toEqual(LONG_WELSH.split(/\s+/));
    expect(bodies.some((b) => b.includes('https://www.example.gov.uk/cy/biniau-ac-ailgylchu/casgliadau-gwastraff-bwyd?ffynhonnell=sms'))).toBe(true);
    expect(bodies.join(' ')).toContain('bŵer, dŵr');
    // One outbox entry for the reply, carrying every part's SID for status callbacks.
    const [entry] = await citizenEntries();
    expect(entry?.providerMessageIds).toEqual(h.fake.sent().map((c) => c.sid));
  });
});

describe('consent keywords', () => {
  beforeEach(async () => {
    h = await startSmsHarness();
  });

  it('STOP records the opt-out, starts no turn and stops every later text until START', async () => {
    await texts('hello');
    await texts('stop');
    expect(h.engine.calls.map((c) => c.text)).toEqual(['hello']);
    expect(h.fake.bodiesTo(CITIZEN)).toEqual(['echo: hello']);

    // The bot still reads a later text, but nothing is sent: the entry is marked suppressed.
    await texts('is anyone there?');
    expect(h.fake.bodiesTo(CITIZEN)).toEqual(['echo: hello']);
    const entries = await citizenEntries();
    expect(entries.at(-1)).toMatchObject({ status: 'suppressed', lastError: expect.stringMatching(/opted out/) });

    await texts('START');
    expect(h.fake.bodiesTo(CITIZEN).at(-1)).toMatch(/You will get texts from us again/);
    await texts('and now?');
    expect(h.fake.bodiesTo(CITIZEN).at(-1)).toBe('echo: and now?');

    // Every message is in the transcript, and the consent changes are audited without the text.
    const lines = await h.t.service.store.collection<MessageDoc>('messages').find({ direction: 'in' }, { sort: { seq: 1 } });
    expect(lines.map((l) => l.text)).toEqual(['hello', 'stop', 'is anyone there?', 'START', 'and now?']);
    const audits = await h.t.service.store.collection<AuditDoc>('audit').find({ kind: 'channel-control' });
    expect(audits.map((a) => a.data.kind)).toEqual(['opt-out', 'opt-in']);
  });

  it.each(['STOPALL', 'unsubscribe', 'Cancel', 'END', 'quit', 'REVOKE', 'optout', ' Stop. '])('"%s" opts out', async (keyword) => {
    await texts(keyword);
    await texts('hello');
    expect(h.fake.calls).toHaveLength(0);
    expect(h.engine.calls.map((c) => c.text)).toEqual(['hello']);
  });

  it('a keyword inside a sentence is not a keyword', async () => {
    await texts('please stop the noise');
    expect(h.fake.bodiesTo(CITIZEN)).toEqual(['echo: please stop the noise']);
  });

  it('HELP and INFO answer with the help text, without a turn', async () => {
    await texts('help');
    await texts('INFO');
    const bodies = h.fake.bodiesTo(CITIZEN);
    expect(bodies).toHaveLength(2);
    for (const body of bodies) expect(body).toMatch(/council text service.*Text STOP/);
    expect(h.engine.calls).toHaveLength(0);
  });

  it('with Advanced Opt-Out (OptOutType) it honours Twilio and does not answer twice', async () => {
    // A custom keyword Twilio matched: we did not know it, but OptOutType says STOP.
    expect((await h.text('NA DIOLCH', { OptOutType: 'STOP' })).status).toBe(200);
    await h.t.settle();
    await texts('hello');
    expect(h.fake.calls).toHaveLength(0);
    // Twilio already answered START and HELP itself.
    expect((await h.text('START', { OptOutType: 'START' })).status).toBe(200);
    expect((await h.text('HELP', { OptOutType: 'HELP' })).status).toBe(200);
    await h.t.settle();
    expect(h.fake.calls).toHaveLength(0);
    await texts('hello again');
    expect(h.fake.bodiesTo(CITIZEN)).toEqual(['echo: hello again']);
  });

  it('Twilio error 21610 on send marks the number opted out; nothing more is tried', async () => {
    h.fake.failures.push({ status: 400, code: 21610 });
    await texts('hello');
    await texts('hello?');
    expect(h.fake.calls).toHaveLength(1);
    const entries = await citizenEntries();
    expect(entries.map((e) => e.status)).toEqual(['suppressed', 'suppressed']);
  });
});

describe('delivery status callbacks', () => {
  beforeEach(async () => {
    h = await startSmsHarness();
  });

  it('records the status and never moves it backwards, whatever order callbacks arrive in', async () => {
    await texts('hello');
    const sid = h.fake.sent()[0]?.sid ?? '';
    for (const status of ['sent', 'delivered', 'sending', 'queued', 'sent']) expect((await h.status(sid, status)).status).toBe(200);
    expect((await citizenEntries())[0]).toMatchObject({ deliveryStatus: 'delivered', deliveryErrorCode: null });

    await texts('again');
    const second = h.fake.sent()[1]?.sid ?? '';
    // Concurrent callbacks: the final state wins whichever lands last.
    await Promise.all(['delivered', 'queued', 'sending', 'sent'].map((status) => h.status(second, status)));
    expect((await citizenEntries())[1]).toMatchObject({ deliveryStatus: 'delivered' });
  });

  it('error 21610 in a callback marks the number opted out', async () => {
    await texts('hello');
    await h.status(h.fake.sent()[0]?.sid ?? '', 'failed', { ErrorCode: '21610' });
    await texts('hello again');
    expect(h.fake.calls).toHaveLength(1);
    expect((await citizenEntries())[1]?.status).toBe('suppressed');
  });

  it('shows a permanent failure to the agent who owns the conversation', async () => {
    await texts('person');
    const opened = h.t.desk.events.find((e) => e.kind === 'ticket-opened');
    if (opened?.kind !== 'ticket-opened') throw new Error('no ticket');
    await h.t.service.handoff.claim(opened.ticket.id, staff('Sam'));
    await h.t.service.handoff.sendAgentMessage(opened.ticket.id, staff('Sam'), 'Hello, I can help.');
    await h.t.settle();
    const agentText = h.fake.sent().at(-1);
    expect(agentText?.form.Body).toBe('Sam: Hello, I can help.');

    await h.status(agentText?.sid ?? '', 'undelivered', { ErrorCode: '30003' });
    await h.t.settle();
    const failed = h.t.desk.events.filter((e) => e.kind === 'delivery-failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ detail: expect.stringMatching(/switched off or out of signal/) });
    // Told once, however often Twilio repeats itself.
    await h.status(agentText?.sid ?? '', 'undelivered', { ErrorCode: '30003' });
    await h.t.settle();
    expect(h.t.desk.events.filter((e) => e.kind === 'delivery-failed')).toHaveLength(1);
  });
});

describe('send failures', () => {
  beforeEach(async () => {
    h = await startSmsHarness();
  });

  it('a 429 is retried after its Retry-After; an invalid number (21211) is not retried', async () => {
    h.fake.failures.push({ status: 429, code: 20429, headers: { 'Retry-After': '7' } });
    const before = Date.now();
    await texts('hello');
    const [entry] = await citizenEntries();
    expect(entry).toMatchObject({ status: 'pending', lastError: expect.stringMatching(/throttled/) });
    expect((entry?.dueAt.getTime() ?? 0) - before).toBeGreaterThanOrEqual(7_000);

    h.fake.failures.splice(0);
    h.fake.failures.push({ status: 400, code: 21211 });
    await outbox().updateOne({ _id: entry?._id }, { $set: { dueAt: new Date(0) } });
    await h.t.service.outbox.deliverDue();
    await h.t.settle();
    expect((await citizenEntries())[0]).toMatchObject({ status: 'failed', lastError: expect.stringMatching(/21211/) });
  });
});

describe('bursts, media and abuse limits', () => {
  it('answers several texts sent within the burst window as one turn', async () => {
    h = await startSmsHarness({ SMS_BURST_WINDOW_MS: '300' });
    for (const body of ['my bin', 'was not', 'collected']) expect((await h.text(body)).status).toBe(200);
    // Nothing has run yet: the turn waits for the window after the last text.
    expect(h.engine.calls).toHaveLength(0);
    await h.t.settle();
    const turns = h.t.logger.lines.filter((l) => l.message === 'turn committed');
    expect(turns.map((l) => l.meta.messages)).toEqual([3]);
    expect(h.engine.calls.map((c) => c.text)).toEqual(['my bin', 'was not', 'collected']);
  });

  it('acknowledges a picture honestly and shows it to the agent who owns the conversation', async () => {
    h = await startSmsHarness();
    const media = { NumMedia: '1', MediaUrl0: 'https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1', MediaContentType0: 'image/jpeg' };
    expect((await h.text('', media)).status).toBe(200);
    await h.t.settle();
    expect(h.fake.bodiesTo(CITIZEN)).toEqual([expect.stringMatching(/cannot look at pictures/)]);
    expect(h.engine.calls).toHaveLength(0);

    await texts('person');
    const opened = h.t.desk.events.find((e) => e.kind === 'ticket-opened');
    if (opened?.kind !== 'ticket-opened') throw new Error('no ticket');
    await h.t.service.handoff.claim(opened.ticket.id, staff('Sam'));
    await h.t.settle();
    const sentBefore = h.fake.calls.length;
    expect((await h.text('here is the bin', media)).status).toBe(200);
    await h.t.settle();
    const relayed = h.t.desk.events.filter((e) => e.kind === 'citizen-message').at(-1);
    expect(relayed?.kind === 'citizen-message' && relayed.entry.text).toBe(`here is the bin\n[attachment: image/jpeg ${media.MediaUrl0}]`);
    // The bot stays silent while the agent owns the conversation.
    expect(h.fake.calls).toHaveLength(sentBefore);
  });

  it('rate-limits a number politely once per window and still records every text', async () => {
    h = await startSmsHarness({ SMS_RATE_LIMIT_MESSAGES: '3', SMS_RATE_LIMIT_WINDOW_SECONDS: '60' });
    await texts('one', 'two', 'three', 'four', 'five', 'six');
    const bodies = h.fake.bodiesTo(CITIZEN);
    expect(bodies.slice(0, 3)).toEqual(['echo: one', 'echo: two', 'echo: three']);
    expect(bodies.slice(3)).toEqual([expect.stringMatching(/a lot of texts/)]);
    expect(h.engine.calls).toHaveLength(3);
    const lines = await h.t.service.store.collection<MessageDoc>('messages').find({ direction: 'in' });
    expect(lines).toHaveLength(6);
    // Another number is not affected.
    expect((await h.text('hi', { From: '+447700900456' })).status).toBe(200);
    await h.t.settle();
    expect(h.fake.bodiesTo('+447700900456')).toEqual(['echo: hi']);
  });

  it('caps the length of a text the bot reads, with one notice', async () => {
    h = await startSmsHarness({ SMS_MAX_INBOUND_CHARS: '40' });
    await texts('x'.repeat(41), 'y'.repeat(50), 'short one');
    const bodies = h.fake.bodiesTo(CITIZEN);
    expect(bodies).toEqual([expect.stringMatching(/too long.*up to 40 letters/), 'echo: short one']);
    expect(h.engine.calls.map((c) => c.text)).toEqual(['short one']);
  });
});
