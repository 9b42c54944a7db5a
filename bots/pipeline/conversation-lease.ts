/**
 * The per-conversation turn lease: one turn at a time per conversation, across processes.
 * Stored on the conversation document with an expiry, so a crashed holder's lease lapses
 * and another instance takes over.
 */
import type { Store } from '../store/port';
import type { ConversationDoc } from '../store/documents';
import { newId } from '../ids';

/** A held lease; `token` proves ownership when renewing or releasing. */
export interface Lease {
  address: string;
  token: string;
}

/** Acquires, renews and releases conversation leases. */
export class ConversationLeases {
  constructor(
    private readonly store: Store,
    private readonly ttlMs: number,
    private readonly now: () => Date,
  ) {}

  /** Takes the lease if it is free or lapsed; null when another holder has it. */
  async tryAcquire(address: string): Promise<Lease | null> {
    const now = this.now();
    const token = newId();
    const taken = await this.store.collection<ConversationDoc>('conversations').findOneAndUpdate(
      { address, $or: [{ leaseOwner: null }, { leaseUntil: { $lt: now } }] },
      { $set: { leaseOwner: token, leaseUntil: new Date(now.getTime() + this.ttlMs) } },
      { returnDocument: 'after' },
    );
    return taken ? { address, token } : null;
  }

  /** Waits for the lease, polling with a short growing delay; gives up after `timeoutMs`. */
  async acquire(address: string, timeoutMs: number): Promise<Lease> {
    const deadline = Date.now() + timeoutMs;
    for (let delay = 5; ; delay = Math.min(delay * 2, 200)) {
      const lease = await this.tryAcquire(address);
      if (lease) return lease;
      if (Date.now() > deadline) throw new LeaseTimeoutError(address);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }

  /** Extends a held lease; false when it was lost (lapsed and taken by someone else). */
  async renew(lease: Lease): Promise<boolean> {
    const result = await this.store
      .collection<ConversationDoc>('conversations')
      .updateOne({ address: lease.address, leaseOwner: lease.token }, { $set: { leaseUntil: new Date(this.now().getTime() + this.ttlMs) } });
    return result.matchedCount === 1;
  }

  /** Gives the lease back; a no-op if it was already lost. */
  async release(lease: Lease): Promise<void> {
    await this.store
      .collection<ConversationDoc>('conversations')
      .updateOne({ address: lease.address, leaseOwner: lease.token }, { $set: { leaseOwner: null, leaseUntil: null } });
  }

  /**
   * Renews the lease every third of its life until stopped, so a long turn (model calls) keeps
   * it. Renewal only extends a lease still held: once lost it stays lost, and the commit, which
   * checks the lease, writes nothing.
   */
  keepAlive(lease: Lease): () => void {
    const timer = setInterval(() => void this.renew(lease).catch(() => undefined), Math.max(1, Math.floor(this.ttlMs / 3)));
    timer.unref();
    return () => clearInterval(timer);
  }

  /** Runs `fn` while holding the conversation's lease (kept alive while it runs); `fn` commits with it. */
  async withLease<T>(address: string, timeoutMs: number, fn: (lease: Lease) => Promise<T>): Promise<T> {
    const lease = await this.acquire(address, timeoutMs);
    const stop = this.keepAlive(lease);
    try {
      return await fn(lease);
    } finally {
      stop();
      await this.release(lease);
    }
  }
}

/** The lease stayed busy for longer than the caller could wait. */
export class LeaseTimeoutError extends Error {
  readonly code = 'LEASE_TIMEOUT';
  constructor(readonly address: string) {
    super('The conversation is busy; try again in a moment.');
  }
}
