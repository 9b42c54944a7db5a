/**
 * A delivery worker whose send outlives its claim (a stalled process, a slow provider) must
 * not undo the worker that took the entry over: its late "failed, retry" or "sent" lands only
 * while its own claim stands, so a message is never sent a third time. On every store engine.
 */
import { ChannelSendError, type Address, type ChannelAdapter, type OutboundMessage } from '../../channels/types';
import { OutboxWorker } from '../../bots/outbox/outbox-worker';
import { createMemoryLogger } from '../../bots/logging/memory-logger';
import { outboxEntry } from '../../bots/pipeline/records';
import type { ConversationDoc, OutboxDoc } from '../../bots/store/documents';
import type { Store } from '../../bots/store/port';
import { recordingDesk } from '../support/recording-ports';
import { availableEngines, reportEngines } from '../store/engines';

const engines = availableEngines();
reportEngines('Outbox late-worker tests', engines);

const CLAIM_MS = 30_000;

/** A web channel whose first send waits until the test lets it finish, with success or a failure. */
function stallingChannel(name: string) {
  const sent: string[] = [];
  let finishFirst: (outcome: 'sent' | 'failed') => void = () => undefined;
  const firstFinished = new Promise<'sent' | 'failed'>((resolve) => (finishFirst = resolve));
  let calls = 0;
  const channel: ChannelAdapter = {
    channel: 'web',
    async send(_address: Address, message: OutboundMessage) {
      calls += 1;
      if (calls === 1 && (await firstFinished) === 'failed') throw new ChannelSendError('provider timed out', true);
      sent.push(message.text);
      return { providerMessageId: `${name}-${calls}` };
    },
  };
  return { channel, sent, finishFirst, calls: () => calls };
}

describe.each(engines)('outbox on $name: a worker that finishes after losing its claim', ({ make }) => {
  let store: Store;
  let offsetMs = 0;
  const clock = () => new Date(Date.UTC(2026, 11, 4, 12) + offsetMs);
  beforeEach(async () => {
    store = await make();
    offsetMs = 0;
    const conversation = { _id: 'conv-1', address: 'web:late' } as ConversationDoc;
    const entry = outboxEntry({ conversation, turnId: null, now: clock() }, { destination: 'citizen', address: 'web:late', message: { text: 'Your bin is collected on Tuesday.' } }, 'key-1', 'entry-1');
    await store.collection<OutboxDoc>('outbox').insertOne(entry);
  });
  afterEach(async () => {
    await store.close();
  });

  const worker = (channel: ChannelAdapter) =>
    new OutboxWorker({ store, channels: { web: channel }, desk: recordingDesk(), logger: createMemoryLogger(), clock, retry: { baseDelayMs: 1_000, maxDelayMs: 10_000, maxAttempts: 5 }, claimMs: CLAIM_MS });
  const entry = async () => store.collection<OutboxDoc>('outbox').findOne({ _id: 'entry-1' });

  /** Worker A claims and stalls; its claim lapses; worker B takes over and sends. */
  async function takeover() {
    const a = stallingChannel('worker-a');
    const first = worker(a.channel).kick('conv-1');
    await waitFor(() => a.calls() === 1);
    offsetMs += CLAIM_MS + 1_000;
    const b = stallingChannel('worker-b');
    b.finishFirst('sent');
    await worker(b.channel).deliverDue();
    expect(await entry()).toMatchObject({ status: 'sent', attempts: 2, providerMessageId: 'worker-b-1' });
    return { a, b, first };
  }

  it("a late failure does not put the other worker's sent entry back in the queue", async () => {
    const { a, b, first } = await takeover();
    a.finishFirst('failed');
    await first;
    expect(await entry()).toMatchObject({ status: 'sent', attempts: 2 });

    offsetMs += 60_000;
    const c = stallingChannel('worker-c');
    c.finishFirst('sent');
    await worker(c.channel).deliverDue();
    expect([...a.sent, ...b.sent, ...c.sent]).toEqual(['Your bin is collected on Tuesday.']);
    expect(await store.collection('audit').countDocuments({ kind: { $in: ['delivery-retry', 'delivery-failed'] } })).toBe(0);
  });

  it('a late success does not overwrite the record of the worker that took over', async () => {
    const { a, first } = await takeover();
    a.finishFirst('sent');
    await first;
    expect(await entry()).toMatchObject({ status: 'sent', attempts: 2, providerMessageId: 'worker-b-1' });
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  if (!condition()) throw new Error('condition not reached');
}
