/**
 * The MongoDB store (DESIGN §5): the Store port over the official driver, running the same
 * filter and update documents as the embedded store. Atomic batches use a transaction on a
 * replica set (or sharded cluster); on a standalone server they fall back to an ordered,
 * replay-safe sequence (see sequential-batch.ts) that keeps turns exactly-once.
 */
import { randomUUID } from 'node:crypto';
import { MongoClient, type ClientSession, type Db, type Document } from 'mongodb';
import type { Collection, CollectionName, Filter, IndexSpec, Store, StoredDocument, Update, UpdateResult, WriteOp } from './port';
import { WriteConflictError } from './port';
import { translateMongoError } from './mongo-errors';
import { applySequentially } from './sequential-batch';

/** Options for createMongoStore. */
export interface MongoStoreOptions {
  uri: string;
  /** Database name; default: the one in the URI, else "switchboard". */
  dbName?: string;
  /** How long to look for a server before an operation (or start-up) fails. */
  serverSelectionTimeoutMS?: number;
  /** "auto" uses transactions when the deployment supports them; "never" forces the standalone path (tests). */
  transactions?: 'auto' | 'never';
}

/** The MongoDB store, plus how it commits batches (for logs and tests). */
export interface MongoStore extends Store {
  /** "transaction" on a replica set or sharded cluster, "sequential" on a standalone server. */
  readonly batchMode: 'transaction' | 'sequential';
  readonly db: Db;
}

/** MongoDB could not be reached at start-up. The message never contains the URI (it may hold a password). */
export class MongoUnreachableError extends Error {
  readonly code = 'MONGODB_UNREACHABLE';
  constructor(timeoutMs: number, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`Could not reach MongoDB at MONGODB_URI within ${timeoutMs} ms (${reason}). Check the URI and that the server is running.`, { cause });
  }
}

const DEFAULT_TIMEOUT_MS = 5_000;

/** Connects, finds out whether transactions are available, and returns the store. Fails fast when unreachable. */
export async function createMongoStore(options: MongoStoreOptions): Promise<MongoStore> {
  const timeoutMs = options.serverSelectionTimeoutMS ?? DEFAULT_TIMEOUT_MS;
  // ignoreUndefined: an undefined field is left out, as JSON and the embedded store's copies do.
  const client = new MongoClient(options.uri, { serverSelectionTimeoutMS: timeoutMs, ignoreUndefined: true, appName: 'switchboard' });
  let hello: Document;
  try {
    await client.connect();
    hello = await client.db('admin').command({ hello: 1 });
  } catch (error) {
    await client.close().catch(() => undefined);
    throw new MongoUnreachableError(timeoutMs, error);
  }
  // Transactions need a replica set (setName) or mongos (msg "isdbgrid"); one node is enough.
  const supportsTransactions = typeof hello.setName === 'string' || hello.msg === 'isdbgrid';
  const batchMode = supportsTransactions && options.transactions !== 'never' ? 'transaction' : 'sequential';
  const db = client.db(options.dbName ?? databaseInUri(options.uri) ?? 'switchboard');

  const collection = <T extends StoredDocument>(name: CollectionName): Collection<T> => mongoCollection<T>(db, name);
  return {
    batchMode,
    db,
    collection,
    async ensureIndexes(specs: readonly IndexSpec[]) {
      for (const spec of specs) {
        const options = {
          name: spec.name,
          ...(spec.unique ? { unique: true } : {}),
          ...(spec.expireAfterSeconds !== undefined ? { expireAfterSeconds: spec.expireAfterSeconds } : {}),
        };
        // createIndex is a no-op when an identical index exists, so start-up can always call it.
        await db.collection(spec.collection).createIndex(spec.keys, options).catch(rethrowFor(spec.collection));
      }
    },
    async writeAtomically(ops: readonly WriteOp[]) {
      if (batchMode === 'sequential') return applySequentially(collection, ops);
      const session = client.startSession();
      try {
        // withTransaction retries transient errors (write conflicts between transactions) itself.
        await session.withTransaction(async () => {
          for (const op of ops) await applyInTransaction(db, session, op);
        });
      } catch (error) {
        throw translateMongoError(error, collectionOfError(error, ops));
      } finally {
        await session.endSession();
      }
    },
    async ping() {
      await db.command({ ping: 1 });
    },
    async close() {
      await client.close();
    },
  };
}

