/** Store contract, indexes: unique (single, compound, missing-as-null), duplicate key errors, idempotent creation. */
import { INDEXES } from '../../bots/store/indexes';
import { DuplicateKeyError, isDuplicateKeyError, type IndexSpec } from '../../bots/store/port';
import { describeIndexMigrationContract } from './contract-index-migrations';
import { type CurrentStore, rows, seed, rejection } from './contract-fixtures';

const addressUnique: IndexSpec = {
  collection: 'conversations',
  name: 'test_address_unique',
  keys: { address: 1 },
  unique: true,
};
const channelMessageUnique: IndexSpec = {
  collection: 'inbound',
  name: 'test_channel_message_unique',
  keys: { channel: 1, providerMessageId: 1 },
  unique: true,
};

/** Asserts a duplicate-key error from the named index, code 11000 as in MongoDB. */
function expectDuplicateKey(error: unknown, index: string): void {
  expect(error).toBeInstanceOf(DuplicateKeyError);
  expect(isDuplicateKeyError(error)).toBe(true);
  expect(error).toMatchObject({ code: 11000, index });
}

/** Registers the index tests. */
export function describeIndexContract(current: CurrentStore): void {
  describeIndexMigrationContract(current);
  describe('indexes', () => {
    const conversations = () => rows(current(), 'conversations');
    const inbound = () => rows(current(), 'inbound');

    it('rejects a second document with the same _id (code 11000) and keeps the first', async () => {
      await conversations().insertOne({ _id: 'c1', address: 'sms:1' });
      expectDuplicateKey(await rejection(conversations().insertOne({ _id: 'c1', address: 'sms:2' })), '_id_');
      expect(await conversations().findOne({ _id: 'c1' })).toEqual({ _id: 'c1', address: 'sms:1' });
    });

    it('rejects an insert that repeats a unique key, naming the index', async () => {
      await current().ensureIndexes([addressUnique]);
      await conversations().insertOne({ _id: 'c1', address: 'sms:1' });
      expectDuplicateKey(await rejection(conversations().insertOne({ _id: 'c2', address: 'sms:1' })), addressUnique.name);
      expect(await conversations().countDocuments({})).toBe(1);
    });

    it('rejects an update that would repeat a unique key, leaving the document as it was', async () => {
      await current().ensureIndexes([addressUnique]);
      await seed(conversations(), [
        { _id: 'c1', address: 'sms:1' },
        { _id: 'c2', address: 'sms:2' },
      ]);
      const error = await rejection(conversations().updateOne({ _id: 'c2' }, { $set: { address: 'sms:1' } }));
      expectDuplicateKey(error, addressUnique.name);
      expect(await conversations().findOne({ _id: 'c2' })).toEqual({ _id: 'c2', address: 'sms:2' });
      expectDuplicateKey(
        await rejection(conversations().findOneAndUpdate({ _id: 'c2' }, { $set: { address: 'sms:1' } })),
        addressUnique.name,
      );
    });

    it('rejects an upsert that would repeat a unique key', async () => {
      await current().ensureIndexes([addressUnique]);
      await conversations().insertOne({ _id: 'c1', address: 'sms:1' });
      const error = await rejection(
        conversations().updateOne({ _id: 'c9' }, { $set: { address: 'sms:1' } }, { upsert: true }),
      );
      expectDuplicateKey(error, addressUnique.name);
      expect(await conversations().findOne({ _id: 'c9' })).toBeNull();
    });

    it('enforces a compound unique key on the combination, not on each field', async () => {
      await current().ensureIndexes([channelMessageUnique]);
      await seed(inbound(), [
        { _id: 'i1', channel: 'sms', providerMessageId: 'SM1' },
        { _id: 'i2', channel: 'teams', providerMessageId: 'SM1' },
        { _id: 'i3', channel: 'sms', providerMessageId: 'SM2' },
      ]);
      const error = await rejection(inbound().insertOne({ _id: 'i4', channel: 'sms', providerMessageId: 'SM1' }));
      expectDuplicateKey(error, channelMessageUnique.name);
      expect(await inbound().countDocuments({})).toBe(3);
    });

    it('counts a missing unique field as null, so only one document may lack it', async () => {
      await current().ensureIndexes([addressUnique]);
      await conversations().insertOne({ _id: 'c1' });
      expectDuplicateKey(await rejection(conversations().insertOne({ _id: 'c2' })), addressUnique.name);
      expectDuplicateKey(
        await rejection(conversations().insertOne({ _id: 'c3', address: null })),
        addressUnique.name,
      );
    });

    it('distinguishes values of different types under a unique index', async () => {
      await current().ensureIndexes([addressUnique]);
      await conversations().insertOne({ _id: 'c1', address: '1' });
      await expect(conversations().insertOne({ _id: 'c2', address: 1 })).resolves.toBeUndefined();
    });

    it('creates the service indexes idempotently, reporting each once', async () => {
      const created = await current().ensureIndexes(INDEXES);
      expect(created.map((change) => [change.name, change.action])).toEqual(INDEXES.map((spec) => [spec.name, 'created']));
      await expect(current().ensureIndexes(INDEXES)).resolves.toEqual([]);
      await conversations().insertOne({ _id: 'c1', address: 'sms:1' });
      expectDuplicateKey(
        await rejection(conversations().insertOne({ _id: 'c2', address: 'sms:1' })),
        'conversations_address_unique',
      );
    });

    it('refuses to create a unique index over data that already violates it', async () => {
      await seed(conversations(), [
        { _id: 'c1', address: 'sms:1' },
        { _id: 'c2', address: 'sms:1' },
      ]);
      expect(isDuplicateKeyError(await rejection(current().ensureIndexes([addressUnique])))).toBe(true);
      // The index was not created: a third copy is still accepted.
      await expect(conversations().insertOne({ _id: 'c3', address: 'sms:1' })).resolves.toBeUndefined();
    });
  });
}
