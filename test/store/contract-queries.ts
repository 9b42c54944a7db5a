/** Store contract, reads: filters as MongoDB evaluates them, sort, limit, count. */
import { type CurrentStore, ids, idsWhere, rows, seed } from './contract-fixtures';

const t0 = new Date('2026-01-01T09:00:00Z');
const minutes = (n: number): Date => new Date(t0.getTime() + n * 60_000);

/** Registers the read tests. */
export function describeQueryContract(current: CurrentStore): void {
  describe('reading', () => {
    const people = () => rows(current());
    beforeEach(async () => {
      await seed(people(), [
        { _id: 'a', name: 'Ann', age: 30, owner: null, at: minutes(1), address: { postcode: 'CF10 1AA', town: 'Cardiff' } },
        { _id: 'b', name: 'Bea', age: 41, owner: 'agent-1', at: minutes(5), tags: ['bins', 'urgent'] },
        { _id: 'c', name: 'Cai', age: 25, at: minutes(3), address: { postcode: 'SA1 1AA', town: 'Swansea' } },
        { _id: 'd', name: 'Dee', age: 41, owner: 'agent-2', at: minutes(2), tags: ['council-tax'] },
      ]);
    });

    it('returns what was stored, with Dates, nested objects and arrays intact', async () => {
      const doc = await people().findOne({ _id: 'a' });
      expect(doc).toEqual({
        _id: 'a',
        name: 'Ann',
        age: 30,
        owner: null,
        at: minutes(1),
        address: { postcode: 'CF10 1AA', town: 'Cardiff' },
      });
      expect(doc?.at).toBeInstanceOf(Date);
    });

    it('returns null from findOne when nothing matches', async () => {
      expect(await people().findOne({ name: 'Nobody' })).toBeNull();
    });

    it('matches $in, $lt on Dates and $gte on numbers', async () => {
      expect(await idsWhere(people(), { name: { $in: ['Bea', 'Cai', 'Zed'] } })).toEqual(['b', 'c']);
      expect(await idsWhere(people(), { at: { $lt: minutes(3) } })).toEqual(['a', 'd']);
      expect(await idsWhere(people(), { age: { $gte: 41 } })).toEqual(['b', 'd']);
    });

    it('matches $or and implicit $and', async () => {
      expect(await idsWhere(people(), { $or: [{ age: 25 }, { owner: 'agent-1' }] })).toEqual(['b', 'c']);
      expect(await idsWhere(people(), { age: 41, owner: 'agent-2' })).toEqual(['d']);
    });

    it('matches $exists true and false', async () => {
      expect(await idsWhere(people(), { tags: { $exists: true } })).toEqual(['b', 'd']);
      expect(await idsWhere(people(), { owner: { $exists: false } })).toEqual(['c']);
    });

    it('matches dotted paths into nested objects, and array membership', async () => {
      expect(await idsWhere(people(), { 'address.town': 'Swansea' })).toEqual(['c']);
      expect(await idsWhere(people(), { tags: 'urgent' })).toEqual(['b']);
    });

    it('matches a missing field with null, as MongoDB does', async () => {
      expect(await idsWhere(people(), { owner: null })).toEqual(['a', 'c']);
      expect(await idsWhere(people(), { owner: { $ne: null } })).toEqual(['b', 'd']);
    });

    it('sorts ascending and descending on several keys, and limits', async () => {
      expect(ids(await people().find({}, { sort: { at: 1 } }))).toEqual(['a', 'd', 'c', 'b']);
      expect(ids(await people().find({}, { sort: { age: -1, name: 1 } }))).toEqual(['b', 'd', 'a', 'c']);
      expect(ids(await people().find({ age: { $gt: 20 } }, { sort: { at: -1 }, limit: 2 }))).toEqual(['b', 'c']);
    });

    it('findOne honours sort', async () => {
      expect((await people().findOne({ age: 41 }, { sort: { at: 1 } }))?._id).toBe('d');
      expect((await people().findOne({ age: 41 }, { sort: { at: -1 } }))?._id).toBe('b');
    });

    it('counts matching documents', async () => {
      expect(await people().countDocuments({})).toBe(4);
      expect(await people().countDocuments({ age: 41 })).toBe(2);
      expect(await people().countDocuments({ age: 99 })).toBe(0);
    });

    it('deleteMany removes exactly the matches and reports how many', async () => {
      expect(await people().deleteMany({ age: 41 })).toEqual({ deletedCount: 2 });
      expect(await idsWhere(people(), {})).toEqual(['a', 'c']);
      expect(await people().deleteMany({ age: 41 })).toEqual({ deletedCount: 0 });
    });

    it('keeps collections apart', async () => {
      expect(await rows(current(), 'outbox').countDocuments({})).toBe(0);
    });
  });
}
