/**
 * The turn pipeline (DESIGN §2): record each inbound message durably and deduped, then run
 * turns one at a time per conversation under a lease, and hand committed replies to the outbox.
 */
import type { InboundMessage, InboundSink, ReceiveOptions } from '../../channels/types';
import type { DecisionRecord, ServiceEventBus } from '../events';
import { newId, nextSeq } from '../ids';
import { KeyedRunner } from '../keyed-runner';
import type { Logger } from '../logging/logger';
import { runWithTurnContext } from '../logging/turn-context';
import type { ConversationDoc, InboundDoc } from '../store/documents';
import { isDuplicateKeyError, WriteConflictError, type Store } from '../store/port';
import { expiresAt } from '../store/retention';
import type { ConversationLeases, Lease } from './conversation-lease';
import type { Committed } from './records';
import type { TurnProcessor } from './turn-processor';
import { TurnScheduler, type TurnSchedulerLimits } from './turn-scheduler';

/** What the pipeline needs. */
export interface TurnPipelineDeps {
  store: Store;
  processor: TurnProcessor;
  leases: ConversationLeases;
  logger: Logger;
  events: ServiceEventBus;
  clock: () => Date;
  /** Called after every commit: the outbox delivers, live views update. */
  onCommitted: (committed: Committed) => void;
  /** Optional counters (Prometheus): inbound messages and committed turns. */
  observe?: PipelineObserver;
  /** Messages still pending after this long are picked up by the sweeper (crash recovery). */
  sweepAfterMs?: number;
  /** How many turns start per event-loop turn, and how many run at once. */
  limits?: TurnSchedulerLimits;
}

/** What the pipeline reports for metrics. */
export interface PipelineObserver {
  inbound(channel: string, duplicate: boolean): void;
  turn(decisions: readonly DecisionRecord[], seconds: number): void;
}

/** Raised when the service is shutting down and takes no new messages. */
export class ServiceClosingError extends Error {
  readonly code = 'SERVICE_CLOSING';
  constructor() {
    super('The service is shutting down; send the message again shortly.');
  }
}

const MAX_BATCH = 50;
/** Measured with `npm run bench`: small batches keep acknowledgements fast under load. */
const DEFAULT_LIMITS: TurnSchedulerLimits = { perTick: 8, inFlight: 64 };
const CONFLICT_RETRIES = 3;

/** The inbound side of the service: the InboundSink every channel hands messages to. */
export class TurnPipeline implements InboundSink {
  private readonly drains: KeyedRunner;
  private readonly scheduler: TurnScheduler;
  private closing = false;
  /** Conversations whose turn waits for a burst to end (SMS), with the timer that will start it. */
  private readonly holds = new Map<string, { timer: NodeJS.Timeout; fire: () => void; fired: Promise<void> }>();

  constructor(private readonly deps: TurnPipelineDeps) {
    this.drains = new KeyedRunner((address, error) => deps.logger.error('turn failed; messages stay pending for the sweeper', { error, address }));
    this.scheduler = new TurnScheduler(deps.limits ?? DEFAULT_LIMITS, (address) => this.drains.run(address, (key) => this.drain(key)));
  }

  /** Records the message (deduped on channel + provider id) and schedules its turn (after `holdMs`, when given). */
  async receive(message: InboundMessage, options: ReceiveOptions = {}): Promise<{ duplicate: boolean }> {
    if (this.closing) throw new ServiceClosingError();
    const { store, clock } = this.deps;
    const now = clock();
    // Taken before any await, so concurrent arrivals keep the order they reached us in.
    const seq = nextSeq(now);
    await this.ensureConversation(message, now);
    const doc: InboundDoc = {
      _id: newId(),
      channel: message.channel,
      providerMessageId: message.providerMessageId,
      address: message.address,
      seq,
      text: message.text,
      choice: message.choice ?? null,
      locale: message.locale ?? null,
      sender: message.sender,
      attachments: message.attachments,
      ...(message.control ? { control: message.control } : {}),
      status: 'pending',
      receivedAt: message.receivedAt,
      turnId: null,
      expiresAt: expiresAt('inbound', now),
    };
    try {
      await store.collection<InboundDoc>('inbound').insertOne(doc);
    } catch (error) {
      if (isDuplicateKeyError(error)) {
        this.deps.observe?.inbound(message.channel, true);
        return { duplicate: true };
      }
      throw error;
    }
    this.deps.observe?.inbound(message.channel, false);
    if (options.holdMs && options.holdMs > 0) this.hold(message.address, options.holdMs);
    else void this.kick(message.address);
    return { duplicate: false };
  }

  /** Starts the conversation's turn `ms` after its latest message: each new message restarts the wait. */
  private hold(address: string, ms: number): void {
    const previous = this.holds.get(address);
    if (previous) clearTimeout(previous.timer);
    let fire = () => {};
    const fired = previous?.fired ?? new Promise<void>((resolve) => (fire = resolve));
    const release = previous?.fire ?? fire;
    const timer = setTimeout(() => {
      this.holds.delete(address);
      void this.kick(address);
      release();
    }, ms);
    this.holds.set(address, { timer, fire: release, fired });
  }

