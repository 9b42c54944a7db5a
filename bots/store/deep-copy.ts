/**
 * Deep copies for documents going into and out of the embedded store.
 *
 * Not structuredClone, on purpose: structuredClone builds its Dates in Node's main realm, so under
 * Jest (which runs tests in a separate realm) `doc.at instanceof Date` would be false for every
 * document read back. Copying by hand makes Dates with the caller's own Date constructor.
 */
import { types } from 'node:util';

/** A deep copy of plain data: objects, arrays, Dates and primitives; anything else via structuredClone. */
export function deepCopy<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (types.isDate(value)) return new Date(value.getTime()) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => deepCopy(item)) as T;
  if (types.isRegExp(value)) return value; // filters only; never stored, and never mutated
  if (Object.prototype.toString.call(value) === '[object Object]') {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = deepCopy(item);
    return copy as T;
  }
  return structuredClone(value);
}
