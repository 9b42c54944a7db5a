/**
 * The Slack agent desk end to end: the real Bolt app on the service's express app, signed
 * requests in, the real Web API client out to a local fake of Slack.
 */
import { TICKET_ACTIONS } from '../../channels/slack/ticket-blocks';
import type { OutboxDoc } from '../../bots/store/documents';
import { handOver, startDeskHarness, type DeskHarness } from './desk-harness';
import { FAKE_BOT, FAKE_CHANNEL_ID } from './fake-slack';
import request from 'supertest';
import { testService } from '../support/test-service';
import { clickButton, postEvent, postSigned, SIGNING_SECRET, slashCommand, threadMessageEvent } from './slack-requests';

const SAM = { id: 'UAGENT1', name: 'sam.jones' };
const ALEX = { id: 'UAGENT2', name: 'alex.price' };

let desk: DeskHarness;

beforeEach(async () => {
  desk = await startDeskHarness();
});

afterEach(async () => {
  await desk.close();
});


async function claimAs(agent: { id: string; name: string }, ticketId: string, ts: string) {
  const response = await clickButton(desk.app, agent, TICKET_ACTIONS.claim, ticketId, ts);
  await desk.settle();
  return response;
}

async function agentSays(agent: { id: string }, ts: string, text: string, eventId?: string, headers?: Record<string, string>) {
  const response = await postEvent(desk.app, threadMessageEvent(agent.id, ts, text, eventId), headers ? { headers } : {});
  await desk.settle();
  return response;
}

const ephemeralsTo = (user: string) => desk.slack.accepted('chat.postEphemeral').filter((call) => call.body.user === user).map((call) => String(call.body.text));
const blocksText = (call: { body: Record<string, unknown> }) => JSON.stringify(call.body.blocks);

describe('the whole loop', () => {
  it('hands over, claims, relays both ways, resolves, and the bot answers again', async () => {
    const { ticketId, ts } = await handOver(desk, 'loop');

    // One ticket message in the queue channel, in Block Kit, with the summary and a Claim button.
    const [ticketPost] = desk.ticketPosts();
    expect(desk.ticketPosts()).toHaveLength(1);
    expect(ticketPost?.body.channel).toBe('#council-queue');
    expect(ticketPost?.authorization).toBe('Bearer xoxb-test-token');
    expect(blocksText(ticketPost!)).toContain('Asked for a person');
    expect(blocksText(ticketPost!)).toContain('Web chat');
    expect(blocksText(ticketPost!)).toContain('Summary for you');
    expect(blocksText(ticketPost!)).toContain(TICKET_ACTIONS.claim);
    expect(blocksText(ticketPost!)).not.toContain('Out of hours');

    // Claim: the citizen is told a person joined, and the ticket message says who claimed it.
    const claim = await claimAs(SAM, ticketId, ts);
    expect(claim.status).toBe(200);
    expect(desk.web.textsTo('loop').at(-1)).toMatch(/Sam from the council team has joined/);
    const update = desk.slack.accepted('chat.update').at(-1);
    expect(update?.body).toMatchObject({ channel: FAKE_CHANNEL_ID, ts });
    expect(blocksText(update!)).toContain('Claimed by *Sam*');
    expect(blocksText(update!)).toContain(TICKET_ACTIONS.resolve);

    // The agent's thread reply reaches the citizen, as the agent, with Slack's markup undone.
    await agentSays(SAM, ts, 'Hello, I can help &amp; see <https://council.example/bins|our bins page>');
    const reply = desk.web.deliveries.at(-1);
    expect(reply?.message.text).toBe('Hello, I can help & see our bins page (https://council.example/bins)');
    expect(reply?.message.speaker).toEqual({ kind: 'agent', name: 'Sam' });

    // The citizen's answer lands in the thread; the bot says nothing while Sam owns the conversation.
    const toCitizenBefore = desk.web.deliveries.length;
    await desk.citizen('loop', 'My bin was not emptied on Monday');
    expect(desk.web.deliveries).toHaveLength(toCitizenBefore);
    expect(desk.threadPosts(ts).map((call) => call.body.text)).toContain('*Citizen:* My bin was not emptied on Monday');

    // Resolve: the citizen is told, the ticket message shows it, and the bot answers again.
    expect((await clickButton(desk.app, SAM, TICKET_ACTIONS.resolve, ticketId, ts)).status).toBe(200);
    await desk.settle();
    // The citizen is told, then asked the one feedback question (the conversation has ended).
    expect(desk.web.textsTo('loop').slice(-2)).toEqual([expect.stringMatching(/Sam has finished helping you/), expect.stringMatching(/^How did we do today\?/)]);
    expect(blocksText(desk.slack.accepted('chat.update').at(-1)!)).toContain('Resolved by *Sam*');
    const beforeHelp = desk.web.deliveries.length;
    await desk.citizen('loop', 'help');
    const answer = desk.web.deliveries.slice(beforeHelp);
    expect(answer.length).toBeGreaterThan(0);
    expect(answer.every((delivery) => (delivery.message.speaker ?? { kind: 'bot' }).kind === 'bot')).toBe(true);
    expect((await desk.service.handoff.getTicket(ticketId)).ticket.status).toBe('resolved');
  });
});

