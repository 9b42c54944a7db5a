/**
 * Subject access and erasure (UK GDPR articles 15 and 17) over the Store port, so they work
 * the same on the embedded store and on MongoDB. A subject is one address (`sms:+44…`,
 * `web:…`, `teams:…`): everything held about it is found through the address and the ids of
 * its conversations.
 */
import { newId } from '../ids';
import type { ConversationLeases } from '../pipeline/conversation-lease';
import { auditEvent } from '../pipeline/records';
import type { AuditDoc, ConversationDoc } from '../store/documents';
import type { CollectionName, Filter, Store, StoredDocument } from '../store/port';

/** The collections an export or erasure covers, in the order they are reported. */
export const SUBJECT_COLLECTIONS = ['conversations', 'messages', 'inbound', 'outbox', 'handoffs', 'channel_memory', 'audit'] as const satisfies readonly CollectionName[];

/** Everything held about one address, as stored (Dates stay Dates until serialised). */
export interface SubjectExport {
  address: string;
  exportedAt: Date;
  /** Retention note for the person reading the export. */
  note: string;
  records: Record<(typeof SUBJECT_COLLECTIONS)[number], StoredDocument[]>;
}

/** What an erasure removed, by collection; `reference` ties it to its audit entry without naming anyone. */
export interface ErasureReport {
  reference: string;
  erasedAt: Date;
  deleted: Record<(typeof SUBJECT_COLLECTIONS)[number], number>;
}

/** What subject operations need. */
export interface SubjectDeps {
  store: Store;
  clock: () => Date;
  /** When given, erasure holds the conversation's turn lease so no turn writes half-way through it. */
  leases?: ConversationLeases;
  /** Who asked (an operator name or "admin-api"); recorded in the audit entry. */
  requestedBy?: string;
}

/** The filter per collection that finds a subject's records. */
async function subjectFilters(store: Store, address: string): Promise<{ ids: string[]; filters: Record<(typeof SUBJECT_COLLECTIONS)[number], Filter> }> {
  const conversations = await store.collection<ConversationDoc>('conversations').find({ address });
  const ids = conversations.map((c) => c._id);
  const byConversation = { conversationId: { $in: ids } };
  return {
    ids,
    filters: {
      conversations: { address },
      messages: { $or: [{ address }, byConversation] },
      inbound: { address },
      outbox: { $or: [byConversation, { 'payload.address': address }] },
      handoffs: { $or: [{ address }, byConversation] },
      channel_memory: { address },
      // Audit entries hold no citizen text, but they are about this person's conversations.
      audit: byConversation,
    },
  };
}

/** Everything held about `address`; records that an export happened (without the address). */
export async function exportSubject(deps: SubjectDeps, address: string): Promise<SubjectExport> {
  const { store, clock } = deps;
  const { ids, filters } = await subjectFilters(store, address);
  const records = {} as SubjectExport['records'];
  for (const name of SUBJECT_COLLECTIONS) records[name] = await store.collection(name).find(filters[name]);
  const exportedAt = clock();
  await recordRequest(deps, 'export', exportedAt, { conversations: ids.length });
  return {
    address,
    exportedAt,
    note: 'Transcripts are kept for a limited time and then deleted automatically; see the retention dates (expiresAt) on each record.',
    records,
  };
}

/** Deletes everything held about `address` and writes an audit entry that says so, without personal data. */
export async function eraseSubject(deps: SubjectDeps, address: string): Promise<ErasureReport> {
  const erase = async (): Promise<ErasureReport> => {
    const { filters } = await subjectFilters(deps.store, address);
    const deleted = {} as ErasureReport['deleted'];
    // Conversations last: while one exists its lease keeps turns out; deleting it ends the erasure.
    for (const name of [...SUBJECT_COLLECTIONS].reverse()) {
      deleted[name] = (await deps.store.collection(name).deleteMany(filters[name])).deletedCount;
    }
    const erasedAt = deps.clock();
    const reference = newId();
    await recordRequest(deps, 'erasure', erasedAt, { reference, deleted });
    return { reference, erasedAt, deleted };
  };
  const exists = await deps.store.collection<ConversationDoc>('conversations').findOne({ address });
  if (!exists || !deps.leases) return erase();
  // The lease lives on the conversation document, which the erasure deletes: nothing to release after.
  const lease = await deps.leases.acquire(address, 10_000);
  try {
    return await erase();
  } catch (error) {
    await deps.leases.release(lease);
    throw error;
  }
}

/** One audit entry per request. It deliberately names no address and no conversation. */
async function recordRequest(deps: SubjectDeps, action: 'export' | 'erasure', now: Date, data: Record<string, unknown>): Promise<void> {
  const context = { conversation: { _id: '' } as ConversationDoc, turnId: null, now };
  const entry: AuditDoc = auditEvent(context, 'data-protection', { action, requestedBy: deps.requestedBy ?? 'unknown', ...data });
  await deps.store.collection<AuditDoc>('audit').insertOne(entry);
}
