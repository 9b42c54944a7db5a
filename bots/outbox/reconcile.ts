/**
 * Reconciliation: when a send failed in a way that leaves it unknown whether the provider took
 * the message (a timeout or a reset after the request went out, or a worker that died
 * mid-send), the outbox asks the provider before sending again, so nobody is answered twice.
 * Channels opt in by having `findSent` on their adapter and `ambiguous` on such errors.
 */
import type { Address, ChannelAdapter, OutboundMessage, SendReceipt } from '../../channels/types';
import type { OutboxDoc } from '../store/documents';
import type { Store } from '../store/port';

/** Where and since when to look for a message an earlier attempt may have sent. */
export interface SentSearch {
  /** When the earliest uncertain attempt started. */
  since: Date;
  /** Provider ids already accounted for by other replies, so a reply with the same words is not mistaken for this one. */
  exclude: string[];
}

/** What the provider said about an uncertain send. */
export interface SentSearchResult {
  /** The receipt when the whole message is already with the provider; null when (the rest of) it must still be sent. */
  receipt: SendReceipt | null;
  /** How many messages (SMS parts) were found at the provider. */
  found: number;
}

/** An adapter that can look at its provider for a message an earlier attempt may have sent. */
export interface SentMessageFinder {
  findSent(address: Address, message: OutboundMessage, idempotencyKey: string, search: SentSearch): Promise<SentSearchResult>;
}

/** The adapter's finder, when its channel can reconcile. */
export function sentMessageFinder(adapter: ChannelAdapter | undefined): SentMessageFinder | null {
  const candidate = adapter as (ChannelAdapter & Partial<SentMessageFinder>) | undefined;
  return typeof candidate?.findSent === 'function' ? (candidate as unknown as SentMessageFinder) : null;
}

/** True for a send error after which the message may or may not be with the provider. */
export function isAmbiguousFailure(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { ambiguous?: unknown }).ambiguous === true;
}

/** How far back other replies' provider ids are gathered, beyond the search's start (clock skew, slow sends). */
const EXCLUDE_MARGIN_MS = 10 * 60_000;

/** The provider ids of this conversation's replies already sent around that time. */
export async function sentIdsNear(store: Store, entry: OutboxDoc, since: Date): Promise<string[]> {
  const sent = await store
    .collection<OutboxDoc>('outbox')
    .find({ conversationId: entry.conversationId, status: 'sent', sentAt: { $gte: new Date(since.getTime() - EXCLUDE_MARGIN_MS) } });
  return sent.filter((other) => other._id !== entry._id).flatMap((other) => other.providerMessageIds ?? (other.providerMessageId ? [other.providerMessageId] : []));
}