describe('ownership', () => {
  it("refuses a second agent's claim politely and relays only the claimer's thread messages", async () => {
    const { ticketId, ts } = await handOver(desk, 'two-agents');
    await claimAs(SAM, ticketId, ts);
    const relayed = desk.web.deliveries.length;

    expect((await claimAs(ALEX, ticketId, ts)).status).toBe(200);
    expect(ephemeralsTo(ALEX.id)).toEqual([expect.stringMatching(/Sam has already claimed this conversation/)]);
    expect((await desk.service.handoff.getTicket(ticketId)).ticket.claimedBy).toBe('Sam');

    await agentSays(ALEX, ts, 'I will take this one');
    expect(desk.web.deliveries).toHaveLength(relayed);
    expect(ephemeralsTo(ALEX.id).at(-1)).toMatch(/Sam is looking after this conversation/);

    expect((await clickButton(desk.app, ALEX, TICKET_ACTIONS.resolve, ticketId, ts)).status).toBe(200);
    await desk.settle();
    expect(ephemeralsTo(ALEX.id).at(-1)).toMatch(/Sam is looking after this conversation/);
    expect((await desk.service.handoff.getTicket(ticketId)).ticket.status).toBe('claimed');
  });

  it('keeps a note: message inside the team', async () => {
    const { ticketId, ts } = await handOver(desk, 'note');
    await claimAs(SAM, ticketId, ts);
    const relayed = desk.web.deliveries.length;

    await agentSays(SAM, ts, 'Note: checked the round sheet, crew missed the street');
    expect(desk.web.deliveries).toHaveLength(relayed);
    const { transcript } = await desk.service.handoff.getTicket(ticketId);
    expect(transcript.at(-1)).toMatchObject({ internal: true, text: 'checked the round sheet, crew missed the street' });
  });

  it('ignores the bot’s own posts and threads that are not tickets', async () => {
    const { ticketId, ts } = await handOver(desk, 'ignore');
    await claimAs(SAM, ticketId, ts);
    const relayed = desk.web.deliveries.length;
    const own = threadMessageEvent(FAKE_BOT.userId, ts, 'echo of our own post');
    Object.assign(own.event, { bot_id: FAKE_BOT.botId });
    expect((await postEvent(desk.app, own)).status).toBe(200);
    await agentSays(SAM, '1699999999.000100', 'chat about lunch');
    await desk.settle();
    expect(desk.web.deliveries).toHaveLength(relayed);
  });
});

