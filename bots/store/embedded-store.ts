/**
 * The embedded store (DESIGN §5, §8): the Store port held in memory, evaluating the same
 * MongoDB filter and update documents as the MongoDB store, with the same unique indexes,
 * TTLs and duplicate-key error. Documents, filters and updates are deep-copied in and out
 * (Dates kept as Dates), so no caller can reach stored state.
 */
import { EmbeddedCollection } from './embedded-collection';
import {
  WriteConflictError,
  type Collection,
  type CollectionName,
  type IndexSpec,
  type Store,
  type StoredDocument,
  type UpdateResult,
  type WriteOp,
} from './port';
import { deepCopy } from './deep-copy';
import { changeOf, planIndexes, type IndexChange, type IndexStep } from './index-plan';
import { startSweeper } from './ttl-sweeper';
import { runAtomically, type UndoLog } from './undo-log';
import type { Doc } from './update-document';

/** Options for createEmbeddedStore. */
export interface EmbeddedStoreOptions {
  /** The time TTL expiry compares against; tests inject one. */
  clock?: () => Date;
  /** How often expired documents are swept (MongoDB's TTL monitor runs every 60 s). */
  ttlSweepIntervalMs?: number;
}

/** The embedded store, plus a way for tests to run the TTL sweep now. */
export interface EmbeddedStore extends Store {
  /** Deletes every document past its TTL at the clock's time; returns how many. */
  sweepExpired(): number;
}

const DEFAULT_SWEEP_INTERVAL_MS = 60_000;

/** Creates an empty in-memory store whose TTL sweeper runs until close(). */
export function createEmbeddedStore(options: EmbeddedStoreOptions = {}): EmbeddedStore {
  const clock = options.clock ?? (() => new Date());
  const collections = new Map<string, EmbeddedCollection>();
  const collectionNamed = (name: string): EmbeddedCollection => {
    let collection = collections.get(name);
    if (!collection) {
      collection = new EmbeddedCollection(name);
      collections.set(name, collection);
    }
    return collection;
  };
  const sweepExpired = (): number => {
    const now = clock();
    let removed = 0;
    for (const collection of collections.values()) removed += collection.expire(now);
    return removed;
  };
  const stopSweeper = startSweeper(options.ttlSweepIntervalMs ?? DEFAULT_SWEEP_INTERVAL_MS, sweepExpired);

  // Every method below is async but never awaits, so each write runs to completion before
  // any other caller's code: a claim with `{ _id, owner: null }` can only succeed once.
  return {
    collection: <T extends StoredDocument>(name: CollectionName) => portCollection<T>(collectionNamed(name)),
    async ensureIndexes(specs: readonly IndexSpec[]) {
      const changes: IndexChange[] = [];
      for (const name of new Set(specs.map((spec) => spec.collection))) {
        const collection = collectionNamed(name);
        for (const step of planIndexes(collection.listIndexes(), specs.filter((spec) => spec.collection === name))) {
          applyIndexStep(collection, step);
          changes.push(changeOf(step));
        }
      }
      return changes;
    },
    async writeAtomically(ops: readonly WriteOp[]) {
      const batch = deepCopy(ops);
      runAtomically((undo) => {
        for (const op of batch) applyOp(collectionNamed(op.collection), op, undo);
      });
    },
    async ping() {},
    async close() {
      stopSweeper();
    },
    sweepExpired,
  };
}

/** One step of an index migration, as MongoDB would apply it (a rebuild drops first). */
function applyIndexStep(collection: EmbeddedCollection, step: IndexStep): void {
  if (step.action === 'set-ttl') return collection.setTtl(step.spec.name, step.spec.expireAfterSeconds as number);
  if (step.action === 'rebuild') collection.dropIndex(step.drop);
  collection.addIndex(deepCopy(step.spec));
}

/** Applies one op of an atomic batch; a `mustMatch` update that matches nothing is a conflict. */
function applyOp(collection: EmbeddedCollection, op: WriteOp, undo: UndoLog): void {
  switch (op.kind) {
    case 'insertOne':
      collection.insert(op.doc as Doc, undo);
      return;
    case 'updateOne': {
      const outcome = collection.update(op.filter, op.update, { upsert: op.upsert }, undo);
      if (op.mustMatch && outcome.matchedCount === 0 && outcome.upsertedId === undefined) {
        throw new WriteConflictError(op.collection);
      }
      return;
    }
    case 'deleteMany':
      collection.deleteMany(op.filter, undo);
      return;
  }
}

/** Copies a stored document out, so the caller's changes never reach the store. */
function copyOut<T>(doc: Doc | null | undefined): T | null {
  return doc ? (deepCopy(doc) as unknown as T) : null;
}

/** The port's Collection over an embedded collection: copies in, copies out, one write at a time. */
function portCollection<T extends StoredDocument>(collection: EmbeddedCollection): Collection<T> {
  return {
    async insertOne(doc) {
      const copy = deepCopy(doc) as unknown as Doc;
      runAtomically((undo) => collection.insert(copy, undo));
    },
    async findOne(filter, options = {}) {
      return copyOut<T>(collection.find(filter, { ...options, limit: 1 })[0]);
    },
    async find(filter, options) {
      return collection.find(filter, options).map((doc) => copyOut<T>(doc) as T);
    },
    async countDocuments(filter) {
      return collection.find(filter).length;
    },
    async updateOne(filter, update, options = {}) {
      const outcome = runAtomically((undo) =>
        collection.update(filter, update, { upsert: options.upsert }, undo),
      );
      return updateResult(outcome);
    },
    async updateMany(filter, update) {
      // All or nothing here; MongoDB outside a transaction can stop part-way, so callers rely on neither.
      const outcome = runAtomically((undo) =>
        collection.update(filter, update, { multi: true }, undo),
      );
      return updateResult(outcome);
    },
    async findOneAndUpdate(filter, update, options = {}) {
      const outcome = runAtomically((undo) =>
        collection.update(filter, update, { upsert: options.upsert, sort: options.sort }, undo),
      );
      return copyOut<T>(options.returnDocument === 'after' ? outcome.after : outcome.before);
    },
    async deleteMany(filter) {
      return { deletedCount: runAtomically((undo) => collection.deleteMany(filter, undo)) };
    },
  };
}

/** The UpdateResult MongoDB reports: upsertedId only when an upsert inserted. */
function updateResult(outcome: UpdateResult): UpdateResult {
  const { matchedCount, modifiedCount, upsertedId } = outcome;
  return upsertedId === undefined ? { matchedCount, modifiedCount } : { matchedCount, modifiedCount, upsertedId };
}
