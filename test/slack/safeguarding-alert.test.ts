/**
 * Safeguarding alerts in the Slack desk: a crisis text sent while a ticket waits or an agent
 * talks reaches Slack as an unmissable thread reply (broadcast, with a ping) and an urgent
 * ticket message naming the kind of risk. Real Bolt, real Web API client, a local fake Slack.
 */
import { signpostingWithTeam } from '../../config/content/signposting';
import { TICKET_ACTIONS } from '../../channels/slack/ticket-blocks';
import { handOver, startDeskHarness, type DeskHarness } from './desk-harness';
import { FAKE_CHANNEL_ID } from './fake-slack';
import { clickButton } from './slack-requests';

const SAM = { id: 'UAGENT1', name: 'sam.jones' };

let desk: DeskHarness;

beforeEach(async () => {
  desk = await startDeskHarness();
});
afterEach(async () => {
  await desk.close();
});


const texts = (calls: { body: Record<string, unknown> }[]) => calls.map((call) => String(call.body.text));
const blocksText = (call: { body: Record<string, unknown> } | undefined) => JSON.stringify(call?.body.blocks);

describe('a crisis text while the ticket waits in the queue', () => {
  it('broadcasts an alert that pings the channel, marks the ticket urgent with the kind, and still posts the message', async () => {
    const { ts } = await handOver(desk, 'slack-queued');
    const before = desk.threadPosts(ts).length;

    await desk.citizen('slack-queued', 'I want to kill myself');

    const posts = desk.threadPosts(ts).slice(before);
    expect(texts(posts)).toEqual([expect.stringContaining('Safeguarding alert: Suicide risk'), '*Citizen:* I want to kill myself']);
    expect(posts[0]?.body).toMatchObject({ channel: FAKE_CHANNEL_ID, reply_broadcast: 'true' });
    expect(String(posts[0]?.body.text)).toMatch(/^<!here> /);
    expect(String(posts[0]?.body.text)).toContain('the bot sent them where to get help now');
    expect(String(posts[0]?.body.text)).toContain('Please claim this conversation now.');

    const update = desk.slack.accepted('chat.update').at(-1);
    expect(update?.body).toMatchObject({ channel: FAKE_CHANNEL_ID, ts });
    expect(String(update?.body.text)).toMatch(/^URGENT: Crisis signal: urgent \(Suicide risk\)/);
    expect(blocksText(update)).toContain('First: Asked for a person');
    expect(blocksText(update)).toContain('Safeguarding at');
    expect(blocksText(update)).toContain(TICKET_ACTIONS.claim);

    expect(desk.web.textsTo('slack-queued').at(-1)).toBe(signpostingWithTeam.suicide.en);
  });

  it('alerts without a ping for an unclear signal, and says nothing to the citizen', async () => {
    const { ts } = await handOver(desk, 'slack-unclear');
    const before = desk.threadPosts(ts).length;
    const toCitizen = desk.web.textsTo('slack-unclear').length;

    await desk.citizen('slack-unclear', 'I feel hopeless');

    const [alert] = desk.threadPosts(ts).slice(before);
    expect(String(alert?.body.text)).toMatch(/^:warning: \*The citizen may be at risk \(suicide risk\): please check\.\*/);
    expect(String(alert?.body.text)).not.toContain('<!here>');
    // Nobody has claimed it, so the channel must see it.
    expect(alert?.body.reply_broadcast).toBe('true');
    expect(String(desk.slack.accepted('chat.update').at(-1)?.body.text)).toMatch(/^URGENT: Asked for a person/);
    expect(desk.web.textsTo('slack-unclear')).toHaveLength(toCitizen);
  });
});

describe('a crisis text while an agent owns the conversation', () => {
  it('pings the claiming agent in the thread each time, and signposts the citizen once in 10 minutes', async () => {
    const { ticketId, ts } = await handOver(desk, 'slack-claimed');
    expect((await clickButton(desk.app, SAM, TICKET_ACTIONS.claim, ticketId, ts)).status).toBe(200);
    await desk.settle();
    const before = desk.threadPosts(ts).length;
    const toCitizen = desk.web.textsTo('slack-claimed').length;

    await desk.citizen('slack-claimed', 'I want to kill myself');
    desk.advance(5 * 60_000);
    await desk.citizen('slack-claimed', 'I still want to kill myself');

    const alerts = desk.threadPosts(ts).slice(before).filter((call) => String(call.body.text).includes('Safeguarding alert'));
    expect(alerts).toHaveLength(2);
    expect(texts(alerts).every((text) => text.startsWith('<@UAGENT1> '))).toBe(true);
    expect(texts(alerts)[0]).toContain('the bot sent them where to get help now');
    expect(texts(alerts)[1]).toContain('in the last 10 minutes, so it did not repeat it');
    expect(texts(alerts)[0]).toContain('Please reply to them now.');
    expect(texts(desk.threadPosts(ts))).toEqual(expect.arrayContaining(['*Citizen:* I want to kill myself', '*Citizen:* I still want to kill myself']));
    expect(desk.web.textsTo('slack-claimed').slice(toCitizen)).toEqual([signpostingWithTeam.suicide.en]);
    expect((await desk.service.handoff.getTicket(ticketId)).ticket).toMatchObject({ status: 'claimed', claimedBy: 'Sam', priority: 'urgent', riskKind: 'suicide' });
    expect(blocksText(desk.slack.accepted('chat.update').at(-1))).toContain('Claimed by *Sam*');
  });
});
