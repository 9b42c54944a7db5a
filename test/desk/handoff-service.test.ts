/**
 * The handoff core as an agent meets it: claim (once), talk, internal notes that never reach
 * the citizen, resolve back to the bot, SLA re-announcement and honest out-of-hours replies.
 */
import { DeskActionError } from '../../channels/desk-types';
import type { ConversationDoc, MessageDoc } from '../../bots/store/documents';
import { echoEngine } from '../support/echo-engine';
import { testService, webMessage, type TestService } from '../support/test-service';
import { staff } from '../support/staff';

let t: TestService;
let now: Date;

/** Thursday 26 November 2026, 11:00 in London: the team is working. */
const IN_HOURS = new Date('2026-11-26T11:00:00Z');
/** Saturday 28 November 2026, 11:00: closed. */
const WEEKEND = new Date('2026-11-28T11:00:00Z');

async function handOff(session: string): Promise<string> {
  await t.service.pipeline.receive(webMessage(session, 'person', { receivedAt: now }));
  await t.settle();
  const ticket = (await t.service.handoff.listTickets()).find((candidate) => candidate.address === `web:${session}`);
  if (!ticket) throw new Error('no ticket was opened');
  return ticket.id;
}

async function ownershipOf(session: string): Promise<ConversationDoc['ownership'] | undefined> {
  return (await t.service.store.collection<ConversationDoc>('conversations').findOne({ address: `web:${session}` }))?.ownership;
}

beforeEach(async () => {
  now = IN_HOURS;
  t = await testService({ engine: echoEngine(), clock: () => now });
});
afterEach(() => t.service.stop());

