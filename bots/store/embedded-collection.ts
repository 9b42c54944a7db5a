/**
 * One in-memory collection: documents by `_id`, its indexes, and synchronous reads and writes
 * that evaluate MongoDB filters with mingo. Stored documents are never mutated in place (an
 * update replaces the document with an updated copy), so undo can restore the old object.
 */
import { Context } from 'mingo/core';
import * as queryOperators from 'mingo/operators/query';
import { Query } from 'mingo/query';
import { DuplicateKeyError, type Filter, type FindOptions, type IndexSpec, type Sort, type Update } from './port';
import { deepCopy } from './deep-copy';
import { matchEquality, sortSimply } from './fast-query';
import { indexKey } from './document-paths';
import { CollectionLookups } from './embedded-lookup';
import type { ExistingIndex } from './index-plan';
import { isExpired } from './ttl-sweeper';
import type { UndoLog } from './undo-log';
import { buildUpsert, updatedCopy, type Doc } from './update-document';

/**
 * Query options built once. $where runs arbitrary JavaScript; MongoDB deployments often disable
 * it, so it is off here too. A context with only the query operators: mingo's top-level
 * `find` merges every operator family into a fresh context on each call, which a profile of
 * the turn pipeline showed as its largest single cost.
 */
const QUERY_OPTIONS = { scriptEnabled: false, context: Context.init({ query: queryOperators }) };

/** What an update did, with the documents findOneAndUpdate needs. */
export interface UpdateOutcome {
  matchedCount: number;
  modifiedCount: number;
  upsertedId?: string;
  /** The first matched document before and after the update (null when there was none). */
  before: Doc | null;
  after: Doc | null;
}

/** Options for EmbeddedCollection.update. */
export interface UpdateOptions {
  upsert?: boolean;
  sort?: Sort;
  multi?: boolean;
}

/** A collection's documents and indexes. Reads return stored objects: callers copy them out. */
export class EmbeddedCollection {
  private readonly docs = new Map<string, Doc>();
  private readonly indexes = new Map<string, IndexSpec>();
  private readonly lookups = new CollectionLookups();
  /** Insertion order, so results found through a lookup keep natural order. */
  private readonly order = new Map<string, number>();
  private nextOrder = 0;

  constructor(readonly name: string) {}

  /** Matching documents in sort order (natural order without one), up to `limit` (0 = all). */
  find(filter: Filter, options: FindOptions = {}): Doc[] {
    const candidates = this.candidates(filter);
    const matched = matchEquality(filter, candidates) ?? new Query(filter, QUERY_OPTIONS).find<Doc>(candidates).all();
    const sorted = options.sort && matched.length > 1 ? (sortSimply(matched, options.sort) ?? new Query({}, QUERY_OPTIONS).find<Doc>(matched).sort(options.sort).all()) : matched;
    return options.limit !== undefined && options.limit > 0 ? sorted.slice(0, options.limit) : sorted;
  }

  /** Inserts a document the caller no longer holds; throws DuplicateKeyError on `_id` or a unique index. */
  insert(doc: Doc, undo: UndoLog): void {
    if (typeof doc._id !== 'string') throw new TypeError(`Documents need a string _id (${this.name}).`);
    if (this.docs.has(doc._id)) throw new DuplicateKeyError(this.name, '_id_');
    this.assertUnique(doc);
    this.store(doc, null);
    undo.push(() => this.unstore(doc));
  }

  /** Updates the first match (or every match with `multi`), or upserts when nothing matches. */
  update(filter: Filter, update: Update, options: UpdateOptions, undo: UndoLog): UpdateOutcome {
    const matched = this.find(filter, { sort: options.sort, limit: options.multi ? 0 : 1 });
    if (matched.length === 0) {
      if (!options.upsert) return { matchedCount: 0, modifiedCount: 0, before: null, after: null };
      // The new document takes values from the filter and the update: copies, not the caller's objects.
      const doc = buildUpsert(deepCopy(filter), deepCopy(update));
      this.insert(doc, undo);
      return { matchedCount: 0, modifiedCount: 0, upsertedId: doc._id, before: null, after: doc };
    }
    let modifiedCount = 0;
    let after: Doc | null = null;
    for (const current of matched) {
      const { next, changed } = updatedCopy(current, update);
      after ??= changed ? next : current;
      if (!changed) continue;
      this.assertUnique(next);
      this.store(next, current);
      undo.push(() => this.store(current, next));
      modifiedCount += 1;
    }
    return { matchedCount: matched.length, modifiedCount, before: matched[0] ?? null, after };
  }

  /** Deletes every match and returns how many. */
  deleteMany(filter: Filter, undo: UndoLog): number {
    const doomed = this.find(filter);
    for (const doc of doomed) {
      this.unstore(doc);
      // Restoring re-appends, so natural order may change after an undo; MongoDB promises no order either.
      undo.push(() => this.store(doc, null));
    }
    return doomed.length;
  }

