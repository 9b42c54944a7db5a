/** Store contract, updates: operators, upsert, updateMany, findOneAndUpdate. */
import { type CurrentStore, idsWhere, rejection, rows, seed } from './contract-fixtures';

const t0 = new Date('2026-01-01T09:00:00Z');

/** Registers the update tests. */
export function describeUpdateContract(current: CurrentStore): void {
  describe('updating', () => {
    const docs = () => rows(current());
    beforeEach(async () => {
      await seed(docs(), [
        { _id: 'a', status: 'open', version: 1, attempts: 0, tags: ['x'], at: t0, dialog: { step: 'ask' } },
        { _id: 'b', status: 'open', version: 1, priority: 2 },
        { _id: 'c', status: 'closed', version: 4, priority: 1 },
      ]);
    });

    it('$set writes dotted paths, creating nested objects; $unset removes fields', async () => {
      const result = await docs().updateOne(
        { _id: 'a' },
        { $set: { 'dialog.step': 'confirm', 'dialog.slots.postcode': 'CF10 1AA' }, $unset: { at: '' } },
      );
      expect(result).toEqual({ matchedCount: 1, modifiedCount: 1 });
      const doc = await docs().findOne({ _id: 'a' });
      expect(doc?.dialog).toEqual({ step: 'confirm', slots: { postcode: 'CF10 1AA' } });
      expect(doc).not.toHaveProperty('at');
    });

    it('$inc adds to a number and starts a missing field from zero', async () => {
      await docs().updateOne({ _id: 'a' }, { $inc: { version: 1, attempts: 2, misses: 1 } });
      expect(await docs().findOne({ _id: 'a' })).toMatchObject({ version: 2, attempts: 2, misses: 1 });
    });

    it('$push appends (one, or $each), creating the array; $pull removes matches', async () => {
      await docs().updateOne({ _id: 'a' }, { $push: { tags: 'y', notes: 'first' } });
      await docs().updateOne({ _id: 'a' }, { $push: { tags: { $each: ['z', 'x'] } } });
      expect(await docs().findOne({ _id: 'a' })).toMatchObject({ tags: ['x', 'y', 'z', 'x'], notes: ['first'] });
      await docs().updateOne({ _id: 'a' }, { $pull: { tags: 'x' } });
      expect((await docs().findOne({ _id: 'a' }))?.tags).toEqual(['y', 'z']);
    });

    it('$min and $max only move a value in their direction, Dates included', async () => {
      const earlier = new Date(t0.getTime() - 1000);
      const later = new Date(t0.getTime() + 1000);
      await docs().updateOne({ _id: 'b' }, { $min: { priority: 5 }, $max: { version: 3 } });
      expect(await docs().findOne({ _id: 'b' })).toMatchObject({ priority: 2, version: 3 });
      await docs().updateOne({ _id: 'a' }, { $max: { at: later } });
      await docs().updateOne({ _id: 'a' }, { $min: { at: earlier } });
      expect((await docs().findOne({ _id: 'a' }))?.at).toEqual(earlier);
    });

    it('reports matched but not modified when the update changes nothing, and zero when nothing matches', async () => {
      expect(await docs().updateOne({ _id: 'b' }, { $set: { status: 'open' } })).toEqual({
        matchedCount: 1,
        modifiedCount: 0,
      });
      expect(await docs().updateOne({ _id: 'zz' }, { $set: { status: 'open' } })).toEqual({
        matchedCount: 0,
        modifiedCount: 0,
      });
      expect(await docs().countDocuments({})).toBe(3);
    });

    it('updateOne changes only one of several matches; updateMany changes them all', async () => {
      expect(await docs().updateOne({ status: 'open' }, { $set: { flagged: true } })).toMatchObject({ matchedCount: 1 });
      expect(await docs().countDocuments({ flagged: true })).toBe(1);
      expect(await docs().updateMany({ status: 'open' }, { $set: { flagged: true } })).toEqual({
        matchedCount: 2,
        modifiedCount: 1,
      });
      expect(await idsWhere(docs(), { flagged: true })).toEqual(['a', 'b']);
    });

    it('upsert inserts the filter equalities, $set and $setOnInsert, with a generated string _id', async () => {
      const result = await docs().updateOne(
        { address: 'sms:+447700900123', ownership: { $eq: 'bot' }, version: { $gte: 0 } },
        { $set: { locale: 'cy' }, $setOnInsert: { createdAt: t0 }, $inc: { turns: 1 } },
        { upsert: true },
      );
      expect(result.matchedCount).toBe(0);
      expect(result.modifiedCount).toBe(0);
      expect(typeof result.upsertedId).toBe('string');
      const doc = await docs().findOne({ address: 'sms:+447700900123' });
      expect(doc).toEqual({
        _id: result.upsertedId,
        address: 'sms:+447700900123',
        ownership: 'bot',
        locale: 'cy',
        createdAt: t0,
        turns: 1,
      });
    });

    it('upsert uses the filter _id, and ignores $setOnInsert when a document matches', async () => {
      await docs().updateOne({ _id: 'new' }, { $set: { status: 'open' } }, { upsert: true });
      expect(await docs().findOne({ _id: 'new' })).toEqual({ _id: 'new', status: 'open' });
      const result = await docs().updateOne(
        { _id: 'b' },
        { $set: { status: 'held' }, $setOnInsert: { version: 99 } },
        { upsert: true },
      );
      expect(result).toEqual({ matchedCount: 1, modifiedCount: 1 });
      expect(await docs().findOne({ _id: 'b' })).toMatchObject({ status: 'held', version: 1 });
    });

    it('upsert takes the _id from inside $and, as MongoDB derives it', async () => {
      const result = await docs().updateOne({ $and: [{ _id: 'from-and' }, { status: { $ne: 'closed' } }] }, { $set: { status: 'open' } }, { upsert: true });
      expect(result.upsertedId).toBe('from-and');
      expect(await docs().findOne({ _id: 'from-and' })).toEqual({ _id: 'from-and', status: 'open' });
      const found = await docs().findOneAndUpdate({ $and: [{ _id: 'also-from-and' }] }, { $set: { status: 'held' } }, { upsert: true, returnDocument: 'after' });
      expect(found).toEqual({ _id: 'also-from-and', status: 'held' });
    });

    it('refuses an upsert whose update would change the _id its filter fixes (ImmutableField)', async () => {
      const error = await rejection(docs().updateOne({ $and: [{ _id: 'fixed' }] }, { $set: { status: 'open' }, $setOnInsert: { _id: 'other' } }, { upsert: true }));
      expect(error).toMatchObject({ code: 66 });
      expect(await docs().findOne({ _id: { $in: ['fixed', 'other'] } })).toBeNull();
    });

    it('findOneAndUpdate returns the document before the update by default, or after on request', async () => {
      const before = await docs().findOneAndUpdate({ _id: 'a' }, { $inc: { version: 1 } });
      expect(before).toMatchObject({ _id: 'a', version: 1 });
      const after = await docs().findOneAndUpdate({ _id: 'a' }, { $inc: { version: 1 } }, { returnDocument: 'after' });
      expect(after).toMatchObject({ _id: 'a', version: 3 });
    });

    it('findOneAndUpdate updates the first document in sort order', async () => {
      const claimed = await docs().findOneAndUpdate(
        { priority: { $exists: true } },
        { $set: { claimedBy: 'w1' } },
        { sort: { priority: 1 }, returnDocument: 'after' },
      );
      expect(claimed).toMatchObject({ _id: 'c', claimedBy: 'w1' });
      expect(await idsWhere(docs(), { claimedBy: 'w1' })).toEqual(['c']);
    });

    it('findOneAndUpdate returns null when nothing matches, and changes nothing', async () => {
      expect(await docs().findOneAndUpdate({ status: 'gone' }, { $set: { seen: true } })).toBeNull();
      expect(await docs().countDocuments({ seen: true })).toBe(0);
    });

    it('findOneAndUpdate with upsert returns null before, or the new document after', async () => {
      expect(
        await docs().findOneAndUpdate({ _id: 'u1' }, { $set: { status: 'open' } }, { upsert: true }),
      ).toBeNull();
      expect(await docs().findOne({ _id: 'u1' })).toEqual({ _id: 'u1', status: 'open' });
      const created = await docs().findOneAndUpdate(
        { _id: 'u2' },
        { $set: { status: 'open' } },
        { upsert: true, returnDocument: 'after' },
      );
      expect(created).toEqual({ _id: 'u2', status: 'open' });
    });
  });
}
