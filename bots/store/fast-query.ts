/**
 * The common queries, answered without mingo: filters of plain equality on top-level fields,
 * and sorts on fields that hold one kind of value (all numbers, all strings or all Dates).
 * mingo compiles every filter afresh, which a profile of the turn pipeline showed among its
 * largest costs. Anything these cannot answer exactly as MongoDB would returns null, and
 * the caller asks mingo.
 */
import { types } from 'node:util';
import type { Filter, Sort } from './port';
import type { Doc } from './update-document';

/** The documents among `docs` that match `filter`, or null when the filter is not plain equality. */
export function matchEquality(filter: Filter, docs: readonly Doc[]): Doc[] | null {
  const entries = Object.entries(filter);
  for (const [field, value] of entries) {
    if (field.startsWith('$') || field.includes('.')) return null;
    if (value !== null && typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return null;
  }
  const matched: Doc[] = [];
  for (const doc of docs) {
    let matches = true;
    for (const [field, value] of entries) {
      const actual = doc[field];
      // Equality on an array matches its elements in MongoDB: leave those to mingo.
      if (Array.isArray(actual)) return null;
      // `{ field: null }` matches a missing field too.
      if (value === null ? actual !== null && actual !== undefined : actual !== value) {
        matches = false;
        break;
      }
    }
    if (matches) matched.push(doc);
  }
  return matched;
}

type SortValue = number | string | Date;

/** `docs` sorted by `sort` (stable), or null when a sort field mixes kinds of value or is missing somewhere. */
export function sortSimply(docs: readonly Doc[], sort: Sort): Doc[] | null {
  const fields = Object.entries(sort);
  for (const [field] of fields) {
    if (field.includes('.')) return null;
    let kind: string | null = null;
    for (const doc of docs) {
      const value = doc[field];
      const valueKind = types.isDate(value) ? 'date' : typeof value;
      if (valueKind !== 'number' && valueKind !== 'string' && valueKind !== 'date') return null;
      if (kind !== null && kind !== valueKind) return null;
      kind = valueKind;
    }
  }
  const key = (value: unknown): number | string => (types.isDate(value) ? value.getTime() : (value as SortValue as number | string));
  return [...docs].sort((a, b) => {
    for (const [field, direction] of fields) {
      const x = key(a[field]);
      const y = key(b[field]);
      if (x < y) return -direction;
      if (x > y) return direction;
    }
    return 0;
  });
}
