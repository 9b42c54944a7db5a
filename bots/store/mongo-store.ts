/**
 * The MongoDB store (DESIGN §5): the Store port over the official driver, running the same
 * filter and update documents as the embedded store. Every atomic batch is a transaction, so
 * the server must be a replica set (one node is enough) or a sharded cluster: a standalone
 * server is refused at start-up, because without transactions a crash part-way through a
 * commit could leave a ticket and its conversation disagreeing.
 */
import { randomUUID } from 'node:crypto';
import { MongoClient, type ClientSession, type Db, type Document, type MongoClientOptions } from 'mongodb';
import type { Collection, CollectionName, Filter, IndexSpec, Store, StoredDocument, Update, UpdateResult, WriteOp } from './port';
import { WriteConflictError } from './port';
import { translateMongoError } from './mongo-errors';
import { idFromFilter } from './update-document';
import { ensureIndexesOnMongo } from './mongo-indexes';

/** Options for createMongoStore. */
export interface MongoStoreOptions {
  uri: string;
  /** Database name; default: the one in the URI, else "switchboard". */
  dbName?: string;
  /** How long to look for a server before an operation (or start-up) fails. */
  serverSelectionTimeoutMS?: number;
}

/** The MongoDB store, plus its database (tests drop it). */
export interface MongoStore extends Store {
  /** "replica set" or "sharded cluster": what the server said it is (for the start-up log). */
  readonly deployment: MongoDeployment;
  readonly db: Db;
}

/** A deployment that supports transactions. */
export type MongoDeployment = 'replica set' | 'sharded cluster';

/** MongoDB could not be reached at start-up. The message never contains the URI (it may hold a password). */
export class MongoUnreachableError extends Error {
  readonly code = 'MONGODB_UNREACHABLE';
  constructor(timeoutMs: number, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`Could not reach MongoDB at MONGODB_URI within ${timeoutMs} ms (${reason}). Check the URI and that the server is running.`, { cause });
  }
}

/** The server is a standalone mongod: no transactions, so the service will not start on it. */
export class StandaloneMongoError extends Error {
  readonly code = 'MONGODB_STANDALONE';
  constructor() {
    super(
      'MONGODB_URI points at a standalone MongoDB server. Switchboard needs a replica set (one node is enough) ' +
        'because every turn is committed in a transaction. Start mongod with --replSet rs0 and run ' +
        "rs.initiate() once in mongosh (or `docker run mongo:7 --replSet rs0`, then `docker exec <name> mongosh --eval 'rs.initiate()'`), " +
        'and add ?replicaSet=rs0 to MONGODB_URI. MongoDB Atlas and Azure Cosmos DB for MongoDB (vCore) are replica sets already.',
    );
  }
}

/** What a `hello` reply says about transactions: a replica set (setName) or mongos ("isdbgrid"); null for a standalone server. */
export function deploymentOf(hello: Document): MongoDeployment | null {
  if (typeof hello.setName === 'string') return 'replica set';
  if (hello.msg === 'isdbgrid') return 'sharded cluster';
  return null;
}

const DEFAULT_TIMEOUT_MS = 5_000;

/** Connects, checks the server supports transactions, and returns the store. Fails fast when unreachable or standalone. */
export async function createMongoStore(options: MongoStoreOptions): Promise<MongoStore> {
  const timeoutMs = options.serverSelectionTimeoutMS ?? DEFAULT_TIMEOUT_MS;
  const client = new MongoClient(options.uri, clientOptions(timeoutMs));
  let hello: Document;
  try {
    await client.connect();
    hello = await client.db('admin').command({ hello: 1 });
  } catch (error) {
    await client.close().catch(() => undefined);
    throw new MongoUnreachableError(timeoutMs, error);
  }
  const deployment = deploymentOf(hello);
  if (!deployment) {
    await client.close().catch(() => undefined);
    throw new StandaloneMongoError();
  }
  const db = client.db(options.dbName ?? databaseInUri(options.uri) ?? 'switchboard');

  const collection = <T extends StoredDocument>(name: CollectionName): Collection<T> => mongoCollection<T>(db, name);
  return {
    deployment,
    db,
    collection,
    ensureIndexes: (specs: readonly IndexSpec[]) => ensureIndexesOnMongo(db, specs),
    async writeAtomically(ops: readonly WriteOp[]) {
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

/**
 * The client's options. These win over the URI's own: every read that decides a turn (the
 * replay check, the conversation, the lease) must see the latest write, so reads go to the
 * primary even if the URI asks for secondaries, and writes wait for a majority so a failover
 * cannot roll back a committed turn.
 */
function clientOptions(timeoutMs: number): MongoClientOptions {
  return {
    serverSelectionTimeoutMS: timeoutMs,
    // An undefined field is left out, as JSON and the embedded store's copies do.
    ignoreUndefined: true,
    appName: 'switchboard',
    readPreference: 'primary',
    writeConcern: { w: 'majority' },
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
 * ObjectId, and every document here is keyed by an app-chosen string. When the filter fixes
 * the _id (at the top or inside $and) the server takes it from there, and adding another
 * would be refused (ImmutableField).
 */
function withStringId(filter: Filter, update: Update, upsert: boolean | undefined): Update {
  if (!upsert || '_id' in filter || idFromFilter(filter) !== undefined) return update;
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
