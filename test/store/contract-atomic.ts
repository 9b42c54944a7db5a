/** Store contract, consistency: all-or-nothing batches, single-winner claims, and copy isolation. */
import { DuplicateKeyError, type IndexSpec, WriteConflictError, type WriteOp } from '../../bots/store/port';
import { asDoc, type CurrentStore, idsWhere, rejection, rows, seed } from './contract-fixtures';

const addressUnique: IndexSpec = {
  collection: 'conversations',
  name: 'test_address_unique',
  keys: { address: 1 },
  unique: true,
};

/** Registers the atomic batch, concurrency and isolation tests. */
export function describeAtomicContract(current: CurrentStore): void {
  const conversations = () => rows(current(), 'conversations');
  const outbox = () => rows(current(), 'outbox');

  describe('writeAtomically', () => {
    beforeEach(async () => {
      await current().ensureIndexes([addressUnique]);
      await seed(conversations(), [
        { _id: 'c1', address: 'sms:1', version: 3, state: 'asking' },
        { _id: 'c2', address: 'sms:2', version: 1, state: 'idle' },
      ]);
      await seed(outbox(), [{ _id: 'o-old', conversationId: 'c1', status: 'sent' }]);
    });

    /** Everything in both collections, to compare before and after a failed batch. */
    const snapshot = async () => ({
      conversations: await conversations().find({}, { sort: { _id: 1 } }),
      outbox: await outbox().find({}, { sort: { _id: 1 } }),
    });

    it('applies inserts, version-checked updates and deletes together', async () => {
      await current().writeAtomically([
        { collection: 'outbox', kind: 'insertOne', doc: asDoc({ _id: 'o1', conversationId: 'c1', status: 'pending' }) },
        {
          collection: 'conversations',
          kind: 'updateOne',
          filter: { _id: 'c1', version: 3 },
          update: { $set: { state: 'confirming' }, $inc: { version: 1 } },
          mustMatch: true,
        },
        { collection: 'outbox', kind: 'deleteMany', filter: { status: 'sent' } },
      ]);
      expect(await conversations().findOne({ _id: 'c1' })).toMatchObject({ state: 'confirming', version: 4 });
      expect(await idsWhere(outbox(), {})).toEqual(['o1']);
    });

    it('undoes every earlier op and throws WriteConflictError when a mustMatch update matches nothing', async () => {
      const before = await snapshot();
      const ops: WriteOp[] = [
        { collection: 'outbox', kind: 'insertOne', doc: asDoc({ _id: 'o1', conversationId: 'c1' }) },
        { collection: 'conversations', kind: 'updateOne', filter: { _id: 'c2' }, update: { $set: { state: 'x' } } },
        { collection: 'outbox', kind: 'deleteMany', filter: {} },
        // Someone else already moved c1 to version 4.
        {
          collection: 'conversations',
          kind: 'updateOne',
          filter: { _id: 'c1', version: 2 },
          update: { $inc: { version: 1 } },
          mustMatch: true,
        },
      ];
      expect(await rejection(current().writeAtomically(ops))).toBeInstanceOf(WriteConflictError);
      expect(await snapshot()).toEqual(before);
    });

    it('undoes every earlier op and throws DuplicateKeyError when an op violates a unique index', async () => {
      const before = await snapshot();
      const ops: WriteOp[] = [
        { collection: 'conversations', kind: 'updateOne', filter: { _id: 'c1' }, update: { $inc: { version: 1 } } },
        { collection: 'outbox', kind: 'deleteMany', filter: { conversationId: 'c1' } },
        { collection: 'conversations', kind: 'insertOne', doc: asDoc({ _id: 'c3', address: 'sms:2' }) },
      ];
      const error = await rejection(current().writeAtomically(ops));
      expect(error).toBeInstanceOf(DuplicateKeyError);
      expect(error).toMatchObject({ code: 11000, index: addressUnique.name });
      expect(await snapshot()).toEqual(before);
    });

    it('never lets a concurrent reader see half a batch', async () => {
      const ops: WriteOp[] = [
        { collection: 'outbox', kind: 'insertOne', doc: asDoc({ _id: 'o1', batch: 'b' }) },
        { collection: 'outbox', kind: 'insertOne', doc: asDoc({ _id: 'o2', batch: 'b' }) },
      ];
      const [, seen] = await Promise.all([current().writeAtomically(ops), outbox().countDocuments({ batch: 'b' })]);
      expect([0, 2]).toContain(seen);
      expect(await outbox().countDocuments({ batch: 'b' })).toBe(2);
    });
  });

  describe('concurrent claims', () => {
    it('lets exactly one of 20 concurrent findOneAndUpdate claims win', async () => {
      await conversations().insertOne({ _id: 'ticket', owner: null });
      const attempts = Array.from({ length: 20 }, (_, i) =>
        conversations().findOneAndUpdate(
          { _id: 'ticket', owner: null },
          { $set: { owner: `agent-${i}` } },
          { returnDocument: 'after' },
        ),
      );
      const results = await Promise.all(attempts);
      const winners = results.filter((doc) => doc !== null);
      expect(winners).toHaveLength(1);
      expect(await conversations().findOne({ _id: 'ticket' })).toEqual(winners[0]);
    });
  });

  describe('copies in and out', () => {
    it('is not changed by mutating a document after inserting it', async () => {
      const doc = { _id: 'c1', tags: ['a'], dialog: { step: 'ask' }, at: new Date('2026-01-01T00:00:00Z') };
      await conversations().insertOne(doc);
      doc.tags.push('b');
      doc.dialog.step = 'hacked';
      doc.at.setTime(0);
      expect(await conversations().findOne({ _id: 'c1' })).toEqual({
        _id: 'c1',
        tags: ['a'],
        dialog: { step: 'ask' },
        at: new Date('2026-01-01T00:00:00Z'),
      });
    });

    it('is not changed by mutating a document it returned', async () => {
      await conversations().insertOne({ _id: 'c1', dialog: { step: 'ask' }, tags: ['a'] });
      const read = await conversations().findOne({ _id: 'c1' });
      (read?.dialog as { step: string }).step = 'hacked';
      const [listed] = await conversations().find({});
      (listed?.tags as string[]).push('b');
      const returned = await conversations().findOneAndUpdate({ _id: 'c1' }, { $set: { n: 1 } }, { returnDocument: 'after' });
      (returned?.dialog as { step: string }).step = 'hacked again';
      expect(await conversations().findOne({ _id: 'c1' })).toEqual({ _id: 'c1', dialog: { step: 'ask' }, tags: ['a'], n: 1 });
    });

    it('is not changed by mutating the values of an update after it ran', async () => {
      await conversations().insertOne({ _id: 'c1' });
      const slots = { postcode: 'CF10 1AA' };
      await conversations().updateOne({ _id: 'c1' }, { $set: { slots } });
      slots.postcode = 'hacked';
      const upsertFilter = { _id: 'c2', meta: { source: 'sms' } };
      await conversations().updateOne(upsertFilter, { $set: { n: 1 } }, { upsert: true });
      upsertFilter.meta.source = 'hacked';
      expect(await conversations().findOne({ _id: 'c1' })).toEqual({ _id: 'c1', slots: { postcode: 'CF10 1AA' } });
      expect(await conversations().findOne({ _id: 'c2' })).toEqual({ _id: 'c2', meta: { source: 'sms' }, n: 1 });
    });
  });
}
