/** Shared shapes and helpers for the store contract suite. */
import type { Collection, CollectionName, Store, StoredDocument } from '../../bots/store/port';

/** A loosely typed document: the contract exercises the store, not the app's document types. */
export type Row = StoredDocument & Record<string, unknown>;

/** The store under test, read at test time (a fresh one per test). */
export type CurrentStore = () => Store;

/** A collection of Rows. The port only opens DESIGN §5's names, so tests borrow them. */
export function rows(store: Store, name: CollectionName = 'conversations'): Collection<Row> {
  return store.collection<Row>(name);
}

/** A Row as the port's WriteOp document type, which names only `_id`. */
export function asDoc(row: Row): StoredDocument {
  return row;
}

/** Inserts the rows in order. */
export async function seed(collection: Collection<Row>, docs: Row[]): Promise<void> {
  for (const doc of docs) await collection.insertOne(doc);
}

/** The ids of the documents, in the order given. */
export function ids(docs: readonly Row[]): string[] {
  return docs.map((doc) => doc._id);
}

/** The ids of every document in the collection matching `filter`, sorted for order-free comparison. */
export async function idsWhere(collection: Collection<Row>, filter: Record<string, unknown>): Promise<string[]> {
  return ids(await collection.find(filter)).sort();
}

/** The error a promise rejects with (fails the test if it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the operation to be rejected, but it resolved.');
}
