/** The feedback question in the web chat: score buttons after a finished request, and a click stored as a score. */
import type { AuditDoc } from '../../bots/store/documents';
import { testService, type TestService } from '../support/test-service';
import { startWebChat, type WebChatClient } from '../support/web-chat-client';

/** Tuesday 10 March 2026, midday: "yesterday" is a valid collection day. */
const NOW = new Date('2026-03-10T12:00:00Z');

let t: TestService;
let counter = 0;
let citizen: WebChatClient;

beforeEach(async () => {
  // The real engine from config content, as the sandbox runs it.
  t = await testService({ clock: () => NOW });
  citizen = await startWebChat(t.service.app);
});
afterEach(() => t.service.stop());

/** Posts what the chat page posts: typed text, or a clicked button's label and value. */
async function chat(text: string, choice?: string): Promise<void> {
  counter += 1;
  await citizen.send(text, `c-${counter}`, choice ? { choice } : {}).expect(202);
  await t.settle();
}

interface Entry { direction: string; text: string; choices?: { value: string; label: string }[] }

async function history(): Promise<Entry[]> {
  const res = await citizen.history().expect(200);
  return res.body.messages as Entry[];
}

describe('feedback in the web chat', () => {
  it('offers the five scores as buttons after a missed-bin report, and stores the one clicked', async () => {
    for (const text of ['my bin was missed', 'CF10 1AA', '12', 'the blue bin', 'yesterday', 'yes']) await chat(text);
    const question = (await history()).at(-1);
    expect(question).toMatchObject({ direction: 'out', text: 'How did we do today? Reply 1 to 5, where 5 is very good.' });
    // The chat page draws these as buttons (choices); the delivered message carries the same.
    expect(question?.choices?.map((c) => c.label)).toEqual(['Very poor', 'Poor', 'OK', 'Good', 'Very good']);
    expect(t.web.deliveries.at(-1)?.message.choices).toHaveLength(5);

    const good = question?.choices?.[3];
    await chat(good?.label ?? '', good?.value);
    expect(t.web.textsTo(citizen.id).at(-1)).toBe('Thank you for telling us. It helps us make this better.');
    const audits = await t.service.store.collection<AuditDoc>('audit').find({ kind: 'feedback' }, { sort: { at: 1 } });
    expect(audits.map((a) => a.data)).toEqual([
      { event: 'asked', channel: 'web', locale: 'en' },
      { event: 'answered', score: 4, channel: 'web', locale: 'en' },
    ]);
    // No citizen words are kept with it, only the facts.
    expect(JSON.stringify(audits)).not.toMatch(/Good|CF10/);
  });
});