describe('delivery semantics', () => {
  it('processes a retried event (X-Slack-Retry-Num) once', async () => {
    const { ticketId, ts } = await handOver(desk, 'retry');
    await claimAs(SAM, ticketId, ts);

    expect((await agentSays(SAM, ts, 'Only once, please', 'EvRETRY1')).status).toBe(200);
    expect((await agentSays(SAM, ts, 'Only once, please', 'EvRETRY1', { 'X-Slack-Retry-Num': '1', 'X-Slack-Retry-Reason': 'http_timeout' })).status).toBe(200);
    expect(desk.web.textsTo('retry').filter((text) => text === 'Only once, please')).toHaveLength(1);
  });

  it('escapes mention and link injection in citizen text posted to the thread', async () => {
    const { ticketId, ts } = await handOver(desk, 'inject');
    await claimAs(SAM, ticketId, ts);
    await desk.citizen('inject', 'hi <!channel> <!here> <@UBOSS> see <https://evil.example|Council payments> @here');
    const posted = String(desk.threadPosts(ts).at(-1)?.body.text);
    expect(posted).toContain('&lt;!channel&gt; &lt;!here&gt; &lt;@UBOSS&gt;');
    expect(posted).toContain('&lt;https://evil.example|Council payments&gt;');
    expect(posted).not.toMatch(/<[!@#h]/);
    expect(posted).not.toMatch(/@here\b/);
    expect(desk.threadPosts(ts).at(-1)?.body.unfurl_links).toBe('false');
  });

  it('honours a 429 Retry-After: the outbox waits that long, then posts the ticket', async () => {
    desk.slack.failures['chat.postMessage'] = [{ status: 429, headers: { 'Retry-After': '30' }, body: { ok: false, error: 'ratelimited' } }];
    await desk.citizen('throttled', 'I want to speak to a person');
    expect(desk.slack.calls.filter((call) => call.method === 'chat.postMessage').map((call) => call.status)).toEqual([429]);
    const entry = await desk.service.store.collection<OutboxDoc>('outbox').findOne({ 'payload.destination': 'desk', status: 'pending' });
    expect(entry?.lastError).toMatch(/rate limit/i);
    expect(entry!.dueAt.getTime() - desk.now().getTime()).toBeGreaterThanOrEqual(29_000);

    desk.advance(20_000);
    await desk.service.outbox.deliverDue();
    await desk.settle();
    expect(desk.ticketPosts()).toHaveLength(0);

    desk.advance(11_000);
    await desk.service.outbox.deliverDue();
    await desk.settle();
    expect(desk.ticketPosts()).toHaveLength(1);
  });
});

describe('who counts as staff', () => {
  const OUTSIDER = { id: 'UOUTSIDE', name: 'someone.else' };

  it('refuses claims, replies and /queue from anyone who is not a member of the handoff channel', async () => {
    const { ticketId, ts } = await handOver(desk, 'outsider');
    expect((await claimAs(OUTSIDER, ticketId, ts)).status).toBe(200);
    expect(ephemeralsTo(OUTSIDER.id).at(-1)).toMatch(/Only members of the handoff channel/);
    expect((await desk.service.handoff.getTicket(ticketId)).ticket.status).toBe('open');

    const relayed = desk.web.deliveries.length;
    await agentSays(OUTSIDER, ts, 'Please send me your card number');
    expect(desk.web.deliveries).toHaveLength(relayed);

    const queue = await slashCommand(desk.app, OUTSIDER.id);
    expect(queue.body.text).toMatch(/Only members of the handoff channel/);
    expect(queue.body.text).not.toMatch(/waiting/);
  });

  it('knows agents by their Slack user id, so a console agent with the same name is someone else', async () => {
    const { ticketId, ts } = await handOver(desk, 'same-name');
    // "Sam" in the console claims it; Slack's Sam (display name Sam) is a different person.
    await desk.service.handoff.claim(ticketId, { id: 'oidc:sam-in-the-console', name: 'Sam' });
    await desk.settle();
    const relayed = desk.web.deliveries.length;
    await agentSays(SAM, ts, 'I am Sam too');
    expect(desk.web.deliveries).toHaveLength(relayed);
    expect(ephemeralsTo(SAM.id).at(-1)).toMatch(/Sam is looking after this conversation.*not sent to the citizen/);
  });

  it('loses the desk within a minute of being removed from the channel', async () => {
    const { ticketId, ts } = await handOver(desk, 'removed');
    await claimAs(SAM, ticketId, ts);
    // The member list was read in two pages (Slack paginates long channels).
    expect(desk.slack.accepted('conversations.members').map((call) => call.body.cursor ?? null)).toEqual([null, 'page-2']);

    desk.slack.members.splice(desk.slack.members.indexOf('UAGENT2'), 1);
    desk.advance(61_000);
    await agentSays(ALEX, ts, 'note: I can still see this');
    expect(ephemeralsTo(ALEX.id).at(-1)).toMatch(/Only members of the handoff channel/);
    const { transcript } = await desk.service.handoff.getTicket(ticketId);
    expect(transcript.some((line) => line.text.includes('I can still see this'))).toBe(false);
  });
});

describe('queue hygiene', () => {
  it('/queue lists open tickets with their ages', async () => {
    await handOver(desk, 'queue-1');
    desk.advance(7 * 60_000);
    const response = await slashCommand(desk.app, SAM.id);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ response_type: 'ephemeral' });
    expect(response.body.text).toMatch(/1 waiting/);
    expect(response.body.text).toMatch(/7 min: Asked for a person, Web chat, waiting/);
  });

  it('re-announces a ticket past its SLA in the channel', async () => {
    const { ts } = await handOver(desk, 'sla');
    desk.advance(11 * 60_000);
    expect(await desk.service.sla.check()).toBe(1);
    await desk.settle();
    const broadcast = desk.threadPosts(ts).at(-1);
    expect(broadcast?.body).toMatchObject({ reply_broadcast: 'true' });
    expect(String(broadcast?.body.text)).toMatch(/Still waiting after 11 min/);
    expect(blocksText(desk.slack.accepted('chat.update').at(-1)!)).toContain('re-announced 1 time');
    expect(desk.web.textsTo('sla').at(-1)).toMatch(/Sorry for the wait/);
  });
});

