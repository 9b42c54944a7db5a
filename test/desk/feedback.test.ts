/** The feedback question after an agent resolves a conversation: asked once, never after a crisis. */
import type { AuditDoc, ConversationDoc } from '../../bots/store/documents';
import { testService, webMessage, type TestService } from '../support/test-service';
import { staff } from '../support/staff';

/** Thursday 26 November 2026, 11:00 in London: the team is working. */
const IN_HOURS = new Date('2026-11-26T11:00:00Z');
const QUESTION = 'How did we do today? Reply 1 to 5, where 5 is very good.';

let t: TestService;

beforeEach(async () => {
  // The real engine from config content.
  t = await testService({ clock: () => IN_HOURS });
});
afterEach(() => t.service.stop());

async function say(session: string, text: string): Promise<void> {
  await t.service.pipeline.receive(webMessage(session, text, { receivedAt: IN_HOURS }));
  await t.settle();
}

/** Hands the conversation over with `text`, has Sam claim and resolve it; returns the ticket's reason. */
async function helpedBySam(session: string, text: string): Promise<string> {
  await say(session, text);
  const ticket = (await t.service.handoff.listTickets()).find((candidate) => candidate.address === `web:${session}`);
  if (!ticket) throw new Error('no ticket was opened');
  await t.service.handoff.claim(ticket.id, staff('Sam'));
  await t.service.handoff.resolve(ticket.id, staff('Sam'));
  await t.settle();
  return ticket.reason;
}

const feedbackAudits = async () => (await t.service.store.collection<AuditDoc>('audit').find({ kind: 'feedback' }, { sort: { at: 1 } })).map((a) => a.data);

describe('feedback after an agent resolves', () => {
  it('asks once the citizen is told they are back with the bot, and takes a typed score', async () => {
    await helpedBySam('resolved-a', 'I want to speak to a person');
    expect(t.web.textsTo('resolved-a').slice(-2)).toEqual([expect.stringMatching(/Sam has finished helping you/), QUESTION]);
    expect(t.web.deliveries.at(-1)?.message.choices?.map((c) => c.value)).toEqual(['feedback:1', 'feedback:2', 'feedback:3', 'feedback:4', 'feedback:5']);
    expect(await feedbackAudits()).toEqual([{ event: 'asked', channel: 'web', locale: 'en' }]);

    await say('resolved-a', '3');
    expect(t.web.textsTo('resolved-a').at(-1)).toBe('Thank you for telling us. It helps us make this better.');
    expect((await feedbackAudits()).at(-1)).toEqual({ event: 'answered', score: 3, channel: 'web', locale: 'en' });
  });

  it('asks in Welsh when the conversation is in Welsh', async () => {
    await say('resolved-cy', 'Cymraeg');
    await helpedBySam('resolved-cy', 'Dw i eisiau siarad â pherson');
    expect(t.web.textsTo('resolved-cy').at(-1)).toBe('Sut wnaethon ni heddiw? Atebwch 1 i 5, lle mae 5 yn dda iawn.');
    expect(await feedbackAudits()).toEqual([{ event: 'asked', channel: 'web', locale: 'cy' }]);
  });

  it('never asks after a crisis conversation, then or later in it', async () => {
    expect(await helpedBySam('crisis-a', 'I want to end my life')).toBe('crisis');
    expect(t.web.textsTo('crisis-a').at(-1)).toMatch(/Sam has finished helping you/);
    expect(t.web.textsTo('crisis-a').some((text) => text === QUESTION)).toBe(false);
    // The bot's fresh start still remembers the crisis, so a later request ends without the question too.
    const conversation = await t.service.store.collection<ConversationDoc>('conversations').findOne({ address: 'web:crisis-a' });
    expect(conversation?.dialog?.crisis).toBe(true);
    for (const text of ['what do I owe on council tax', '12345678', 'CF10 1AA', 'yes']) await say('crisis-a', text);
    expect(t.web.textsTo('crisis-a').at(-1)).toMatch(/Your balance is/);
    expect(t.web.textsTo('crisis-a').some((text) => text === QUESTION)).toBe(false);
    expect(await feedbackAudits()).toEqual([]);
  });

  it('does not ask again after a resolve when the question was already asked in this visit', async () => {
    for (const text of ['what do I owe on council tax', '12345678', 'CF10 1AA', 'yes']) await say('twice-a', text);
    expect(t.web.textsTo('twice-a').at(-1)).toBe(QUESTION);
    await helpedBySam('twice-a', 'I want to speak to a person');
    expect(t.web.textsTo('twice-a').at(-1)).toMatch(/Sam has finished helping you/);
    expect((await feedbackAudits()).map((a) => a.event)).toEqual(['asked']);
  });
});
