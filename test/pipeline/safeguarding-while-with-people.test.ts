/**
 * Safeguarding runs first in every ownership state (issue 13): a crisis text sent while the
 * ticket waits in the queue or an agent owns the conversation still gets the signposting, makes
 * the ticket an urgent crisis and alerts the desk, and still reaches the agent.
 */
import type { DeskEvent } from '../../channels/desk-types';
import { signpostingWithTeam } from '../../config/content/signposting';
import type { AuditDoc, ConversationDoc, HandoffDoc } from '../../bots/store/documents';
import { testService, webMessage, type TestService } from '../support/test-service';
import { staff } from '../support/staff';

/** Thursday 26 November 2026, 11:00 in London: the team is working. */
const IN_HOURS = new Date('2026-11-26T11:00:00Z');
/** Saturday 28 November 2026, 11:00: closed. */
const WEEKEND = new Date('2026-11-28T11:00:00Z');

let t: TestService;
let now: Date;

beforeEach(async () => {
  now = IN_HOURS;
  // The real engine from config content: the same safeguarding rules the bot uses.
  t = await testService({ clock: () => now });
});
afterEach(() => t.service.stop());

async function say(session: string, text: string): Promise<void> {
  await t.service.pipeline.receive(webMessage(session, text, { receivedAt: now }));
  await t.settle();
}

/** Hands the conversation over with `text` and returns the ticket id. */
async function queued(session: string, text = 'I want to speak to a person'): Promise<string> {
  await say(session, text);
  const ticket = (await t.service.handoff.listTickets()).find((candidate) => candidate.address === `web:${session}`);
  if (!ticket) throw new Error('no ticket was opened');
  return ticket.id;
}

const ticketDoc = (id: string) => t.service.store.collection<HandoffDoc>('handoffs').findOne({ _id: id });
const ownershipOf = async (session: string) => (await t.service.store.collection<ConversationDoc>('conversations').findOne({ address: `web:${session}` }))?.ownership;
const safeguardingAudits = async () => (await t.service.store.collection<AuditDoc>('audit').find({ kind: 'safeguarding' }, { sort: { at: 1 } })).map((a) => a.data);
const alerts = () => t.desk.events.filter((e): e is Extract<DeskEvent, { kind: 'safeguarding-alert' }> => e.kind === 'safeguarding-alert');
const relayed = () => t.desk.events.flatMap((e) => (e.kind === 'citizen-message' ? [e.entry.text] : []));

/** What the desk and the citizen received since `mark`. */
function since(session: string, mark: { events: number; texts: number }) {
  return { events: t.desk.events.slice(mark.events), texts: t.web.textsTo(session).slice(mark.texts) };
}
const mark = (session: string) => ({ events: t.desk.events.length, texts: t.web.textsTo(session).length });

describe('a crisis text while the ticket waits in the queue', () => {
  it('signposts the citizen, makes the ticket an urgent crisis, alerts the desk and still holds the message for the agent', async () => {
    const ticketId = await queued('q-crisis');
    const before = mark('q-crisis');

    await say('q-crisis', 'I want to kill myself');

    const { events, texts } = since('q-crisis', before);
    expect(texts).toEqual([signpostingWithTeam.suicide.en]);
    expect(t.web.deliveries.at(-1)?.message.speaker).toEqual({ kind: 'system' });
    expect(events.map((e) => e.kind)).toEqual(['ticket-updated', 'safeguarding-alert', 'citizen-message']);
    expect(alerts()).toEqual([expect.objectContaining({ riskKind: 'suicide', level: 'clear', signposting: 'sent' })]);
    expect(events[0]?.ticket).toMatchObject({ priority: 'urgent', reason: 'crisis', previousReason: 'requested', riskKind: 'suicide', concern: { level: 'clear', riskKind: 'suicide', signposting: 'sent' } });
    expect(relayed()).toEqual(['I want to kill myself']);
    expect(await ticketDoc(ticketId)).toMatchObject({ status: 'open', priority: 'urgent', reason: 'crisis', previousReason: 'requested', riskKind: 'suicide' });
    expect(await ownershipOf('q-crisis')).toBe('queued');
    const { ticket, transcript } = await t.service.handoff.getTicket(ticketId);
    expect(ticket.riskKind).toBe('suicide');
    expect(transcript.map((line) => line.text)).toContain('I want to kill myself');
  });

  it('signposts in Welsh when the conversation is in Welsh', async () => {
    await say('q-cy', 'Cymraeg');
    const ticketId = await queued('q-cy', 'Dw i eisiau siarad â pherson');
    const before = mark('q-cy');

    await say('q-cy', 'dwi isio lladd fy hun');

    expect(since('q-cy', before).texts).toEqual([signpostingWithTeam.suicide.cy]);
    expect(await ticketDoc(ticketId)).toMatchObject({ priority: 'urgent', reason: 'crisis', riskKind: 'suicide' });
    expect(alerts().at(-1)).toMatchObject({ riskKind: 'suicide', level: 'clear', signposting: 'sent' });
  });

  it('answers a crisis written in Welsh in Welsh, though the conversation began in English', async () => {
    const ticketId = await queued('q-cy-mid');
    const before = mark('q-cy-mid');

    await say('q-cy-mid', "mae'r partner yn fy nharo i eto");

    expect(since('q-cy-mid', before).texts).toEqual([signpostingWithTeam.abuse.cy]);
    expect(await ticketDoc(ticketId)).toMatchObject({ priority: 'urgent', reason: 'crisis', riskKind: 'abuse' });
  });

  it('out of hours adds that the team is closed and points back to the numbers', async () => {
    now = WEEKEND;
    await queued('q-ooh');
    const before = mark('q-ooh');

    await say('q-ooh', 'I have nowhere to sleep tonight');

    expect(since('q-ooh', before).texts).toEqual([signpostingWithTeam.homeless.en, expect.stringMatching(/^Our team is not working right now, so please use the numbers above\./)]);
  });

  it('audits the decision by kind and level, without the citizen’s words', async () => {
    const ticketId = await queued('q-audit');
    await say('q-audit', 'I want to kill myself');
    expect(await safeguardingAudits()).toEqual([
      { kind: 'suicide', level: 'clear', source: 'local', score: 1, ownership: 'queued', ticketId, signposting: 'sent', channel: 'web', locale: 'en' },
    ]);
    const all = JSON.stringify(await t.service.store.collection<AuditDoc>('audit').find({}));
    expect(all).not.toContain('kill myself');
  });

  it('does not repeat the signposting the engine sent with a crisis handoff a few minutes ago', async () => {
    const ticketId = await queued('q-handoff', 'I want to end my life');
    expect(await ticketDoc(ticketId)).toMatchObject({ reason: 'crisis', riskKind: 'suicide' });
    expect((await t.service.handoff.getTicket(ticketId)).ticket.riskKind).toBe('suicide');
    const before = mark('q-handoff');
    now = new Date(now.getTime() + 3 * 60_000);

    await say('q-handoff', 'I want to kill myself');

    expect(since('q-handoff', before).texts).toEqual([]);
    expect(alerts()).toEqual([expect.objectContaining({ level: 'clear', signposting: 'sent-recently' })]);
    expect(relayed()).toEqual(['I want to kill myself']);
  });
});

