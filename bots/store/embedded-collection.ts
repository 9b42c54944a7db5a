/**
 * One in-memory collection: documents by `_id`, its indexes, and synchronous reads and writes
 * that evaluate MongoDB filters with mingo. Stored documents are never mutated in place (an
 * update replaces the document with an updated copy), so undo can restore the old object.
 */
import { find as mingoFind } from 'mingo';
import { DuplicateKeyError, type Filter, type FindOptions, type IndexSpec, type Sort, type Update } from './port';
import { deepCopy } from './deep-copy';
import { indexKey } from './document-paths';
import { isExpired } from './ttl-sweeper';
import type { UndoLog } from './undo-log';
import { applyUpdate, buildUpsert, type Doc } from './update-document';

/** $where runs arbitrary JavaScript; MongoDB deployments often disable it, so it is off here too. */
const QUERY_OPTIONS = { scriptEnabled: false };

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

  constructor(readonly name: string) {}

  /** Matching documents in sort order (natural order without one), up to `limit` (0 = all). */
  find(filter: Filter, options: FindOptions = {}): Doc[] {
    let cursor = mingoFind<Doc>(this.candidates(filter), filter, {}, QUERY_OPTIONS);
    if (options.sort) cursor = cursor.sort(options.sort);
    if (options.limit !== undefined && options.limit > 0) cursor = cursor.limit(options.limit);
    return cursor.all();
  }

  /** Inserts a document the caller no longer holds; throws DuplicateKeyError on `_id` or a unique index. */
  insert(doc: Doc, undo: UndoLog): void {
    if (typeof doc._id !== 'string') throw new TypeError(`Documents need a string _id (${this.name}).`);
    if (this.docs.has(doc._id)) throw new DuplicateKeyError(this.name, '_id_');
    this.assertUnique(doc);
    this.docs.set(doc._id, doc);
    undo.push(() => this.docs.delete(doc._id));
  }

  /** Updates the first match (or every match with `multi`), or upserts when nothing matches. */
  update(filter: Filter, update: Update, options: UpdateOptions, undo: UndoLog): UpdateOutcome {
    const matched = this.find(filter, { sort: options.sort, limit: options.multi ? 0 : 1 });
    if (matched.length === 0) {
      if (!options.upsert) return { matchedCount: 0, modifiedCount: 0, before: null, after: null };
      const doc = buildUpsert(filter, update);
      this.insert(doc, undo);
      return { matchedCount: 0, modifiedCount: 0, upsertedId: doc._id, before: null, after: doc };
    }
    let modifiedCount = 0;
    let after: Doc | null = null;
    for (const current of matched) {
      const next = deepCopy(current);
      const changed = applyUpdate(next, update);
      after ??= changed ? next : current;
      if (!changed) continue;
      this.assertUnique(next);
      this.docs.set(next._id, next);
      undo.push(() => this.docs.set(current._id, current));
      modifiedCount += 1;
    }
    return { matchedCount: matched.length, modifiedCount, before: matched[0] ?? null, after };
  }

  /** Deletes every match and returns how many. */
  deleteMany(filter: Filter, undo: UndoLog): number {
    const doomed = this.find(filter);
    for (const doc of doomed) {
      this.docs.delete(doc._id);
      // Restoring re-appends, so natural order may change after an undo; MongoDB promises no order either.
      undo.push(() => this.docs.set(doc._id, doc));
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
  }

  /** Deletes documents past their TTL at `now`; returns how many. Not undoable, as in MongoDB. */
  expire(now: Date): number {
    const ttlIndexes = [...this.indexes.values()].filter((i) => i.expireAfterSeconds !== undefined);
    let removed = 0;
    for (const doc of [...this.docs.values()]) {
      if (ttlIndexes.some((index) => isExpired(doc, index, now))) {
        this.docs.delete(doc._id);
        removed += 1;
      }
    }
    return removed;
  }

  /** An `_id` equality filter needs only that one document tested; anything else scans. */
  private candidates(filter: Filter): Doc[] {
    if (typeof filter._id !== 'string') return [...this.docs.values()];
    const doc = this.docs.get(filter._id);
    return doc ? [doc] : [];
  }

  /** Throws DuplicateKeyError if another document has the same key under any unique index. */
  private assertUnique(doc: Doc): void {
    for (const index of this.indexes.values()) {
      if (!index.unique) continue;
      const key = indexKey(doc, index.keys);
      for (const other of this.docs.values()) {
        if (other._id !== doc._id && indexKey(other, index.keys) === key) {
          throw new DuplicateKeyError(this.name, index.name);
        }
      }
    }
  }
}

/** An index's identity for idempotency: keys (in order), uniqueness and TTL. */
function definition(spec: IndexSpec): string {
  return JSON.stringify([spec.keys, spec.unique === true, spec.expireAfterSeconds ?? null]);
}
