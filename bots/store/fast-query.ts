/**
 * The common queries, answered without mingo: filters of equality, $in, $ne and range
 * conditions on top-level fields (and $or of them), and sorts on fields that hold one kind of value (all numbers, all strings or all Dates).
 * mingo compiles every filter afresh, which a profile of the turn pipeline showed among its
 * largest costs. Anything these cannot answer exactly as MongoDB would returns null, and
 * the caller asks mingo.
 */
import { types } from 'node:util';
import type { Filter, Sort } from './port';
import type { Doc } from './update-document';

/** A compiled test of one document, or null when the filter needs mingo. */
type Test = (doc: Doc) => boolean | 'unsure';

/** The documents among `docs` that match `filter`, or null when the filter needs mingo. */
export function matchEquality(filter: Filter, docs: readonly Doc[]): Doc[] | null {
  const test = compileFilter(filter);
  if (!test) return null;
  const matched: Doc[] = [];
  for (const doc of docs) {
    const result = test(doc);
    // An array value somewhere: MongoDB matches its elements, so leave the whole query to mingo.
    if (result === 'unsure') return null;
    if (result) matched.push(doc);
  }
  return matched;
}

/** A test for plain field conditions and `$or` of them; null for anything else. */
function compileFilter(filter: Filter): Test | null {
  const tests: Test[] = [];
  for (const [field, condition] of Object.entries(filter)) {
    if (field === '$or') {
      if (!Array.isArray(condition) || condition.length === 0) return null;
      const branches = (condition as Filter[]).map(compileFilter);
      if (branches.some((b) => b === null)) return null;
      tests.push(anyOf(branches as Test[]));
      continue;
    }
    if (field.startsWith('$') || field.includes('.')) return null;
    const test = compileCondition(field, condition);
    if (!test) return null;
    tests.push(test);
  }
  return (doc) => {
    for (const test of tests) {
      const result = test(doc);
      if (result !== true) return result;
    }
    return true;
  };
}

function anyOf(branches: Test[]): Test {
  return (doc) => {
    for (const branch of branches) {
      const result = branch(doc);
      if (result !== false) return result;
    }
    return false;
  };
}

const isPrimitive = (value: unknown): value is string | number | boolean => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/** The test for one field: equality with a primitive or null, or an object of $in/$ne/$lt/$lte/$gt/$gte. */
function compileCondition(field: string, condition: unknown): Test | null {
  if (condition === null || isPrimitive(condition)) return fieldTest(field, (value) => equals(value, condition));
  if (typeof condition !== 'object' || Array.isArray(condition) || types.isDate(condition) || types.isRegExp(condition)) return null;
  const checks: ((value: unknown) => boolean)[] = [];
  for (const [operator, operand] of Object.entries(condition)) {
    if (operator === '$in') {
      if (!Array.isArray(operand) || !operand.every((o) => o === null || isPrimitive(o))) return null;
      checks.push((value) => operand.some((o) => equals(value, o)));
    } else if (operator === '$ne') {
      if (operand !== null && !isPrimitive(operand)) return null;
      checks.push((value) => !equals(value, operand));
    } else if (operator === '$lt' || operator === '$lte' || operator === '$gt' || operator === '$gte') {
      const bound = comparable(operand);
      if (bound === null) return null;
      checks.push((value) => {
        const actual = comparable(value);
        // MongoDB compares within one type only: a number never matches a Date bound, nor a missing field.
        if (actual === null || actual.kind !== bound.kind) return false;
        if (operator === '$lt') return actual.key < bound.key;
        if (operator === '$lte') return actual.key <= bound.key;
        if (operator === '$gt') return actual.key > bound.key;
        return actual.key >= bound.key;
      });
    } else return null;
  }
  if (checks.length === 0) return null;
  return fieldTest(field, (value) => checks.every((check) => check(value)));
}

/** Applies `test` to the field's value; an array value makes the answer unsure. */
function fieldTest(field: string, test: (value: unknown) => boolean): Test {
  return (doc) => {
    const value = doc[field];
    if (Array.isArray(value)) return 'unsure';
    return test(value);
  };
}

/** MongoDB equality for a primitive or null operand: null also matches a missing field. */
function equals(value: unknown, operand: unknown): boolean {
  return operand === null ? value === null || value === undefined : value === operand;
}

/**
 * A number or Date as something `<` can order, with its kind; null for anything else (strings
 * are left to mingo: MongoDB orders them by UTF-8 bytes, which `<` does not always agree with).
 */
function comparable(value: unknown): { kind: string; key: number | string } | null {
  if (typeof value === 'number') return Number.isNaN(value) ? null : { kind: 'number', key: value };
  if (types.isDate(value)) return { kind: 'date', key: value.getTime() };
  return null;
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
