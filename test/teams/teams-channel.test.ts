/**
 * Staff in Teams, end to end: the real botbuilder CloudAdapter in the running service, pointed
 * at a local fake Bot Framework connector through each activity's serviceUrl.
 */
import type { AuditDoc, HandoffDoc, InboundDoc, OutboxDoc } from '../../bots/store/documents';
import { testService, type TestService } from '../support/test-service';
import { BOT_ID, FOREIGN_TENANT, TENANT, postActivity, teamsActivity } from './activities';
import { startFakeConnector, type FakeConnector } from './fake-connector';
import { staff } from '../support/staff';

/** Thursday 26 November 2026, 11:00 in London: the desk is open. */
const IN_HOURS = new Date('2026-11-26T11:00:00Z');

let fake: FakeConnector;
let t: TestService;
let now: Date;
let port: number;

interface CardAction {
  type: string;
  title: string;
  data?: { choice?: string };
  url?: string;
}
interface AdaptiveCard {
  type: string;
  fallbackText: string;
  body: { text: string }[];
  actions?: CardAction[];
}

/** The Adaptive Card on a posted activity, if it has one. */
function cardOf(body: Record<string, unknown>): AdaptiveCard | undefined {
  const attachments = body.attachments as { contentType: string; content: AdaptiveCard }[] | undefined;
  return attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
}

/** Everything a message activity shows as text: its text, or its card's fallback. */
function shownText(body: Record<string, unknown>): string {
  return (body.text as string | undefined) ?? cardOf(body)?.fallbackText ?? '';
}

/** Message activities (not typing) the fake has received, as text. */
function replies(): string[] {
  return fake.activities().filter((r) => r.body.type === 'message').map((r) => shownText(r.body));
}

async function send(activity: Record<string, unknown>): Promise<void> {
  const response = await postActivity(port, activity);
  expect(response.status).toBe(200);
  await t.settle();
}

beforeEach(async () => {
  fake = await startFakeConnector();
  now = IN_HOURS;
  t = await testService({ clock: () => now });
  ({ port } = await t.service.start(0));
});
afterEach(async () => {
  await t.service.stop();
  await fake.close();
});

