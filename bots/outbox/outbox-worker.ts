/**
 * Delivers committed outbox entries: citizen messages through their channel's adapter, desk
 * events through the desk. In order per conversation, retried with backoff, every retry and
 * failure audited. A crash between commit and send leaves the entry pending (or its claim
 * lapses), so the next worker delivers it.
 */
import { decodeAddress, ChannelSendError, ChannelSuppressedError, type ChannelAdapter, type ChannelName, type SendReceipt } from '../../channels/types';
import type { DeskPort } from '../../channels/desk-types';
import { KeyedRunner } from '../keyed-runner';
import type { Logger } from '../logging/logger';
import { auditEvent } from '../pipeline/records';
import type { ConversationDoc, OutboxDoc } from '../store/documents';
import { WriteConflictError, type Filter, type Store } from '../store/port';
import { retryDelayMs, type BackoffSettings } from './backoff';
import { isAmbiguousFailure, sentIdsNear } from './reconcile';

/** What the outbox reports for metrics. */
export interface OutboxObserver {
  delivered(destination: string, lagSeconds: number): void;
  failed(destination: string, code: string, willRetry: boolean): void;
}

/** What the worker needs. */
export interface OutboxWorkerDeps {
  /** Optional counters (Prometheus): deliveries, provider errors, delivery lag. */
  observe?: OutboxObserver;
  store: Store;
  channels: Partial<Record<ChannelName, ChannelAdapter>>;
  desk: DeskPort;
  logger: Logger;
  clock: () => Date;
  retry: BackoffSettings & { maxAttempts: number };
  /** How long a claimed entry stays claimed before another worker may retry it. */
  claimMs?: number;
  /** How often due retries and lapsed claims are looked for. */
  pollIntervalMs?: number;
}

