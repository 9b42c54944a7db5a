/**
 * Records providers' delivery reports (SMS status callbacks) on outbox entries. One filtered
 * update per report, so concurrent or out-of-order callbacks can never move a status backwards;
 * a permanent failure on a conversation an agent owns is shown to that agent.
 */
import type { DeliveryStatus, DeliveryStatusSink, DeliveryStatusUpdate } from '../../channels/types';
import { toTicketView } from '../desk/ticket-view';
import type { Logger } from '../logging/logger';
import { auditEvent, outboxEntry, type Committed } from '../pipeline/records';
import type { ConversationDoc, HandoffDoc, OutboxDoc } from '../store/documents';
import type { Store, WriteOp } from '../store/port';

/**
 * Later states have higher ranks. A failed part outranks a delivered one, so a message sent
 * in several parts shows failed if any part failed; one part never reports both.
 */
export const DELIVERY_RANK: Record<DeliveryStatus, number> = { queued: 1, sending: 2, sent: 3, delivered: 4, undelivered: 5, failed: 5 };

/** What the recorder needs. */
export interface DeliveryStatusDeps {
  store: Store;
  clock: () => Date;
  logger: Logger;
  /** Called after a desk event was committed, so the outbox delivers it. */
  onCommitted: (committed: Committed) => void;
  /** A report can overtake the write of the message's provider id; look again this often (default 3 times, 500 ms apart). */
  unknownRetries?: { attempts: number; delayMs: number };
}

/** Creates the delivery-status sink channels report to. */
export function createDeliveryStatusRecorder(deps: DeliveryStatusDeps): DeliveryStatusSink {
  const retries = deps.unknownRetries ?? { attempts: 3, delayMs: 500 };
  return {
    async record(update) {
      for (let attempt = 1; ; attempt++) {
        const result = await recordOnce(deps, update);
        if (result !== 'unknown') return { applied: result === 'applied' };
        if (attempt >= retries.attempts) {
          deps.logger.warn('delivery status for a message we have no record of; ignored', { status: update.status });
          return { applied: false };
        }
        await new Promise((resolve) => setTimeout(resolve, retries.delayMs));
      }
    },
  };
}

async function recordOnce(deps: DeliveryStatusDeps, update: DeliveryStatusUpdate): Promise<'applied' | 'stale' | 'unknown'> {
  const outbox = deps.store.collection<OutboxDoc>('outbox');
  const rank = DELIVERY_RANK[update.status];
  const sameMessage = { $or: [{ providerMessageId: update.providerMessageId }, { providerMessageIds: update.providerMessageId }] };
  const entry = await outbox.findOneAndUpdate(
    { $and: [sameMessage, { $or: [{ deliveryRank: { $exists: false } }, { deliveryRank: { $lt: rank } }] }] },
    { $set: { deliveryStatus: update.status, deliveryRank: rank, deliveryErrorCode: update.errorCode ?? null } },
    { returnDocument: 'after' },
  );
  if (!entry) return (await outbox.countDocuments(sameMessage)) > 0 ? 'stale' : 'unknown';
  if (update.status === 'undelivered' || update.status === 'failed') await reportFailure(deps, entry, update);
  return 'applied';
}

/** Audits the failure and, when an agent owns the conversation, tells the desk. */
async function reportFailure(deps: DeliveryStatusDeps, entry: OutboxDoc, update: DeliveryStatusUpdate): Promise<void> {
  const { store, clock } = deps;
  const now = clock();
  const conversation = await store.collection<ConversationDoc>('conversations').findOne({ _id: entry.conversationId });
  if (!conversation) return;
  const ctx = { conversation, turnId: null, now };
  const ops: WriteOp[] = [
    { collection: 'audit', kind: 'insertOne', doc: auditEvent(ctx, 'delivery-status', { outboxId: entry._id, status: update.status, errorCode: update.errorCode ?? null }) },
  ];
  const ticket = conversation.ownership === 'agent' && conversation.ticketId ? await store.collection<HandoffDoc>('handoffs').findOne({ _id: conversation.ticketId }) : null;
  if (ticket?.status === 'claimed') {
    const detail = update.detail ?? `A message to the citizen was not delivered (${update.status}${update.errorCode ? `, error ${update.errorCode}` : ''}).`;
    // Keyed on the provider id and status, so a repeated callback cannot tell the agent twice.
    const key = `delivery-failed:${update.providerMessageId}:${update.status}`;
    ops.push({ collection: 'outbox', kind: 'insertOne', doc: outboxEntry(ctx, { destination: 'desk', event: { kind: 'delivery-failed', ticket: toTicketView(ticket), detail } }, key, key) });
  }
  await store.writeAtomically(ops);
  if (ops.length > 1) deps.onCommitted({ conversationId: conversation._id, address: conversation.address, lines: [], outboxCount: 1 });
}