describe('Teams channel (emulator mode, real CloudAdapter)', () => {
  it('answers a staff question from the staff articles, with a typing indicator first and a card with its link', async () => {
    const activity = teamsActivity(fake.url, { text: 'how many days of annual leave do I get?' });
    const response = await postActivity(port, activity);
    expect(response.status).toBe(200);
    await t.settle();

    const posted = fake.activities('a:conv-1');
    expect(posted.map((r) => r.body.type)).toEqual(['typing', 'message']);
    // Typing is an in-turn reply to the activity; the answer goes out proactively from the outbox.
    expect(posted[0]?.path).toBe(`/v3/conversations/a:conv-1/activities/${String(activity.id)}`);
    const answer = posted[1]?.body ?? {};
    const card = cardOf(answer);
    expect(card?.body[0]?.text).toBe('Annual leave policy');
    expect(card?.fallbackText).toMatch(/27 days of annual leave/);
    expect(card?.actions).toEqual([expect.objectContaining({ type: 'Action.OpenUrl', url: expect.stringMatching(/\/hr\/annual-leave$/) })]);
    expect(answer.summary).toMatch(/27 days/);
    // Emulator mode: no credentials, so nothing is signed.
    expect(posted.every((r) => r.headers.authorization === undefined)).toBe(true);
  });

  it('does not answer staff from the public articles', async () => {
    await send(teamsActivity(fake.url, { text: 'what goes in the recycling bin?' }));
    expect(replies()).toEqual([expect.stringMatching(/I don't have an answer to that/)]);
  });

  it('completes a flow step when an Adaptive Card button is clicked', async () => {
    await send(teamsActivity(fake.url, { text: 'check my blue badge application' }));
    await send(teamsActivity(fake.url, { text: 'BB-123456' }));
    await send(teamsActivity(fake.url, { text: 'CF10 1AA' }));
    const confirmation = fake.activities().filter((r) => r.body.type === 'message').at(-1)?.body ?? {};
    const card = cardOf(confirmation);
    expect(card?.fallbackText).toMatch(/Reference: BB-123456[\s\S]*1\. Yes/);
    const yes = card?.actions?.find((action) => action.type === 'Action.Submit' && /yes/i.test(action.title));
    expect(yes?.data).toEqual({ choice: expect.any(String) });

    // Teams sends the click as a message with no text and the button's data as its value.
    await send(teamsActivity(fake.url, { text: undefined, value: yes?.data }));
    // The result, then (the request being done) the one feedback question.
    expect(replies().at(-2)).toMatch(/Your Blue Badge application: approved/);
    expect(replies().at(-1)).toMatch(/^How did we do today\?/);
  });

  it('hands a member of staff to the desk as a Teams ticket, and the agent’s reply arrives proactively later', async () => {
    await send(teamsActivity(fake.url, { text: 'I want to speak to a person' }));
    const ticket = await t.service.store.collection<HandoffDoc>('handoffs').findOne({ address: 'teams:a:conv-1' });
    expect(ticket).toMatchObject({ channel: 'teams', status: 'open' });
    expect(t.desk.events.map((e) => e.kind)).toContain('ticket-opened');

    const before = fake.activities().length;
    await t.service.handoff.claim(ticket?._id ?? '', staff('Sam'));
    await t.service.handoff.sendAgentMessage(ticket?._id ?? '', staff('Sam'), 'Hello Alex, I can help with that.');
    await t.settle();
    const later = fake.activities().slice(before).filter((r) => r.body.type === 'message');
    expect(later.map((r) => shownText(r.body))).toEqual([expect.stringMatching(/Sam/), 'Sam: Hello Alex, I can help with that.']);
    // Proactive: posted to the conversation, not as a reply to any activity of this turn.
    expect(later.every((r) => /^\/v3\/conversations\/a:conv-1\/activities(\/[^/]+)?$/.test(r.path))).toBe(true);
  });

  it('processes a re-sent activity (same id) once', async () => {
    const activity = teamsActivity(fake.url, { text: 'how do I claim expenses' });
    const [first, second] = await Promise.all([postActivity(port, activity), postActivity(port, activity)]);
    expect([first.status, second.status]).toEqual([200, 200]);
    await t.settle();
    await postActivity(port, activity);
    await t.settle();
    const inbound = await t.service.store.collection<InboundDoc>('inbound').find({ providerMessageId: activity.id as string });
    expect(inbound).toHaveLength(1);
    expect(replies().filter((text) => /45p a mile/.test(text))).toHaveLength(1);
  });

  it('retries a throttled reply from the outbox once the connector’s Retry-After has passed', async () => {
    fake.failures.push({ status: 429, headers: { 'retry-after': '30' } });
    await send(teamsActivity(fake.url, { text: 'how do I reset my password' }));
    expect(replies()).toEqual([expect.stringMatching(/self-service portal/)]);
    const [entry] = await t.service.store.collection<OutboxDoc>('outbox').find({ status: 'pending' });
    expect(entry?.dueAt.getTime()).toBeGreaterThanOrEqual(IN_HOURS.getTime() + 30_000);
    expect(await t.service.store.collection<AuditDoc>('audit').find({ kind: 'delivery-retry' })).toHaveLength(1);

    now = new Date(IN_HOURS.getTime() + 31_000);
    await t.service.outbox.deliverDue();
    await t.settle();
    expect(replies()).toEqual([expect.stringMatching(/self-service portal/), expect.stringMatching(/self-service portal/)]);
    expect(fake.activities().filter((r) => r.body.type === 'message').map((r) => r.status)).toEqual([429, 200]);
  });

  it('says hello in Welsh when added to a Welsh-speaking chat', async () => {
    await send(teamsActivity(fake.url, { type: 'conversationUpdate', text: undefined, locale: 'cy-GB', membersAdded: [{ id: BOT_ID }, { id: '29:user-1' }] }));
    expect(replies()).toEqual([expect.stringMatching(/^Helo\. Fi yw cynorthwyydd y cyngor i staff/)]);
  });

  it('does not welcome again when someone else joins', async () => {
    await send(teamsActivity(fake.url, { type: 'conversationUpdate', text: undefined, membersAdded: [{ id: '29:user-2' }] }));
    expect(replies()).toEqual([]);
  });
});

describe('Teams tenant allowlist', () => {
  beforeEach(async () => {
    await t.service.stop();
    t = await testService({ clock: () => now, env: { MICROSOFT_ALLOWED_TENANTS: TENANT } });
    ({ port } = await t.service.start(0));
  });

  it('acknowledges but ignores an activity from another tenant', async () => {
    await send(teamsActivity(fake.url, { text: 'how many days of annual leave do I get?', tenantId: FOREIGN_TENANT }));
    expect(fake.requests).toEqual([]);
    expect(await t.service.store.collection<InboundDoc>('inbound').find({})).toEqual([]);
    expect(t.logger.lines.some((e) => e.level === 'warn' && /tenant not on the allowlist/.test(e.message))).toBe(true);
  });

  it('serves the allowed tenant', async () => {
    await send(teamsActivity(fake.url, { text: 'how many days of annual leave do I get?' }));
    expect(replies()).toEqual([expect.stringMatching(/27 days/)]);
  });
});
