/**
 * Exactly-once across processes, on every store engine reachable here (the embedded store
 * always; MongoDB, a replica set, when MONGODB_URI is set): two
 * service instances share one store, and a turn cut short part-way through its commit is
 * finished by another instance without a reply lost or sent twice.
 */
import type { ConversationDoc, InboundDoc, MessageDoc } from '../../bots/store/documents';
import type { DialogEngine } from '../../bots/pipeline/engine-port';
import type { Store, WriteOp } from '../../bots/store/port';
import { echoEngine, seenTexts } from '../support/echo-engine';
import { testService, webMessage, type TestService } from '../support/test-service';
import { availableEngines, reportEngines } from '../store/engines';

const engines = availableEngines();
reportEngines('Exactly-once pipeline tests', engines);

/** The store as another process sees it: closing one instance must not close the shared database. */
function shared(store: Store): Store {
  return { ...store, close: async () => undefined };
}

/** A store whose commits apply only the first `landed` ops and then fail, as if the process died there. */
function crashingAfter(store: Store, landed: number): Store {
  return {
    ...shared(store),
    async writeAtomically(ops: readonly WriteOp[]) {
      await store.writeAtomically(ops.slice(0, landed));
      throw new Error('simulated crash part-way through a commit');
    },
  };
}

/** An echo engine whose first turn waits until released, as a process stalled mid-turn (a long model call, a pause). */
function stallingEngine() {
  const base = echoEngine();
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let entered: () => void = () => undefined;
  const stalled = new Promise<void>((resolve) => (entered = resolve));
  let first = true;
  const engine: DialogEngine = {
    ...base,
    async turn(state, input) {
      if (first) {
        first = false;
        entered();
        await gate;
      }
      return base.turn(state, input);
    },
  };
  return { engine, stalled, release };
}

describe.each(engines)('exactly once on $name', ({ make }) => {
  let store: Store;
  let instances: TestService[] = [];
  beforeEach(async () => {
    store = await make();
    instances = [];
  });
  afterEach(async () => {
    for (const t of instances) await t.service.stop();
    await store.close();
  });

  async function instance(over: Store = shared(store), engine: DialogEngine = echoEngine()): Promise<TestService> {
    const t = await testService({ engine, store: over });
    // Every instance's replies land in the first one's record, so the test sees them all in one place.
    if (instances[0]) t.web.send = instances[0].web.send;
    instances.push(t);
    return t;
  }
  // A message that lands just as another instance lets the lease go is left for the sweeper
  // (by design); sweeping here stands in for its timer.
  const settleAll = async () => {
    for (let i = 0; i < 3; i++) {
      for (const t of instances) {
        await t.service.pipeline.sweep();
        await t.settle();
      }
    }
  };
  const longAgo = () => new Date(Date.now() - 60_000);

  it('two instances sharing the store keep each conversation in order and reply exactly once', async () => {
    const [a, b] = [await instance(), await instance()];
    const sessions = ['one', 'two', 'three', 'four'].map((name) => `pair-${name}`);
    for (let round = 1; round <= 5; round++) {
      // Each round sends one message per conversation at once, alternating which instance takes it.
      await Promise.all(sessions.map((session, i) => ((round + i) % 2 ? a : b).service.pipeline.receive(webMessage(session, `${session} ${round}`, { receivedAt: longAgo() }))));
    }
    await settleAll();

    for (const session of sessions) {
      const texts = [1, 2, 3, 4, 5].map((round) => `${session} ${round}`);
      expect(a.web.textsTo(session)).toEqual(texts.map((text) => `echo: ${text}`));
      const conversation = await store.collection<ConversationDoc>('conversations').findOne({ address: `web:${session}` });
      expect(seenTexts(conversation?.dialog ?? null)).toEqual(texts);
    }
    expect(await store.collection<InboundDoc>('inbound').countDocuments({ status: 'pending' })).toBe(0);
    expect(b.web.deliveries).toHaveLength(0);
  });

  // A commit lands all or nothing: a process dies before it or after it.
  it.each([0, 6])('a turn whose process dies after %i ops of its commit is finished by another instance, replying once', async (landed) => {
    const session = `cut-${landed}`;
    const crashed = await instance(crashingAfter(store, landed));
    await crashed.service.pipeline.receive(webMessage(session, 'hello', { receivedAt: longAgo() }));
    await crashed.service.pipeline.idle();

    const survivor = await instance();
    await survivor.service.pipeline.sweep();
    await settleAll();
    await survivor.service.outbox.deliverDue();
    await settleAll();

    expect(crashed.web.textsTo(session)).toEqual(['echo: hello']);
    const conversation = await store.collection<ConversationDoc>('conversations').findOne({ address: `web:${session}` });
    expect(seenTexts(conversation?.dialog ?? null)).toEqual(['hello']);
    const lines = await store.collection<MessageDoc>('messages').find({ address: `web:${session}` }, { sort: { seq: 1 } });
    expect(lines.map((line) => line.text)).toEqual(['hello', 'echo: hello']);
    expect(await store.collection<InboundDoc>('inbound').countDocuments({ address: `web:${session}`, status: 'pending' })).toBe(0);
    expect(await store.collection('audit').countDocuments({ conversationId: conversation?._id, kind: 'decision' })).toBe(1);
  });

  it('a turn that outlives its lease commits nothing: the instance that took over answers once', async () => {
    const session = 'stalled';
    const stalling = stallingEngine();
    const slow = await instance(shared(store), stalling.engine);
    const turn = slow.service.pipeline.receive(webMessage(session, 'hello', { receivedAt: longAgo() }));
    await stalling.stalled;
    // The stalled process misses its renewals and the lease lapses.
    await store.collection<ConversationDoc>('conversations').updateOne({ address: `web:${session}` }, { $set: { leaseUntil: longAgo() } });

    const survivor = await instance();
    await survivor.service.pipeline.sweep();
    await survivor.settle();
    stalling.release();
    await turn;
    await settleAll();

    expect(slow.web.textsTo(session)).toEqual(['echo: hello']);
    const conversation = await store.collection<ConversationDoc>('conversations').findOne({ address: `web:${session}` });
    expect(seenTexts(conversation?.dialog ?? null)).toEqual(['hello']);
    const lines = await store.collection<MessageDoc>('messages').find({ address: `web:${session}` }, { sort: { seq: 1 } });
    expect(lines.map((line) => line.text)).toEqual(['hello', 'echo: hello']);
    expect(await store.collection('audit').countDocuments({ conversationId: conversation?._id, kind: 'decision' })).toBe(1);
    // The stalled instance gives up knowingly, not through an error on a clashing write.
    expect(slow.logger.lines.filter((line) => line.level === 'error')).toEqual([]);
    expect(slow.logger.lines.map((line) => line.message)).toContain('turn abandoned: the conversation lease was lost; its new holder answers these messages');
  });
});