describe('handoff core', () => {
  it('opens one ticket with the reason and summary, tells the citizen their place, and tells the desk', async () => {
    const ticketId = await handOff('queue-a');
    const { ticket } = await t.service.handoff.getTicket(ticketId);
    expect(ticket).toMatchObject({ status: 'open', reason: 'requested', channel: 'web', summary: 'The citizen asked for a person.', outOfHours: false });
    expect(t.web.textsTo('queue-a')).toEqual(['Passing you to a person.', 'You are number 1 in the queue. A person will reply here.']);
    expect(t.desk.events.map((e) => e.kind)).toEqual(['ticket-opened']);
    expect(await ownershipOf('queue-a')).toBe('queued');
  });

  it('lets one agent claim a ticket and refuses a second agent politely', async () => {
    const ticketId = await handOff('claim-a');
    await t.service.handoff.claim(ticketId, staff('Sam'));
    await expect(t.service.handoff.claim(ticketId, staff('Alex'))).rejects.toMatchObject({ code: 'ALREADY_CLAIMED', message: 'Sam has already claimed this conversation.' });
    await t.settle();
    expect(await ownershipOf('claim-a')).toBe('agent');
    expect(t.web.textsTo('claim-a')).toContain('Sam from the council team has joined. You are now talking to a person.');
  });

  it('sends the claiming agent’s messages to the citizen but keeps internal notes in the desk', async () => {
    const ticketId = await handOff('talk-a');
    await t.service.handoff.claim(ticketId, staff('Sam'));
    await t.service.handoff.sendAgentMessage(ticketId, staff('Sam'), 'Hello, I can help with that.');
    await t.service.handoff.addNote(ticketId, staff('Sam'), 'note: checked the bin round, crew reported a blocked road');
    await t.settle();

    const delivered = t.web.deliveries.filter((d) => d.address.id === 'talk-a');
    expect(delivered.map((d) => d.message.text)).toContain('Hello, I can help with that.');
    expect(delivered.find((d) => d.message.text === 'Hello, I can help with that.')?.message.speaker).toEqual({ kind: 'agent', name: 'Sam' });
    expect(delivered.some((d) => d.message.text.includes('blocked road'))).toBe(false);
    const { transcript } = await t.service.handoff.getTicket(ticketId);
    expect(transcript.find((line) => line.text.includes('blocked road'))).toMatchObject({ internal: true });
  });

  it('refuses a message from an agent who has not claimed the ticket', async () => {
    const ticketId = await handOff('other-a');
    await expect(t.service.handoff.sendAgentMessage(ticketId, staff('Sam'), 'hi')).rejects.toMatchObject({ code: 'NOT_CLAIMED_BY_YOU' });
    await t.service.handoff.claim(ticketId, staff('Sam'));
    await expect(t.service.handoff.sendAgentMessage(ticketId, staff('Alex'), 'hi')).rejects.toBeInstanceOf(DeskActionError);
  });

  it('resolves back to the bot, tells the citizen, and the bot answers again', async () => {
    const ticketId = await handOff('resolve-a');
    await t.service.handoff.claim(ticketId, staff('Sam'));
    const resolved = await t.service.handoff.resolve(ticketId, staff('Sam'));
    expect(resolved.status).toBe('resolved');
    await t.service.pipeline.receive(webMessage('resolve-a', 'hello again', { receivedAt: now }));
    await t.settle();
    const texts = t.web.textsTo('resolve-a');
    expect(texts).toContain('Sam has finished helping you. You are back with the automated assistant. Type help to see what I can do.');
    expect(texts[texts.length - 1]).toBe('echo: hello again');
    expect(await ownershipOf('resolve-a')).toBe('bot');
  });

  it('re-announces an unclaimed ticket past its SLA and tells the citizen honestly, once per SLA period', async () => {
    const ticketId = await handOff('sla-a');
    expect(await t.service.sla.check()).toBe(0);
    now = new Date(now.getTime() + 11 * 60_000);
    expect(await t.service.sla.check()).toBe(1);
    expect(await t.service.sla.check()).toBe(0);
    await t.settle();
    expect(t.desk.events.filter((e) => e.kind === 'sla-breached').map((e) => e.ticket.id)).toEqual([ticketId]);
    expect(t.web.textsTo('sla-a').some((text) => text.startsWith('Sorry for the wait.'))).toBe(true);
    const audit = await t.service.store.collection('audit').find({ kind: 'sla-breach' });
    expect(audit).toHaveLength(1);
  });

  it('out of hours says when the team opens and records a callback request', async () => {
    now = WEEKEND;
    const ticketId = await handOff('ooh-a');
    const offer = t.web.deliveries.filter((d) => d.address.id === 'ooh-a').at(-1)?.message;
    expect(offer?.text).toMatch(/not working right now\. We open again at 9am on Monday/);
    expect(offer?.choices?.map((c) => c.label)).toEqual(['Yes, please', 'No, thanks']);

    await t.service.pipeline.receive(webMessage('ooh-a', 'Yes, please', { choice: offer?.choices?.[0]?.value, receivedAt: now }));
    await t.settle();
    expect((await t.service.handoff.getTicket(ticketId)).ticket).toMatchObject({ outOfHours: true, callbackRequested: true });
    expect(t.web.textsTo('ooh-a').at(-1)).toMatch(/reply to you here after we open/);
  });

  it('out of hours after a crisis points back to the crisis numbers instead of offering a callback', async () => {
    now = WEEKEND;
    await t.service.stop();
    const engine = echoEngine();
    const crisisEngine = {
      ...engine,
      turn: async () => ({
        outcome: { status: 'handoff' as const, reason: 'crisis' as const, priority: 'urgent' as const, summary: 'Crisis signal.' },
        state: engine.initialState('public'),
        replies: [{ text: 'Samaritans: call 116 123.' }],
        decision: { rule: 'crisis', guardrails: ['crisis'] },
      }),
    };
    t = await testService({ engine: crisisEngine, clock: () => now });
    await t.service.pipeline.receive(webMessage('crisis-ooh', 'I am not safe', { receivedAt: now }));
    await t.settle();
    const said = t.web.deliveries.filter((d) => d.address.id === 'crisis-ooh').map((d) => d.message);
    expect(said.map((m) => m.text)).toEqual([
      'Samaritans: call 116 123.',
      'Our team is not working right now, so please use the numbers above. They are there day and night. We will look at your message first when we open at 9am on Monday.',
    ]);
    expect(said.some((m) => m.choices)).toBe(false);
  });

  it('lets a queued citizen leave the queue and go back to the bot', async () => {
    const ticketId = await handOff('leave-a');
    await t.service.pipeline.receive(webMessage('leave-a', 'cancel', { receivedAt: now }));
    await t.settle();
    expect((await t.service.handoff.getTicket(ticketId)).ticket.status).toBe('cancelled');
    expect(await ownershipOf('leave-a')).toBe('bot');
    await expect(t.service.handoff.claim(ticketId, staff('Sam'))).rejects.toMatchObject({ code: 'TICKET_CLOSED' });
  });

  it('holds queued messages for the agent and shows them in the transcript', async () => {
    const ticketId = await handOff('hold-a');
    await t.service.pipeline.receive(webMessage('hold-a', 'my bins were missed three weeks running', { receivedAt: now }));
    await t.settle();
    const { transcript } = await t.service.handoff.getTicket(ticketId);
    expect(transcript.map((line) => line.text)).toContain('my bins were missed three weeks running');
    expect(t.desk.events.filter((e) => e.kind === 'citizen-message')).toHaveLength(1);
    const lines = await t.service.store.collection<MessageDoc>('messages').find({ address: 'web:hold-a', direction: 'out', speaker: { kind: 'bot' } });
    expect(lines.map((line) => line.text)).toEqual(['Passing you to a person.']);
  });
});
