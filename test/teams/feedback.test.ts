/**
 * The feedback question in Teams: the real CloudAdapter in the running service, the local
 * fake connector. Staff who say thanks after an answer get the question as card buttons.
 */
import type { AuditDoc } from '../../bots/store/documents';
import { testService, type TestService } from '../support/test-service';
import { postActivity, teamsActivity } from './activities';
import { startFakeConnector, type FakeConnector } from './fake-connector';

let fake: FakeConnector;
let t: TestService;
let port: number;

interface CardAction { type: string; title: string; data?: { choice?: string } }
interface AdaptiveCard { fallbackText: string; body: { text: string }[]; actions?: CardAction[] }

function cardOf(body: Record<string, unknown>): AdaptiveCard | undefined {
  const attachments = body.attachments as { contentType: string; content: AdaptiveCard }[] | undefined;
  return attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
}

const messages = () => fake.activities().filter((r) => r.body.type === 'message').map((r) => r.body);
const shown = (body: Record<string, unknown>) => (body.text as string | undefined) ?? cardOf(body)?.fallbackText ?? '';

async function send(activity: Record<string, unknown>): Promise<void> {
  expect((await postActivity(port, activity)).status).toBe(200);
  await t.settle();
}

beforeEach(async () => {
  fake = await startFakeConnector();
  t = await testService({ clock: () => new Date('2026-11-26T11:00:00Z') });
  ({ port } = await t.service.start(0));
});
afterEach(async () => {
  await t.service.stop();
  await fake.close();
});

describe('feedback in Teams', () => {
  it('asks after thanks for an answer, with the five scores as card buttons, and stores the one clicked', async () => {
    await send(teamsActivity(fake.url, { text: 'how many days of annual leave do I get?' }));
    expect(shown(messages().at(-1) ?? {})).toMatch(/27 days/);
    // An answer alone is not the end: more questions often follow.
    expect(messages().some((m) => /How did we do/.test(shown(m)))).toBe(false);

    await send(teamsActivity(fake.url, { text: 'thanks' }));
    const [welcome, question] = messages().slice(-2);
    expect(shown(welcome ?? {})).toBe("You're welcome. Message again any time.");
    const card = cardOf(question ?? {});
    expect(card?.body[0]?.text).toBe('How did we do today? Reply 1 to 5, where 5 is very good.');
    expect(card?.actions?.map((a) => [a.type, a.title])).toEqual([
      ['Action.Submit', 'Very poor'], ['Action.Submit', 'Poor'], ['Action.Submit', 'OK'], ['Action.Submit', 'Good'], ['Action.Submit', 'Very good'],
    ]);

    // Teams sends the click as a message with no text and the button's data as its value.
    await send(teamsActivity(fake.url, { text: undefined, value: card?.actions?.[4]?.data }));
    expect(shown(messages().at(-1) ?? {})).toBe('Thank you for telling us. It helps us make this better.');
    const audits = await t.service.store.collection<AuditDoc>('audit').find({ kind: 'feedback' }, { sort: { at: 1 } });
    expect(audits.map((a) => a.data)).toEqual([
      { event: 'asked', channel: 'teams', locale: 'en' },
      { event: 'answered', score: 5, channel: 'teams', locale: 'en' },
    ]);
  });
});
