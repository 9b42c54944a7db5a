/**
 * The standalone-server path for atomic batches. Without a replica set MongoDB has no
 * multi-document transactions, so a batch is applied op by op, in the order given, and a
 * crash can leave a prefix applied. It stays exactly-once because:
 * - writers order batches so the commit point comes late (CommitBuilder: records, then the
 *   version-checked conversation update, then inbound messages marked done), and
 * - records carry ids derived from the inbound message that caused them, so the retried turn
 *   re-inserts the same ids: an insert whose `_id` already exists is a replay and is skipped.
 * A unique-key clash with a document of a different `_id` is a real duplicate and is thrown.
 */
import { DuplicateKeyError, WriteConflictError, type Collection, type CollectionName, type StoredDocument, type WriteOp } from './port';

/** Applies the ops one by one; skips replayed inserts; throws WriteConflictError when a `mustMatch` update matches nothing. */
export async function applySequentially(collection: (name: CollectionName) => Collection<StoredDocument>, ops: readonly WriteOp[]): Promise<void> {
  for (const op of ops) {
    const target = collection(op.collection);
    switch (op.kind) {
      case 'insertOne':
        try {
          await target.insertOne(op.doc);
        } catch (error) {
          if (!(error instanceof DuplicateKeyError) || !(await target.findOne({ _id: op.doc._id }))) throw error;
        }
        break;
      case 'updateOne': {
        const result = await target.updateOne(op.filter, op.update, { upsert: op.upsert ?? false });
        if (op.mustMatch && result.matchedCount === 0 && result.upsertedId === undefined) throw new WriteConflictError(op.collection);
        break;
      }
      case 'deleteMany':
        await target.deleteMany(op.filter);
        break;
    }
  }
}
