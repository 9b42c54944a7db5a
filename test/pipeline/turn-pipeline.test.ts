/**
 * The turn pipeline's promises: at-least-once in, exactly-once effect; one turn at a time per
 * conversation in arrival order; nothing lost or sent twice across a crash; the bot silent
 * while a person owns the conversation.
 */
import { ConversationLeases } from '../../bots/pipeline/conversation-lease';
import type { ConversationDoc, InboundDoc, MessageDoc, OutboxDoc } from '../../bots/store/documents';
import { createEmbeddedStore } from '../../bots/store/embedded-store';
import { echoEngine, seenTexts } from '../support/echo-engine';
import { testService, webMessage, type TestService } from '../support/test-service';
import { staff } from '../support/staff';

let running: TestService[] = [];
afterEach(async () => {
  for (const t of running) await t.service.stop();
  running = [];
});

async function start(options: Parameters<typeof testService>[0] = {}): Promise<TestService> {
  const t = await testService(options);
  running.push(t);
  return t;
}

async function conversation(t: TestService, session: string): Promise<ConversationDoc | null> {
  return t.service.store.collection<ConversationDoc>('conversations').findOne({ address: `web:${session}` });
}

describe('turn pipeline', () => {
  it('runs one turn and sends one reply when the same provider message arrives 5 times at once', async () => {
    const engine = echoEngine();
    const t = await start({ engine });
    const message = webMessage('dupe-session', 'hello');

    const results = await Promise.all(Array.from({ length: 5 }, () => t.service.pipeline.receive({ ...message })));
    await t.settle();

    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(engine.calls).toEqual(['hello']);
    expect(t.web.textsTo('dupe-session')).toEqual(['echo: hello']);
    const transcript = await t.service.store.collection<MessageDoc>('messages').find({ address: 'web:dupe-session', direction: 'in' });
    expect(transcript).toHaveLength(1);
  });

  it('processes 10 messages sent at once to one conversation in arrival order, keeping every state change', async () => {
    const engine = echoEngine({ delayMs: 2 });
    const t = await start({ engine });
    const texts = Array.from({ length: 10 }, (_, i) => `message ${i + 1}`);

    await Promise.all(texts.map((text) => t.service.pipeline.receive(webMessage('order-session', text))));
    await t.settle();

    expect(engine.calls).toEqual(texts);
    expect(seenTexts((await conversation(t, 'order-session'))?.dialog ?? null)).toEqual(texts);
    expect(t.web.textsTo('order-session')).toEqual(texts.map((text) => `echo: ${text}`));
    const pending = await t.service.store.collection<InboundDoc>('inbound').countDocuments({ status: 'pending' });
    expect(pending).toBe(0);
  });

  it('keeps conversations independent: a slow one does not hold up another', async () => {
    const t = await start({ engine: echoEngine({ delayMs: 5 }) });
    await Promise.all([
      t.service.pipeline.receive(webMessage('alice-session', 'one')),
      t.service.pipeline.receive(webMessage('bobby-session', 'two')),
      t.service.pipeline.receive(webMessage('alice-session', 'three')),
    ]);
    await t.settle();
    expect(t.web.textsTo('alice-session')).toEqual(['echo: one', 'echo: three']);
    expect(t.web.textsTo('bobby-session')).toEqual(['echo: two']);
  });

  it('delivers a committed reply exactly once when a new worker starts after a crash before sending', async () => {
    const store = createEmbeddedStore();
    const crashed = await testService({ engine: echoEngine(), store, deliverAfterCommit: false });
    await crashed.service.pipeline.receive(webMessage('crash-session', 'are you there'));
    await crashed.service.pipeline.idle();
    expect(crashed.web.deliveries).toHaveLength(0);
    const committed = await store.collection<OutboxDoc>('outbox').find({});
    expect(committed.map((entry) => entry.status)).toEqual(['pending']);

    // The "restarted" instance shares the store, as a second process shares MongoDB.
    const restarted = await start({ engine: echoEngine(), store });
    await restarted.service.outbox.deliverDue();
    await restarted.service.outbox.deliverDue();
    await restarted.settle();

    expect(restarted.web.textsTo('crash-session')).toEqual(['echo: are you there']);
    expect((await store.collection<OutboxDoc>('outbox').find({})).map((entry) => entry.status)).toEqual(['sent']);
  });

  it('retries a delivery whose worker died mid-send once its claim lapses, and only once', async () => {
    let now = new Date('2026-11-26T10:00:00Z');
    const clock = () => now;
    const store = createEmbeddedStore({ clock });
    const first = await testService({ engine: echoEngine(), store, clock });
    // The first worker's send never returns, as if the process died inside it.
    first.web.send = () => new Promise(() => undefined);
    await first.service.pipeline.receive(webMessage('hang-session', 'hello'));
    await first.service.pipeline.idle();
    expect((await store.collection<OutboxDoc>('outbox').find({}))[0]?.status).toBe('sending');

    const second = await start({ engine: echoEngine(), store, clock });
    await second.service.outbox.deliverDue();
    expect(second.web.deliveries).toHaveLength(0); // The claim is still live: no double send.

    now = new Date(now.getTime() + 60_000);
    await second.service.outbox.deliverDue();
    await second.service.outbox.deliverDue();
    expect(second.web.textsTo('hang-session')).toEqual(['echo: hello']);
  });

  it('retries a failed delivery with backoff and records each retry in the audit trail', async () => {
    let now = new Date('2026-11-26T10:00:00Z');
    const clock = () => now;
    const t = await start({ engine: echoEngine(), clock });
    t.web.failures.push({ retryable: true }, { retryable: true, retryAfterMs: 5_000 });
    await t.service.pipeline.receive(webMessage('retry-session', 'hi'));
    await t.settle();
    expect(t.web.deliveries).toHaveLength(0);

    now = new Date(now.getTime() + 2_000);
    await t.service.outbox.deliverDue();
    expect(t.web.deliveries).toHaveLength(0); // Second failure asked for 5 s.
    now = new Date(now.getTime() + 6_000);
    await t.service.outbox.deliverDue();
    expect(t.web.textsTo('retry-session')).toEqual(['echo: hi']);
    const retries = await t.service.store.collection('audit').find({ kind: 'delivery-retry' });
    expect(retries).toHaveLength(2);
  });

  it('leaves messages pending while another instance holds the lease, then runs them when it is free', async () => {
    const engine = echoEngine();
    const t = await start({ engine });
    await t.service.pipeline.receive(webMessage('lease-session', 'first'));
    await t.settle();
    const otherInstance = new ConversationLeases(t.service.store, 30_000, () => new Date());
    const lease = await otherInstance.tryAcquire('web:lease-session');
    expect(lease).not.toBeNull();

    await t.service.pipeline.receive(webMessage('lease-session', 'second', { receivedAt: new Date(Date.now() - 10_000) }));
    await t.settle();
    expect(engine.calls).toEqual(['first']);

    await otherInstance.release(lease!);
    await t.service.pipeline.sweep();
    await t.settle();
    expect(engine.calls).toEqual(['first', 'second']);
  });

  it('logs each committed turn with its turn id and without the citizen’s words', async () => {
    const t = await start({ engine: echoEngine() });
    await t.service.pipeline.receive(webMessage('log-session', 'my number is 07700 900123'));
    await t.settle();
    const committed = t.logger.lines.find((line) => line.message === 'turn committed');
    expect(committed?.meta.turnId).toEqual(expect.stringMatching(/^[0-9a-f-]{36}$/));
    expect(JSON.stringify(t.logger.lines)).not.toContain('07700 900123');
  });

  it('keeps the bot silent while an agent owns the conversation, and relays the citizen to the desk', async () => {
    const engine = echoEngine();
    const t = await start({ engine });
    await t.service.pipeline.receive(webMessage('agent-session', 'person'));
    await t.settle();
    const [ticket] = await t.service.handoff.listTickets();
    await t.service.handoff.claim(ticket!.id, staff('Sam'));
    await t.settle();
    const before = t.web.deliveries.length;

    await t.service.pipeline.receive(webMessage('agent-session', 'is anyone there?'));
    await t.settle();

    expect(engine.calls).toEqual(['person']);
    expect(t.web.deliveries).toHaveLength(before);
    const relayed = t.desk.events.filter((e) => e.kind === 'citizen-message');
    expect(relayed.map((e) => (e.kind === 'citizen-message' ? e.entry.text : ''))).toEqual(['is anyone there?']);
  });
});