  /** Starts every held turn now (shutdown). */
  private releaseHolds(): void {
    for (const [address, held] of this.holds) {
      clearTimeout(held.timer);
      this.holds.delete(address);
      void this.kick(address);
      held.fire();
    }
  }

  /** Runs turns for the conversation until nothing is pending (queued behind other conversations' turns). */
  kick(address: string): Promise<void> {
    return this.scheduler.schedule(address);
  }

  /** Picks up messages left pending by a failed turn or a crashed instance. */
  async sweep(): Promise<void> {
    const cutoff = new Date(this.deps.clock().getTime() - (this.deps.sweepAfterMs ?? 5_000));
    const stale = await this.deps.store.collection<InboundDoc>('inbound').find({ status: 'pending', receivedAt: { $lt: cutoff } }, { sort: { seq: 1 }, limit: 500 });
    const addresses = new Set(stale.map((doc) => doc.address));
    await Promise.all([...addresses].filter((address) => !this.drains.isRunning(address) && !this.holds.has(address)).map((address) => this.kick(address)));
  }

  /** Stops taking new messages and waits for turns in flight. */
  async close(): Promise<void> {
    this.closing = true;
    this.releaseHolds();
    await this.scheduler.idle();
    await this.drains.idle();
  }

  /** Resolves when no turn is running or held back for a burst in this process. */
  async idle(): Promise<void> {
    while (this.holds.size > 0) await Promise.all([...this.holds.values()].map((held) => held.fired));
    await this.scheduler.idle();
    await this.drains.idle();
  }

  private async ensureConversation(message: InboundMessage, now: Date): Promise<void> {
    const conversations = this.deps.store.collection<ConversationDoc>('conversations');
    if (await conversations.findOne({ address: message.address })) return;
    try {
      await conversations.insertOne({
        _id: newId(),
        address: message.address,
        channel: message.channel,
        ownership: 'bot',
        dialog: null,
        locale: message.locale ?? 'en',
        ticketId: null,
        version: 0,
        leaseOwner: null,
        leaseUntil: null,
        queueNoticeAt: null,
        createdAt: now,
        updatedAt: now,
      });
    } catch (error) {
      // Another message for a new conversation got there first; that conversation is ours too.
      if (!isDuplicateKeyError(error)) throw error;
    }
  }

  private async drain(address: string): Promise<void> {
    const { leases, store } = this.deps;
    const inbound = store.collection<InboundDoc>('inbound');
    for (;;) {
      const lease = await leases.tryAcquire(address);
      if (!lease) return; // Another instance runs this conversation; it re-checks before letting go.
      const stopKeepingAlive = leases.keepAlive(lease);
      try {
        for (;;) {
          const pending = await inbound.find({ address, status: 'pending' }, { sort: { seq: 1 }, limit: MAX_BATCH });
          if (pending.length === 0) break;
          if (!(await this.runTurn(address, pending, lease))) return;
        }
      } finally {
        stopKeepingAlive();
        await leases.release(lease);
      }
      // A message recorded after the last check found the lease taken: run it now.
      if ((await inbound.countDocuments({ address, status: 'pending' })) === 0) return;
    }
  }

  /**
   * One turn over `batch`, retried when a desk action changed the conversation meanwhile.
   * False when the lease was lost: the new holder answers these messages, and nothing of
   * this attempt was committed.
   */
  private async runTurn(address: string, batch: InboundDoc[], lease: Lease): Promise<boolean> {
    const { store, processor, clock, events, leases } = this.deps;
    const turnId = newId();
    const conversations = store.collection<ConversationDoc>('conversations');
    let pending = batch;
    for (let attempt = 1; ; attempt++) {
      const conversation = await conversations.findOne({ address });
      if (!conversation) throw new Error(`No conversation for ${address}`);
      try {
        const started = performance.now();
        const output = await runWithTurnContext({ turnId, conversationId: conversation._id }, async () => {
          const result = await processor.process(conversation, pending, { id: turnId, now: clock(), lease });
          this.deps.logger.info('turn committed', {
            conversationId: conversation._id,
            messages: pending.length,
            rules: result.decisions.map((decision) => decision.rule),
            outbox: result.committed.outboxCount,
            ms: Math.round(performance.now() - started),
          });
          return result;
        });
        this.deps.observe?.turn(output.decisions, (performance.now() - started) / 1000);
        for (const decision of output.decisions) events.emit('decision', decision);
        this.deps.onCommitted(output.committed);
        return true;
      } catch (error) {
        if (!(error instanceof WriteConflictError)) throw error;
        // The lease lapsed (a stalled process) and another instance took the conversation over.
        if (!(await leases.renew(lease))) {
          this.deps.logger.warn('turn abandoned: the conversation lease was lost; its new holder answers these messages', { address, turnId });
          return false;
        }
        // A desk action changed the conversation between our read and our commit: read again.
        if (attempt >= CONFLICT_RETRIES) throw error;
        pending = await store.collection<InboundDoc>('inbound').find({ _id: { $in: pending.map((inbound) => inbound._id) }, status: 'pending' }, { sort: { seq: 1 } });
        if (pending.length === 0) return true;
      }
    }
  }
}
