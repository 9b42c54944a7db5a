/** Reading values out of stored documents by MongoDB dotted path, and comparing them as index keys. */
import { types } from 'node:util';

/** The value at a dotted path (`a.b.0`), or undefined when any step is missing. */
export function valueAtPath(doc: unknown, path: string): unknown {
  let current: unknown = doc;
  for (const step of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[step];
  }
  return current;
}

/**
 * A string that is equal for two values exactly when MongoDB would put them under the same
 * index key. Missing and null are the same key (MongoDB indexes a missing field as null), and
 * type is part of the key so that `1` and `'1'` differ.
 */
export function indexKeyPart(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (types.isDate(value)) return `date:${value.getTime()}`;
  if (Array.isArray(value)) return `[${value.map(indexKeyPart).join(',')}]`;
  if (typeof value === 'object') {
    const fields = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${indexKeyPart(v)}`);
    return `{${fields.join(',')}}`;
  }
  if (typeof value === 'bigint') return `number:${value.toString()}`;
  return `${typeof value}:${JSON.stringify(value)}`;
}

/** The full (possibly compound) index key of a document for the given index keys. */
export function indexKey(doc: unknown, keys: Record<string, 1 | -1>): string {
  return Object.keys(keys)
    .map((path) => indexKeyPart(valueAtPath(doc, path)))
    .join('|');
}