/** Delivers the outbox. */
export class OutboxWorker {
  private readonly runs: KeyedRunner;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly deps: OutboxWorkerDeps) {
    this.runs = new KeyedRunner((conversationId, error) => deps.logger.error('outbox delivery pass failed; it will be retried', { error, conversationId }));
  }

  /** Starts polling for due retries and entries a crashed worker left behind. */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.deliverDue().catch((error) => this.deps.logger.error('outbox poll failed', { error })), this.deps.pollIntervalMs ?? 1_000);
    this.timer.unref();
  }

  /** Stops polling and waits for deliveries in flight. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.runs.idle();
  }

  /** Delivers what is due for one conversation now (called after each commit). */
  kick(conversationId: string): Promise<void> {
    return this.runs.run(conversationId, (id) => this.deliverConversation(id));
  }

  /** Finds every conversation with something due and delivers it. */
  async deliverDue(): Promise<void> {
    const now = this.deps.clock();
    const due = await this.deps.store.collection<OutboxDoc>('outbox').find(
      { $or: [{ status: 'pending', dueAt: { $lte: now } }, { status: 'sending', claimedUntil: { $lt: now } }] },
      { sort: { seq: 1 }, limit: 500 },
    );
    await Promise.all([...new Set(due.map((entry) => entry.conversationId))].map((id) => this.kick(id)));
  }

  /** Resolves when no delivery is running in this process. */
  idle(): Promise<void> {
    return this.runs.idle();
  }

  private async deliverConversation(conversationId: string): Promise<void> {
    const outbox = this.deps.store.collection<OutboxDoc>('outbox');
    for (;;) {
      const now = this.deps.clock();
      // The oldest undelivered entry blocks later ones, so replies arrive in order.
      const next = await outbox.findOne({ conversationId, status: { $in: ['pending', 'sending'] } }, { sort: { seq: 1 } });
      if (!next) return;
      if (next.status === 'pending' && next.dueAt > now) return;
      if (next.status === 'sending' && next.claimedUntil && next.claimedUntil >= now) return;
      const claimMs = this.deps.claimMs ?? 30_000;
      // A lapsed claim means a worker died mid-send: its message may be with the provider already.
      const lapsedSince = next.status === 'sending' ? (next.attemptStartedAt ?? new Date((next.claimedUntil ?? now).getTime() - claimMs)) : null;
      const reconcileSince = next.reconcileSince ?? lapsedSince;
      const claimed = await outbox.findOneAndUpdate(
        { _id: next._id, status: next.status, attempts: next.attempts },
        { $set: { status: 'sending', claimedUntil: new Date(now.getTime() + claimMs), attemptStartedAt: now, ...(reconcileSince ? { reconcileSince } : {}) }, $inc: { attempts: 1 } },
        { returnDocument: 'after' },
      );
      if (!claimed) return; // Another worker took it.
      await this.deliver(claimed);
    }
  }

  private async deliver(entry: OutboxDoc): Promise<void> {
    const outbox = this.deps.store.collection<OutboxDoc>('outbox');
    try {
      const receipt = (await this.reconcile(entry)) ?? (await this.send(entry));
      const providerMessageId = receipt.providerMessageId ?? null;
      const providerMessageIds = receipt.providerMessageIds ?? (providerMessageId ? [providerMessageId] : []);
      const marked = await outbox.updateOne(claimOf(entry), { $set: { status: 'sent', sentAt: this.deps.clock(), claimedUntil: null, providerMessageId, providerMessageIds } });
      if (marked.matchedCount === 0) {
        // Our claim lapsed mid-send and another worker took the entry: it reconciles with the provider before sending.
        this.deps.logger.warn('delivered after the claim lapsed; the worker that took over decides what else to send', { outboxId: entry._id, attempt: entry.attempts });
        return;
      }
      this.deps.observe?.delivered(entry.payload.destination, (this.deps.clock().getTime() - entry.createdAt.getTime()) / 1000);
      this.deps.logger.debug('delivered', { outboxId: entry._id, destination: entry.payload.destination, attempt: entry.attempts });
    } catch (error) {
      await this.recordFailure(entry, error);
    }
  }

  /**
   * After an uncertain attempt, asks the provider whether the message arrived; returns its
   * receipt when it did (nothing is sent again), null when it must be sent. Audited either way.
   */
  private async reconcile(entry: OutboxDoc): Promise<SendReceipt | null> {
    const { payload } = entry;
    if (!entry.reconcileSince || payload.destination !== 'citizen') return null;
    const address = decodeAddress(payload.address);
    const channel = this.deps.channels[address.channel];
    if (!channel?.findSent) return null;
    const exclude = await sentIdsNear(this.deps.store, entry, entry.reconcileSince);
    const result = await channel.findSent(address, payload.message, entry.idempotencyKey, { since: entry.reconcileSince, exclude });
    const now = this.deps.clock();
    const conversation = (await this.deps.store.collection<ConversationDoc>('conversations').findOne({ _id: entry.conversationId })) ?? ({ _id: entry.conversationId } as ConversationDoc);
    await this.deps.store.collection('audit').insertOne(
      auditEvent({ conversation, turnId: null, now }, 'delivery-reconciled', {
        outboxId: entry._id,
        attempt: entry.attempts,
        since: entry.reconcileSince,
        found: result.found,
        outcome: result.receipt ? 'already-sent' : result.found > 0 ? 'rest-to-send' : 'not-found-sending',
      }),
    );
    this.deps.logger.info(result.receipt ? 'uncertain send had reached the provider; not sent again' : 'uncertain send not found at the provider; sending', { outboxId: entry._id, attempt: entry.attempts });
    return result.receipt;
  }

  private async send(entry: OutboxDoc): Promise<SendReceipt> {
    const { payload } = entry;
    if (payload.destination === 'desk') {
      await this.deps.desk.deliver(payload.event);
      return {};
    }
    const address = decodeAddress(payload.address);
    const adapter = this.deps.channels[address.channel];
    if (!adapter) throw new ChannelSendError(`The ${address.channel} channel is not configured on this instance.`, false);
    return adapter.send(address, payload.message, entry.idempotencyKey);
  }

  private async recordFailure(entry: OutboxDoc, error: unknown): Promise<void> {
    const { store, clock, retry, logger } = this.deps;
    const now = clock();
    const retryable = error instanceof ChannelSendError ? error.retryable : true;
    const retryAfterMs = error instanceof ChannelSendError ? error.retryAfterMs : undefined;
    const reason = error instanceof Error ? error.message : String(error);
    const code = errorCode(error);
    // The message may have reached the provider: the next attempt looks there first (from the earliest such attempt).
    const reconcileSince = isAmbiguousFailure(error) ? (entry.reconcileSince ?? entry.attemptStartedAt ?? now) : (entry.reconcileSince ?? null);
    // The person opted out (SMS STOP): not a failure, and never retried.
    const suppressed = error instanceof ChannelSuppressedError;
    const giveUp = !retryable || entry.attempts >= retry.maxAttempts;
    const delay = retryDelayMs(entry.attempts, retry, retryAfterMs);
    if (!suppressed) this.deps.observe?.failed(entry.payload.destination, code, !giveUp);
    const conversation = (await store.collection<ConversationDoc>('conversations').findOne({ _id: entry.conversationId })) ?? ({ _id: entry.conversationId } as ConversationDoc);
    const audit = auditEvent({ conversation, turnId: null, now }, giveUp ? 'delivery-failed' : 'delivery-retry', {
      outboxId: entry._id,
      destination: entry.payload.destination,
      attempt: entry.attempts,
      retryable,
      reason,
      code,
      ...(reconcileSince ? { ambiguous: isAmbiguousFailure(error) } : {}),
      ...(suppressed ? { suppressed } : {}),
      ...(giveUp ? {} : { retryInMs: delay }),
    });
    const update = giveUp
      ? { $set: { status: suppressed ? 'suppressed' : 'failed', claimedUntil: null, lastError: reason } }
      : { $set: { status: 'pending', claimedUntil: null, lastError: reason, dueAt: new Date(now.getTime() + delay), reconcileSince } };
    try {
      // Only while this worker's claim stands: a late outcome must not undo another worker's send.
      await store.writeAtomically([
        { collection: 'outbox', kind: 'updateOne', filter: claimOf(entry), update, mustMatch: true },
        { collection: 'audit', kind: 'insertOne', doc: audit },
      ]);
    } catch (lateError) {
      if (!(lateError instanceof WriteConflictError)) throw lateError;
      logger.warn('a failed attempt finished after its claim lapsed; left to the worker that took over', { outboxId: entry._id, attempt: entry.attempts });
      return;
    }
    logger.warn(suppressed ? 'delivery suppressed: the person opted out' : giveUp ? 'delivery failed for good' : 'delivery failed; will retry', { outboxId: entry._id, attempt: entry.attempts, reason });
  }
}

/** The filter that matches an entry only while this worker's claim on it stands (status and attempt number). */
function claimOf(entry: OutboxDoc): Filter {
  return { _id: entry._id, status: 'sending', attempts: entry.attempts };
}

/** A short, bounded label for an error: the provider's status or code, never a message. */
function errorCode(error: unknown): string {
  const raw = (error as { status?: unknown; code?: unknown; cause?: { status?: unknown; code?: unknown } } | null) ?? {};
  const code = raw.cause?.status ?? raw.cause?.code ?? raw.status ?? raw.code;
  return typeof code === 'number' || (typeof code === 'string' && /^[\w-]{1,32}$/.test(code)) ? String(code) : 'other';
}
