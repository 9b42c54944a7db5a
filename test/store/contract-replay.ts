/**
 * Store contract, sequential batches (standalone MongoDB): a batch cut short by a crash and
 * then retried in full lands exactly once; conflicts and real duplicates still throw.
 */
import { DuplicateKeyError, type IndexSpec, WriteConflictError, type WriteOp } from '../../bots/store/port';
import { asDoc, type CurrentStore, rejection, rows, seed } from './contract-fixtures';

const keyUnique: IndexSpec = { collection: 'outbox', name: 'test_key_unique', keys: { idempotencyKey: 1 }, unique: true };

/** A commit shaped like CommitBuilder's: records, then the version-checked update, then "done" marks. */
const commitOps: WriteOp[] = [
  { collection: 'messages', kind: 'insertOne', doc: asDoc({ _id: 'm1:reply:0', text: 'first' }) },
  { collection: 'outbox', kind: 'insertOne', doc: asDoc({ _id: 'm1:reply:0:outbox', idempotencyKey: 'm1:reply:0' }) },
  { collection: 'audit', kind: 'insertOne', doc: asDoc({ _id: 'm1:audit:0', kind: 'decision' }) },
  {
    collection: 'conversations',
    kind: 'updateOne',
    filter: { _id: 'c1', version: 3 },
    update: { $set: { state: 'next', appliedInbound: ['m1'] }, $inc: { version: 1 } },
    mustMatch: true,
  },
  { collection: 'inbound', kind: 'updateOne', filter: { _id: 'm1' }, update: { $set: { status: 'done' } } },
];

/** Registers the replay tests. */
export function describeReplayContract(current: CurrentStore): void {
  describe('sequential batches: replay after a crash', () => {
    beforeEach(async () => {
      await current().ensureIndexes([keyUnique]);
      await seed(rows(current(), 'conversations'), [{ _id: 'c1', version: 3, state: 'asking' }]);
      await seed(rows(current(), 'inbound'), [{ _id: 'm1', status: 'pending' }]);
    });

    const everything = async () => ({
      conversations: await rows(current(), 'conversations').find({}, { sort: { _id: 1 } }),
      messages: await rows(current(), 'messages').find({}, { sort: { _id: 1 } }),
      outbox: await rows(current(), 'outbox').find({}, { sort: { _id: 1 } }),
      audit: await rows(current(), 'audit').find({}, { sort: { _id: 1 } }),
      inbound: await rows(current(), 'inbound').find({}, { sort: { _id: 1 } }),
    });

    it.each([1, 2, 3])('a retry after a crash following %i of the records lands each record once', async (landed) => {
      await current().writeAtomically(commitOps.slice(0, landed)); // the crashed attempt
      await current().writeAtomically(commitOps); // the retried turn writes the same ids
      const state = await everything();
      expect(state.messages).toHaveLength(1);
      expect(state.outbox).toHaveLength(1);
      expect(state.audit).toHaveLength(1);
      expect(state.conversations).toEqual([{ _id: 'c1', version: 4, state: 'next', appliedInbound: ['m1'] }]);
      expect(state.inbound).toEqual([{ _id: 'm1', status: 'done' }]);
    });

    it('stops at a version conflict, leaving the conversation and the inbound message untouched', async () => {
      await rows(current(), 'conversations').updateOne({ _id: 'c1' }, { $inc: { version: 1 } }); // someone else committed
      expect(await rejection(current().writeAtomically(commitOps))).toBeInstanceOf(WriteConflictError);
      const state = await everything();
      expect(state.conversations).toEqual([{ _id: 'c1', version: 4, state: 'asking' }]);
      expect(state.inbound).toEqual([{ _id: 'm1', status: 'pending' }]);
    });

    it('still throws DuplicateKeyError for a different document repeating a unique key', async () => {
      await current().writeAtomically(commitOps);
      const clash: WriteOp = { collection: 'outbox', kind: 'insertOne', doc: asDoc({ _id: 'other', idempotencyKey: 'm1:reply:0' }) };
      const error = await rejection(current().writeAtomically([clash]));
      expect(error).toBeInstanceOf(DuplicateKeyError);
      expect(error).toMatchObject({ code: 11000, index: keyUnique.name });
    });
  });
}
