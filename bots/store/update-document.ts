/** Applying MongoDB update documents to one document, with mingo doing the operator work. */
import { types } from 'node:util';
import { isDeepStrictEqual } from 'node:util';
import { update as mingoUpdate } from 'mingo';
import { deepCopy } from './deep-copy';
import type { Filter, StoredDocument, Update } from './port';
import { valueAtPath } from './document-paths';

/** A stored document as the embedded store handles it. */
export type Doc = StoredDocument & Record<string, unknown>;

/** True for `{ $gt: 1 }`-style objects: a plain object whose keys are all operators. */
function isOperatorObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || types.isDate(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => key.startsWith('$'));
}

/**
 * Rejects what MongoDB rejects but mingo would silently skip: replacement documents, and
 * $inc/$push on a field of the wrong type (MongoDB fails these with TypeMismatch).
 */
function assertValidUpdate(doc: Doc, update: Update): void {
  for (const [operator, fields] of Object.entries(update)) {
    if (!operator.startsWith('$')) {
      throw new TypeError(`Update documents must use operators ($set, $inc, ...); got field '${operator}'.`);
    }
    if (fields === null || typeof fields !== 'object') throw new TypeError(`${operator} needs an object of fields.`);
    for (const path of Object.keys(fields)) {
      const current = valueAtPath(doc, path);
      if (current === undefined || current === null) continue;
      if ((operator === '$inc' || operator === '$mul') && typeof current !== 'number') {
        throw new TypeError(`Cannot apply ${operator} to non-numeric field '${path}'.`);
      }
      if ((operator === '$push' || operator === '$addToSet') && !Array.isArray(current)) {
        throw new TypeError(`Cannot apply ${operator} to non-array field '${path}'.`);
      }
    }
  }
}

/** Splits off $setOnInsert, which mingo does not know and which only applies to upserts. */
function splitSetOnInsert(update: Update): { always: Update; onInsert: Record<string, unknown> | undefined } {
  const { $setOnInsert, ...always } = update;
  return { always, onInsert: $setOnInsert as Record<string, unknown> | undefined };
}

/**
 * Applies `update` to `doc` in place and says whether anything changed. The caller passes a
 * private copy: on a throw (e.g. a path conflict) the stored document is untouched.
 */
export function applyUpdate(doc: Doc, update: Update): boolean {
  assertValidUpdate(doc, update);
  const { always } = splitSetOnInsert(update);
  if (Object.keys(always).length === 0) return false;
  return applySimpleUpdate(doc, always) ?? mingoUpdate(doc, always).length > 0;
}

/**
 * The stored document `current` with `update` applied, as a new object; `current` is untouched.
 * Stored documents are never mutated, so the hot path ($set/$unset/$inc on top-level fields)
 * copies only the top level and shares the untouched subtrees; anything else deep-copies the
 * document and the update before mingo applies it.
 */
export function updatedCopy(current: Doc, update: Update): { next: Doc; changed: boolean } {
  assertValidUpdate(current, update);
  const { always } = splitSetOnInsert(update);
  if (Object.keys(always).length === 0) return { next: current, changed: false };
  if (isSimpleUpdate(current, always)) {
    const next = { ...current };
    return { next, changed: applySimpleUpdate(next, always) ?? false };
  }
  const next = deepCopy(current);
  return { next, changed: mingoUpdate(next, deepCopy(always)).length > 0 };
}

const SIMPLE_OPERATORS = new Set(['$set', '$unset', '$inc']);

/** True when every operator is $set/$unset/$inc on a top-level field (and $inc on numbers). */
function isSimpleUpdate(doc: Doc, update: Update): boolean {
  for (const [operator, fields] of Object.entries(update)) {
    if (!SIMPLE_OPERATORS.has(operator) || typeof fields !== 'object' || fields === null) return false;
    for (const [name, value] of Object.entries(fields as Record<string, unknown>)) {
      if (name.includes('.') || name === '_id') return false;
      if (operator === '$inc' && (typeof value !== 'number' || (doc[name] !== undefined && typeof doc[name] !== 'number'))) return false;
    }
  }
  return true;
}

/**
 * The hot path: $set, $unset and $inc on top-level fields, done directly. mingo builds a fresh
 * operator context for every update, which dominated a profile of the turn pipeline. Returns
 * null for anything else (dotted paths, other operators), which mingo then handles.
 */
function applySimpleUpdate(doc: Doc, update: Update): boolean | null {
  if (!isSimpleUpdate(doc, update)) return null;
  const operators = Object.entries(update) as [string, Record<string, unknown>][];
  let changed = false;
  for (const [operator, fields] of operators) {
    for (const [name, value] of Object.entries(fields)) {
      if (operator === '$set') {
        if (!isDeepStrictEqual(doc[name], value)) changed = true;
        doc[name] = deepCopy(value);
      } else if (operator === '$unset') {
        if (name in doc) changed = true;
        delete doc[name];
      } else {
        doc[name] = ((doc[name] as number | undefined) ?? 0) + (value as number);
        if (value !== 0) changed = true;
      }
    }
  }
  return changed;
}

/** The `_id` an upsert with this filter would get from it (top level or inside $and), as MongoDB derives it. */
export function idFromFilter(filter: Filter): unknown {
  return equalityFields(filter)._id;
}

/** The equality fields of a filter, which MongoDB copies into an upserted document. */
function equalityFields(filter: Filter): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$and' && Array.isArray(value)) {
      for (const clause of value) Object.assign(fields, equalityFields(clause as Filter));
    } else if (key.startsWith('$') || types.isRegExp(value)) {
      continue; // $or, $nor, $expr and regexes say nothing definite about the new document
    } else if (isOperatorObject(value)) {
      if ('$eq' in value) fields[key] = value.$eq;
    } else {
      fields[key] = value;
    }
  }
  return fields;
}

/**
 * The document an upsert inserts: the filter's equality fields, then the update, then
 * $setOnInsert, then a random `_id` if none of those supplied one (MongoDB would use an ObjectId).
 */
export function buildUpsert(filter: Filter, update: Update): Doc {
  const doc = {} as Doc;
  const fromFilter = equalityFields(filter);
  setFields(doc, fromFilter);
  applyUpdate(doc, update);
  setFields(doc, splitSetOnInsert(update).onInsert ?? {});
  // MongoDB refuses an upsert whose update sets an _id other than the one its filter fixes.
  if (fromFilter._id !== undefined && !isDeepStrictEqual(doc._id, fromFilter._id)) throw new ImmutableFieldError();
  if (doc._id === undefined) doc._id = crypto.randomUUID();
  return doc;
}

/** An update tried to change `_id` (MongoDB's ImmutableField, code 66). */
export class ImmutableFieldError extends Error {
  readonly code = 66;
  constructor() {
    super("Performing an update on the path '_id' would modify the immutable field '_id'");
  }
}

/** $set for a new document; `_id` is assigned directly because mingo treats it as immutable even when absent. */
function setFields(doc: Doc, fields: Record<string, unknown>): void {
  const { _id, ...rest } = fields;
  if (_id !== undefined) doc._id = _id as string;
  if (Object.keys(rest).length > 0) mingoUpdate(doc, { $set: rest });
}
