/**
 * The store port: MongoDB's own filter and update documents, so the embedded store (mingo)
 * and the MongoDB store run the same queries. Documents carry string `_id`s chosen by the app.
 */
import type { IndexChange } from './index-plan';

/** A MongoDB filter document, e.g. `{ address: 'sms:+44...', version: 3 }`. */
export type Filter = Record<string, unknown>;

/** A MongoDB update document using operators: $set, $unset, $inc, $push, $setOnInsert. */
export type Update = Record<string, unknown>;

/** Sort order, as in MongoDB: 1 ascending, -1 descending. */
export type Sort = Record<string, 1 | -1>;

/** Any stored document. */
export interface StoredDocument {
  _id: string;
}

/** Options for find and findOne. */
export interface FindOptions {
  sort?: Sort;
  limit?: number;
}

/** Options for findOneAndUpdate. */
export interface FindOneAndUpdateOptions {
  sort?: Sort;
  upsert?: boolean;
  /** Which version of the document to return; MongoDB's default is "before". */
  returnDocument?: 'before' | 'after';
}

/** The result of an update, as MongoDB reports it. */
export interface UpdateResult {
  matchedCount: number;
  modifiedCount: number;
  upsertedId?: string;
}

/** One collection: the subset of the MongoDB driver's API this service uses. */
export interface Collection<T extends StoredDocument> {
  /** Inserts; throws DuplicateKeyError when a unique index (or _id) is violated. */
  insertOne(doc: T): Promise<void>;
  findOne(filter: Filter, options?: FindOptions): Promise<T | null>;
  find(filter: Filter, options?: FindOptions): Promise<T[]>;
  countDocuments(filter: Filter): Promise<number>;
  updateOne(filter: Filter, update: Update, options?: { upsert?: boolean }): Promise<UpdateResult>;
  updateMany(filter: Filter, update: Update): Promise<UpdateResult>;
  /** Returns the matched document (before or after the update) or null, as driver v6+ does. */
  findOneAndUpdate(filter: Filter, update: Update, options?: FindOneAndUpdateOptions): Promise<T | null>;
  deleteMany(filter: Filter): Promise<{ deletedCount: number }>;
}

/** An index, declared once (bots/store/indexes.ts) and brought to this definition at start-up. */
export interface IndexSpec {
  collection: CollectionName;
  name: string;
  keys: Record<string, 1 | -1>;
  unique?: boolean;
  /** A TTL index: documents expire this many seconds after the (Date) value of its single key. */
  expireAfterSeconds?: number;
}

/** One write inside an atomic batch. */
export type WriteOp =
  | { collection: CollectionName; kind: 'insertOne'; doc: StoredDocument }
  | {
      collection: CollectionName;
      kind: 'updateOne';
      filter: Filter;
      update: Update;
      upsert?: boolean;
      /** When true, matching no document aborts the whole batch with WriteConflictError. */
      mustMatch?: boolean;
    }
  | { collection: CollectionName; kind: 'deleteMany'; filter: Filter };

/** The collections of DESIGN §5. */
export type CollectionName = 'conversations' | 'messages' | 'inbound' | 'outbox' | 'handoffs' | 'audit' | 'channel_memory' | 'staff_sessions' | 'staff_sign_ins' | 'web_sessions';

/** The store: collections, indexes, an all-or-nothing write batch, and health. */
export interface Store {
  collection<T extends StoredDocument>(name: CollectionName): Collection<T>;
  /**
   * Brings the indexes to these definitions (the desired state): creates what is missing,
   * changes a TTL in place, rebuilds any other changed index. Safe at every start-up; returns
   * what it changed (nothing when all were as declared).
   */
  ensureIndexes(specs: readonly IndexSpec[]): Promise<IndexChange[]>;
  /** Applies every op or none (a transaction). Throws WriteConflictError or DuplicateKeyError. */
  writeAtomically(ops: readonly WriteOp[]): Promise<void>;
  /** Resolves when the store answers; used by /readyz. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** A unique index was violated. `code` matches MongoDB's 11000 so callers handle both stores alike. */
export class DuplicateKeyError extends Error {
  readonly code = 11000;
  constructor(
    readonly collection: string,
    readonly index: string,
  ) {
    super(`E11000 duplicate key error collection: ${collection} index: ${index}`);
  }
}

/** A version-checked write in an atomic batch matched nothing: someone else changed the document. */
export class WriteConflictError extends Error {
  readonly code = 'WRITE_CONFLICT';
  constructor(readonly collection: string) {
    super(`Write conflict on ${collection}: the document changed since it was read.`);
  }
}

/** True for a duplicate-key error from either store. */
export function isDuplicateKeyError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000;
}
