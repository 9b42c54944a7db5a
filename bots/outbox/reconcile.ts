/**
 * Reconciliation: when a send failed in a way that leaves it unknown whether the provider took
 * the message (a timeout or a reset after the request went out, or a worker that died
 * mid-send), the outbox asks the provider before sending again, so nobody is answered twice.
 * Channels opt in with the adapter's optional `findSent` and `ambiguous` on such errors.
 */
import type { OutboxDoc } from '../store/documents';
import type { Store } from '../store/port';

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
