/**
 * The embedded store's mingo-free query path must answer exactly as mingo (and so MongoDB)
 * does, or decline. Random documents and filters, compared with mingo on each.
 */
import fc from 'fast-check';
import { Context } from 'mingo/core';
import * as queryOperators from 'mingo/operators/query';
import { Query } from 'mingo/query';
import { matchEquality, sortSimply } from '../../bots/store/fast-query';
import type { Doc } from '../../bots/store/update-document';

const QUERY_OPTIONS = { context: Context.init({ query: queryOperators }) };
const FIELDS = ['status', 'n', 'at', 'owner'] as const;
const dates = [new Date('2026-11-01T00:00:00Z'), new Date('2026-11-02T00:00:00Z'), new Date('2026-11-03T00:00:00Z')];

const scalar = fc.oneof(fc.constantFrom('pending', 'sent', 'a'), fc.integer({ min: -2, max: 3 }), fc.boolean(), fc.constant(null), fc.constantFrom(...dates));
const value = fc.oneof({ weight: 6, arbitrary: scalar }, { weight: 1, arbitrary: fc.array(scalar, { maxLength: 2 }) });
const doc = fc.record({ status: value, n: value, at: value, owner: value }, { requiredKeys: [] });
const primitiveOrNull = fc.oneof(fc.constantFrom('pending', 'sent'), fc.integer({ min: -2, max: 3 }), fc.constant(null), fc.boolean());
const condition = fc.oneof(
  primitiveOrNull,
  fc.record({ $in: fc.array(primitiveOrNull, { maxLength: 3 }) }),
  fc.record({ $ne: primitiveOrNull }),
  fc.record({ $lt: fc.oneof(fc.integer({ min: -2, max: 3 }), fc.constantFrom(...dates)) }),
  fc.record({ $gte: fc.oneof(fc.integer({ min: -2, max: 3 }), fc.constantFrom(...dates)) }),
  fc.record({ $gt: fc.integer({ min: -2, max: 3 }), $lte: fc.integer({ min: -2, max: 3 }) }),
);
const clause = fc.dictionary(fc.constantFrom(...FIELDS), condition, { maxKeys: 2 });
const filter = fc.oneof(clause, fc.record({ $or: fc.array(clause, { minLength: 1, maxLength: 3 }) }), fc.tuple(clause, fc.array(clause, { minLength: 1, maxLength: 2 })).map(([c, or]) => ({ ...c, $or: or })));

const withIds = (docs: Record<string, unknown>[]): Doc[] => docs.map((d, i) => ({ _id: `d${i}`, ...d }));
const ids = (docs: readonly Doc[]) => docs.map((d) => d._id);

describe('the mingo-free query path', () => {
  it('matches exactly the documents mingo matches, or declines', () => {
    let answered = 0;
    fc.assert(
      fc.property(fc.array(doc, { maxLength: 8 }), filter, (raw, f) => {
        const docs = withIds(raw);
        const fast = matchEquality(f, docs);
        if (fast === null) return;
        answered += 1;
        expect(ids(fast)).toEqual(ids(new Query(f, QUERY_OPTIONS).find<Doc>(docs).all()));
      }),
      { numRuns: 3000 },
    );
    // The fast path must actually answer most of these, or it is not the fast path.
    expect(answered).toBeGreaterThan(1500);
  });

  it('sorts exactly as mingo sorts, or declines', () => {
    const sortable = fc.record({ seq: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constantFrom('x', 'y')), at: fc.constantFrom(...dates) }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.array(sortable, { maxLength: 8 }), fc.constantFrom<1 | -1>(1, -1), fc.constantFrom('seq', 'at'), (raw, direction, field) => {
        const docs = withIds(raw);
        const fast = sortSimply(docs, { [field]: direction });
        if (fast === null) return;
        expect(ids(fast)).toEqual(ids(new Query({}, QUERY_OPTIONS).find<Doc>(docs).sort({ [field]: direction }).all()));
      }),
      { numRuns: 1000 },
    );
  });
});
