/**
 * Hash lookups that let the embedded store find candidate documents without scanning a
 * whole collection: one map per leading index field, and one per unique index for O(1)
 * duplicate checks. Candidates are a superset; mingo still decides what matches.
 */
import { types } from 'node:util';
import type { Filter, IndexSpec } from './port';
import { indexKey, indexKeyPart, valueAtPath } from './document-paths';
import type { Doc } from './update-document';

/**
 * The ids of documents whose value at one path has each key. A key held by one document maps
 * to its id alone (most keys: an address, an idempotency key), a shared key to a set.
 */
class FieldLookup {
  private readonly byKey = new Map<string, string | Set<string>>();
  /** Documents whose value is an array: equality on arrays matches elements, so they are always candidates. */
  private readonly arrays = new Set<string>();
  /**
   * Dates (expiry times, lease times, timestamps) are queried by range, which a hash cannot
   * narrow, and nearly every document has its own: the lookup switches itself off on the first
   * Date rather than hold an entry per document that no query uses.
   */
  private off = false;

  constructor(readonly path: string) {}

  add(doc: Doc): void {
    if (this.off) return;
    const value = valueAtPath(doc, this.path);
    if (types.isDate(value)) return this.switchOff();
    if (Array.isArray(value)) {
      this.arrays.add(doc._id);
      return;
    }
    const key = indexKeyPart(value);
    const ids = this.byKey.get(key);
    if (ids === undefined) this.byKey.set(key, doc._id);
    else if (typeof ids === 'string') {
      if (ids !== doc._id) this.byKey.set(key, new Set([ids, doc._id]));
    } else ids.add(doc._id);
  }

  remove(doc: Doc): void {
    if (this.off) return;
    const value = valueAtPath(doc, this.path);
    if (Array.isArray(value)) {
      this.arrays.delete(doc._id);
      return;
    }
    const key = indexKeyPart(value);
    const ids = this.byKey.get(key);
    if (ids === doc._id) this.byKey.delete(key);
    else if (typeof ids === 'object') {
      ids.delete(doc._id);
      if (ids.size === 1) this.byKey.set(key, ids.values().next().value as string);
    }
  }

  /** How many ids `candidates(condition)` would return, without building the set; null when it cannot narrow. */
  estimate(condition: unknown): number | null {
    if (this.off) return null;
    const values = equalityValues(condition);
    if (!values) return null;
    let size = this.arrays.size;
    for (const value of values) {
      const held = this.byKey.get(indexKeyPart(value));
      size += held === undefined ? 0 : typeof held === 'string' ? 1 : held.size;
    }
    return size;
  }

  /** Ids that may match `condition` on this path, or null when the lookup cannot narrow it. */
  candidates(condition: unknown): Set<string> | null {
    if (this.off) return null;
    const values = equalityValues(condition);
    if (!values) return null;
    const ids = new Set(this.arrays);
    for (const value of values) {
      const held = this.byKey.get(indexKeyPart(value));
      if (typeof held === 'string') ids.add(held);
      else for (const id of held ?? []) ids.add(id);
    }
    return ids;
  }

  private switchOff(): void {
    this.off = true;
    this.byKey.clear();
    this.arrays.clear();
  }
}

/** The values an equality or `$in` condition accepts, or null for anything else. */
function equalityValues(condition: unknown): unknown[] | null {
  if (isScalar(condition)) return [condition];
  if (condition && typeof condition === 'object' && !Array.isArray(condition)) {
    const entries = Object.entries(condition);
    if (entries.length === 1 && entries[0]?.[0] === '$in' && Array.isArray(entries[0][1]) && entries[0][1].every(isScalar)) return entries[0][1];
  }
  return null;
}

/** True when two values certainly share an index key: the same primitive, or the very same object. */
function sameIndexValue(a: unknown, b: unknown): boolean {
  return a === b || (types.isDate(a) && types.isDate(b) && a.getTime() === b.getTime());
}

function isScalar(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value) || types.isDate(value);
}

/** Every lookup of one collection, kept in step with its documents. */
export class CollectionLookups {
  private readonly fields = new Map<string, FieldLookup>();
  private readonly uniques = new Map<string, { spec: IndexSpec; owners: Map<string, string> }>();

  /** Starts maintaining lookups for a new index over the existing documents. */
  addIndex(spec: IndexSpec, docs: Iterable<Doc>): void {
    const leading = Object.keys(spec.keys)[0];
    if (leading && !this.fields.has(leading)) {
      const lookup = new FieldLookup(leading);
      for (const doc of docs) lookup.add(doc);
      this.fields.set(leading, lookup);
    }
    if (spec.unique) {
      const owners = new Map<string, string>();
      for (const doc of docs) owners.set(indexKey(doc, spec.keys), doc._id);
      this.uniques.set(spec.name, { spec, owners });
    }
  }

  /** Stops enforcing a dropped unique index (field lookups only speed reads up, so they stay). */
  dropIndex(name: string): void {
    this.uniques.delete(name);
  }

  /** Records a stored document. */
  add(doc: Doc): void {
    for (const lookup of this.fields.values()) lookup.add(doc);
    for (const { spec, owners } of this.uniques.values()) owners.set(indexKey(doc, spec.keys), doc._id);
  }

  /**
   * Moves lookups from `previous` to `next` (the same document, updated). Entries whose
   * indexed value did not change are left alone: most updates touch no indexed field.
   */
  replace(previous: Doc, next: Doc): void {
    for (const lookup of this.fields.values()) {
      if (sameIndexValue(valueAtPath(previous, lookup.path), valueAtPath(next, lookup.path))) continue;
      lookup.remove(previous);
      lookup.add(next);
    }
    for (const { spec, owners } of this.uniques.values()) {
      const before = indexKey(previous, spec.keys);
      const after = indexKey(next, spec.keys);
      if (before === after) continue;
      if (owners.get(before) === previous._id) owners.delete(before);
      owners.set(after, next._id);
    }
  }

  /** Forgets a stored document. */
  remove(doc: Doc): void {
    for (const lookup of this.fields.values()) lookup.remove(doc);
    for (const { spec, owners } of this.uniques.values()) {
      const key = indexKey(doc, spec.keys);
      if (owners.get(key) === doc._id) owners.delete(key);
    }
  }

  /** The name of a unique index another document already holds `doc`'s key under, if any. */
  uniqueClash(doc: Doc): string | null {
    for (const [name, { spec, owners }] of this.uniques) {
      const owner = owners.get(indexKey(doc, spec.keys));
      if (owner !== undefined && owner !== doc._id) return name;
    }
    return null;
  }

  /** Ids that may match the filter, or null when no lookup narrows it (scan everything). */
  candidates(filter: Filter): Set<string> | null {
    // Pick the narrowest lookup by its size first: building a large set (every pending entry
    // under a backlog) only to discard it showed up in the profile.
    let narrowest: { path: string; lookup: FieldLookup; size: number } | null = null;
    for (const [path, lookup] of this.fields) {
      if (!(path in filter)) continue;
      const size = lookup.estimate(filter[path]);
      if (size !== null && (!narrowest || size < narrowest.size)) narrowest = { path, lookup, size };
    }
    let best: Set<string> | null = narrowest ? narrowest.lookup.candidates(filter[narrowest.path]) : null;
    const or = filter.$or;
    if (!best && Array.isArray(or) && or.length > 0) {
      const union = new Set<string>();
      for (const branch of or as Filter[]) {
        const ids = this.candidates(branch);
        if (!ids) return null;
        for (const id of ids) union.add(id);
      }
      best = union;
    }
    return best;
  }
}