describe('the endpoint', () => {
  const challenge = JSON.stringify({ token: 'unused', challenge: 'abc123', type: 'url_verification' });

  it('answers a signed url_verification with its challenge', async () => {
    const response = await postSigned(desk.app, challenge, 'application/json');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ challenge: 'abc123' });
  });

  it('refuses a bad signature and a stale timestamp with 401', async () => {
    expect((await postSigned(desk.app, challenge, 'application/json', { secret: 'wrong-secret' })).status).toBe(401);
    expect((await postSigned(desk.app, challenge, 'application/json', { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 })).status).toBe(401);
  });

  it('leaves the other routes alone', async () => {
    expect((await request(desk.app).get('/healthz')).status).toBe(200);
    // The console is still there beside Slack, and still needs a signed-in member of staff.
    expect((await request(desk.app).post('/api/console/tickets/none/claim').send({ agent: 'Sam' })).status).toBe(401);
  });
});

describe('before Slack has shown the bot token', () => {
  it('answers Slack’s signed URL check with only the signing secret set, and says on /readyz why the desk is not running', async () => {
    const t = await testService({ env: { SLACK_SIGNING_SECRET: SIGNING_SECRET } });
    try {
      const check = await postSigned(t.service.app, JSON.stringify({ type: 'url_verification', challenge: 'c-123', token: 'x' }), 'application/json');
      expect(check.status).toBe(200);
      expect(check.body).toEqual({ challenge: 'c-123' });
      const forged = await postSigned(t.service.app, JSON.stringify({ type: 'url_verification', challenge: 'c-123' }), 'application/json', { secret: 'not-the-secret' });
      expect(forged.status).toBe(401);
      const ready = await request(t.service.app).get('/readyz').expect(503);
      expect(ready.body.checks.slack).toMatch(/URL check until SLACK_BOT_TOKEN/);
    } finally {
      await t.service.stop();
    }
  });
});