/** The database named in a mongodb:// URI's path, if any. */
function databaseInUri(uri: string): string | undefined {
  const match = /^mongodb(?:\+srv)?:\/\/[^/?]*\/([^?]+)/.exec(uri);
  return match?.[1] ? decodeURIComponent(match[1]) : undefined;
}

/** One op inside a transaction; a `mustMatch` update that matches nothing aborts it. */
async function applyInTransaction(db: Db, session: ClientSession, op: WriteOp): Promise<void> {
  const target = db.collection(op.collection);
  switch (op.kind) {
    case 'insertOne':
      await target.insertOne(op.doc as Document, { session });
      return;
    case 'updateOne': {
      const result = await target.updateOne(op.filter, withStringId(op.filter, op.update, op.upsert), { session, upsert: op.upsert ?? false });
      if (op.mustMatch && result.matchedCount === 0 && !result.upsertedId) throw new WriteConflictError(op.collection);
      return;
    }
    case 'deleteMany':
      await target.deleteMany(op.filter, { session });
      return;
  }
}

/** A thrown error carries no collection name; the one the failing op named is the best guess. */
function collectionOfError(error: unknown, ops: readonly WriteOp[]): string {
  if (error instanceof WriteConflictError) return error.collection;
  const message = error instanceof Error ? error.message : '';
  const named = ops.find((op) => message.includes(`.${op.collection} `));
  return named?.collection ?? ops[0]?.collection ?? 'unknown';
}

/** Rejection handler that turns driver errors into the port's errors. */
function rethrowFor(collection: string) {
  return (error: unknown): never => {
    throw translateMongoError(error, collection);
  };
}

/**
 * Upserts get a string _id, as in the embedded store: without one MongoDB would invent an
 * ObjectId, and every document here is keyed by an app-chosen string.
 */
function withStringId(filter: Filter, update: Update, upsert: boolean | undefined): Update {
  if (!upsert || '_id' in filter) return update;
  const onInsert = (update.$setOnInsert ?? {}) as Record<string, unknown>;
  return { ...update, $setOnInsert: { _id: randomUUID(), ...onInsert } };
}

/** The report MongoDB gives, in the port's shape (upsertedId only when an upsert inserted). */
function toUpdateResult(result: { matchedCount: number; modifiedCount: number; upsertedId: unknown }): UpdateResult {
  const { matchedCount, modifiedCount, upsertedId } = result;
  return upsertedId === null || upsertedId === undefined ? { matchedCount, modifiedCount } : { matchedCount, modifiedCount, upsertedId: String(upsertedId) };
}

/** The port's Collection over a driver collection; every driver error is translated once, here. */
function mongoCollection<T extends StoredDocument>(db: Db, name: CollectionName): Collection<T> {
  const target = db.collection(name);
  const fail = rethrowFor(name);
  return {
    async insertOne(doc) {
      // The driver adds _id to the object it is given when missing; a copy keeps the caller's object as it was.
      await target.insertOne({ ...doc } as Document).catch(fail);
    },
    async findOne(filter, options = {}) {
      return (await target.findOne(filter, { ...options }).catch(fail)) as T | null;
    },
    async find(filter, options = {}) {
      return (await target.find(filter, { ...options }).toArray().catch(fail)) as unknown as T[];
    },
    async countDocuments(filter) {
      return target.countDocuments(filter).catch(fail);
    },
    async updateOne(filter, update, options = {}) {
      const result = await target.updateOne(filter, withStringId(filter, update, options.upsert), { upsert: options.upsert ?? false }).catch(fail);
      return toUpdateResult(result);
    },
    async updateMany(filter, update) {
      return toUpdateResult(await target.updateMany(filter, update).catch(fail));
    },
    async findOneAndUpdate(filter, update, options = {}) {
      const doc = await target
        .findOneAndUpdate(filter, withStringId(filter, update, options.upsert), {
          upsert: options.upsert ?? false,
          returnDocument: options.returnDocument ?? 'before',
          ...(options.sort ? { sort: options.sort } : {}),
        })
        .catch(fail);
      return doc as T | null;
    },
    async deleteMany(filter) {
      const result = await target.deleteMany(filter).catch(fail);
      return { deletedCount: result.deletedCount };
    },
  };
}