describe('an unclear signal while the ticket waits', () => {
  it('alerts the desk and makes the ticket urgent, but asks the citizen nothing', async () => {
    const ticketId = await queued('q-unclear');
    const before = mark('q-unclear');

    await say('q-unclear', 'I feel hopeless');

    const { events, texts } = since('q-unclear', before);
    expect(texts).toEqual([]);
    expect(events.map((e) => e.kind)).toEqual(['ticket-updated', 'safeguarding-alert', 'citizen-message']);
    expect(alerts()).toEqual([expect.objectContaining({ riskKind: 'suicide', level: 'unclear', signposting: 'not-sent' })]);
    const doc = await ticketDoc(ticketId);
    expect(doc).toMatchObject({ priority: 'urgent', reason: 'requested', concern: { level: 'unclear', riskKind: 'suicide', signposting: 'not-sent' } });
    expect(doc?.riskKind).toBeUndefined();
    expect(await safeguardingAudits()).toEqual([expect.objectContaining({ kind: 'suicide', level: 'unclear', source: 'local', signposting: 'not-sent' })]);
  });
});

describe('an ordinary message while the ticket waits', () => {
  it('is held for the agent exactly as before: no alert, no change to the ticket', async () => {
    const ticketId = await queued('q-plain');
    const ticketBefore = await ticketDoc(ticketId);
    const before = mark('q-plain');

    await say('q-plain', 'My bin was not emptied on Monday');

    const { events, texts } = since('q-plain', before);
    expect(texts).toEqual([]);
    expect(events.map((e) => e.kind)).toEqual(['citizen-message']);
    expect(await ticketDoc(ticketId)).toEqual(ticketBefore);
    expect(await safeguardingAudits()).toEqual([]);
  });
});

describe('a crisis text while an agent owns the conversation', () => {
  it('signposts once in 10 minutes, alerts the agent each time, makes the ticket urgent and relays every message', async () => {
    const ticketId = await queued('a-crisis');
    await t.service.handoff.claim(ticketId, staff('Sam'));
    await t.settle();
    const before = mark('a-crisis');

    await say('a-crisis', 'I want to kill myself');
    now = new Date(now.getTime() + 4 * 60_000);
    await say('a-crisis', 'I really want to kill myself');

    const { texts } = since('a-crisis', before);
    expect(texts).toEqual([signpostingWithTeam.suicide.en]);
    expect(alerts().map((a) => [a.ticket.status, a.level, a.signposting])).toEqual([
      ['claimed', 'clear', 'sent'],
      ['claimed', 'clear', 'sent-recently'],
    ]);
    expect(await ticketDoc(ticketId)).toMatchObject({ status: 'claimed', claimedBy: 'Sam', priority: 'urgent', reason: 'crisis', riskKind: 'suicide' });
    expect(relayed()).toEqual(['I want to kill myself', 'I really want to kill myself']);
    expect(await ownershipOf('a-crisis')).toBe('agent');
    expect((await safeguardingAudits()).map((a) => [a.ownership, a.signposting])).toEqual([
      ['agent', 'sent'],
      ['agent', 'sent-recently'],
    ]);

    // Past the 10 minutes the numbers are worth sending again.
    now = new Date(now.getTime() + 7 * 60_000);
    await say('a-crisis', 'I want to kill myself');
    expect(since('a-crisis', before).texts).toEqual([signpostingWithTeam.suicide.en, signpostingWithTeam.suicide.en]);
  });

  it('sends another kind’s signposting even inside the 10 minutes', async () => {
    const ticketId = await queued('a-kinds');
    await t.service.handoff.claim(ticketId, staff('Sam'));
    await t.settle();
    const before = mark('a-kinds');

    await say('a-kinds', 'I want to kill myself');
    await say('a-kinds', 'and I have nowhere to sleep tonight');

    expect(since('a-kinds', before).texts).toEqual([signpostingWithTeam.suicide.en, signpostingWithTeam.homeless.en]);
    expect(await ticketDoc(ticketId)).toMatchObject({ riskKind: 'homeless', previousReason: 'requested' });
  });
});