  /** Adds an index; a no-op when the same index exists. Throws on a clash or on data that violates it. */
  addIndex(spec: IndexSpec): void {
    const existing = this.indexes.get(spec.name);
    if (existing) {
      if (definition(existing) === definition(spec)) return;
      throw new Error(`Index ${spec.name} on ${this.name} already exists with different keys or options.`);
    }
    const sameKeys = [...this.indexes.values()].find((i) => JSON.stringify(i.keys) === JSON.stringify(spec.keys));
    if (sameKeys) throw new Error(`Index ${spec.name} on ${this.name} duplicates index ${sameKeys.name}.`);
    if (spec.expireAfterSeconds !== undefined && Object.keys(spec.keys).length !== 1) {
      throw new Error(`TTL index ${spec.name} on ${this.name} must have exactly one key.`);
    }
    if (spec.unique) {
      const seen = new Set<string>();
      for (const doc of this.docs.values()) {
        const key = indexKey(doc, spec.keys);
        if (seen.has(key)) throw new DuplicateKeyError(this.name, spec.name);
        seen.add(key);
      }
    }
    this.indexes.set(spec.name, spec);
    this.lookups.addIndex(spec, this.docs.values());
  }

  /** The indexes as MongoDB's listIndexes would describe them (without `_id_`). */
  listIndexes(): ExistingIndex[] {
    return [...this.indexes.values()].map((spec) => ({
      name: spec.name,
      keys: { ...spec.keys },
      ...(spec.unique ? { unique: true } : {}),
      ...(spec.expireAfterSeconds !== undefined ? { expireAfterSeconds: spec.expireAfterSeconds } : {}),
    }));
  }

  /** Drops an index by name; a no-op when it is not there. */
  dropIndex(name: string): void {
    this.indexes.delete(name);
    this.lookups.dropIndex(name);
  }

  /** Changes a TTL index's expiry in place, as MongoDB's collMod does. */
  setTtl(name: string, expireAfterSeconds: number): void {
    const spec = this.indexes.get(name);
    if (!spec || spec.expireAfterSeconds === undefined) throw new Error(`Index ${name} on ${this.name} is not a TTL index.`);
    this.indexes.set(name, { ...spec, expireAfterSeconds });
  }

  /** Deletes documents past their TTL at `now`; returns how many. Not undoable, as in MongoDB. */
  expire(now: Date): number {
    const ttlIndexes = [...this.indexes.values()].filter((i) => i.expireAfterSeconds !== undefined);
    let removed = 0;
    for (const doc of [...this.docs.values()]) {
      if (ttlIndexes.some((index) => isExpired(doc, index, now))) {
        this.unstore(doc);
        removed += 1;
      }
    }
    return removed;
  }

  /**
   * The documents worth testing against a filter: the one `_id`, or those an index lookup
   * narrows to (in natural order), or else all of them.
   */
  private candidates(filter: Filter): Doc[] {
    if (typeof filter._id === 'string') {
      const doc = this.docs.get(filter._id);
      return doc ? [doc] : [];
    }
    const ids = this.lookups.candidates(filter);
    if (!ids) return [...this.docs.values()];
    if (ids.size === 1) {
      const doc = this.docs.get(ids.values().next().value as string);
      return doc ? [doc] : [];
    }
    return [...ids]
      .sort((a, b) => (this.order.get(a) ?? 0) - (this.order.get(b) ?? 0))
      .map((id) => this.docs.get(id))
      .filter((doc): doc is Doc => doc !== undefined);
  }

  /** Stores `doc` in place of `previous` (same _id) or as new, keeping lookups in step. */
  private store(doc: Doc, previous: Doc | null): void {
    const existing = previous ?? this.docs.get(doc._id) ?? null;
    if (existing) this.lookups.replace(existing, doc);
    else {
      this.order.set(doc._id, this.nextOrder++);
      this.lookups.add(doc);
    }
    this.docs.set(doc._id, doc);
  }

  /** Removes a stored document and its lookup entries. */
  private unstore(doc: Doc): void {
    const stored = this.docs.get(doc._id);
    if (!stored) return;
    this.lookups.remove(stored);
    this.docs.delete(doc._id);
    this.order.delete(doc._id);
  }

  /** Throws DuplicateKeyError if another document has the same key under any unique index. */
  private assertUnique(doc: Doc): void {
    const clash = this.lookups.uniqueClash(doc);
    if (clash) throw new DuplicateKeyError(this.name, clash);
  }
}

/** An index's identity for idempotency: keys (in order), uniqueness and TTL. */
function definition(spec: IndexSpec): string {
  return JSON.stringify([spec.keys, spec.unique === true, spec.expireAfterSeconds ?? null]);
}
