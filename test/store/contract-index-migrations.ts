/**
 * Store contract, index migrations: the declared indexes are the desired state. A store that
 * already holds an older definition (another TTL, unique added or dropped, new keys, a new
 * name for the same keys) is brought to the new one at start-up, without failing, and a
 * second start-up finds nothing to change (on MongoDB that re-reads listIndexes).
 */
import { INDEXES } from '../../bots/store/indexes';
import type { IndexSpec } from '../../bots/store/port';
import { type CurrentStore, rejection, rows, seed } from './contract-fixtures';

const byAddress: IndexSpec = { collection: 'conversations', name: 'test_address', keys: { address: 1 } };
const ttl: IndexSpec = { collection: 'audit', name: 'test_expiresAt_ttl', keys: { expiresAt: 1 }, expireAfterSeconds: 60 };

/** Registers the index migration tests. */
export function describeIndexMigrationContract(current: CurrentStore): void {
  describe('index migrations', () => {
    const conversations = () => rows(current(), 'conversations');
    const changesFor = async (specs: readonly IndexSpec[]) => (await current().ensureIndexes(specs)).map(({ name, action }) => ({ name, action }));

    it('changes a TTL in place, and a second start-up finds it as declared', async () => {
      await current().ensureIndexes([ttl]);
      const changes = await current().ensureIndexes([{ ...ttl, expireAfterSeconds: 3600 }]);
      expect(changes).toEqual([{ collection: 'audit', name: ttl.name, action: 'ttl-changed', detail: 'expireAfterSeconds 60 → 3600' }]);
      expect(await changesFor([{ ...ttl, expireAfterSeconds: 3600 }])).toEqual([]);
    });

    it('rebuilds an index that became unique, which then refuses a duplicate', async () => {
      await current().ensureIndexes([byAddress]);
      await seed(conversations(), [{ _id: 'c1', address: 'sms:1' }]);
      expect(await changesFor([{ ...byAddress, unique: true }])).toEqual([{ name: byAddress.name, action: 'rebuilt' }]);
      expect(await rejection(conversations().insertOne({ _id: 'c2', address: 'sms:1' }))).toMatchObject({ code: 11000, index: byAddress.name });
      expect(await changesFor([{ ...byAddress, unique: true }])).toEqual([]);
    });

    it('rebuilds an index that is no longer unique, which then accepts a repeat', async () => {
      await current().ensureIndexes([{ ...byAddress, unique: true }]);
      await seed(conversations(), [{ _id: 'c1', address: 'sms:1' }]);
      expect(await changesFor([byAddress])).toEqual([{ name: byAddress.name, action: 'rebuilt' }]);
      await expect(conversations().insertOne({ _id: 'c2', address: 'sms:1' })).resolves.toBeUndefined();
    });

    it('rebuilds an index whose keys changed under the same name', async () => {
      await current().ensureIndexes([byAddress]);
      const changed: IndexSpec = { ...byAddress, keys: { address: 1, channel: 1 }, unique: true };
      expect(await changesFor([changed])).toEqual([{ name: byAddress.name, action: 'rebuilt' }]);
      await seed(conversations(), [{ _id: 'c1', address: 'sms:1', channel: 'sms' }, { _id: 'c2', address: 'sms:1', channel: 'web' }]);
      expect(await rejection(conversations().insertOne({ _id: 'c3', address: 'sms:1', channel: 'sms' }))).toMatchObject({ code: 11000 });
      expect(await changesFor([changed])).toEqual([]);
    });

    it('replaces an index with the same keys under an older name (MongoDB allows only one)', async () => {
      await current().ensureIndexes([{ ...byAddress, name: 'old_address_name' }]);
      const changes = await current().ensureIndexes([{ ...byAddress, unique: true }]);
      expect(changes).toEqual([{ collection: 'conversations', name: byAddress.name, action: 'rebuilt', detail: 'it replaces old_address_name, which has the same keys' }]);
      expect(await changesFor([{ ...byAddress, unique: true }])).toEqual([]);
    });

    it('turns a TTL index into a plain one (and back) by rebuilding it', async () => {
      await current().ensureIndexes([ttl]);
      const plain: IndexSpec = { collection: ttl.collection, name: ttl.name, keys: ttl.keys };
      expect(await changesFor([plain])).toEqual([{ name: ttl.name, action: 'rebuilt' }]);
      expect(await changesFor([ttl])).toEqual([{ name: ttl.name, action: 'rebuilt' }]);
    });

    it("starts on a store holding older definitions of the service's own indexes", async () => {
      // As a database created by an older release might look: one index not yet unique, one TTL different.
      const older = INDEXES.map((spec) =>
        spec.name === 'conversations_address_unique' ? { ...spec, unique: false } : spec.name === 'audit_expiresAt_ttl' ? { ...spec, expireAfterSeconds: 86_400 } : spec,
      );
      await current().ensureIndexes(older);
      expect(await changesFor(INDEXES)).toEqual([
        { name: 'conversations_address_unique', action: 'rebuilt' },
        { name: 'audit_expiresAt_ttl', action: 'ttl-changed' },
      ]);
      expect(await changesFor(INDEXES)).toEqual([]);
    });

    it('leaves an index the code does not declare in place', async () => {
      const operators: IndexSpec = { collection: 'conversations', name: 'operators_own_unique', keys: { reference: 1 }, unique: true };
      await current().ensureIndexes([operators]);
      await current().ensureIndexes(INDEXES);
      await seed(conversations(), [{ _id: 'c1', address: 'sms:1', reference: 'R1' }]);
      expect(await rejection(conversations().insertOne({ _id: 'c2', address: 'sms:2', reference: 'R1' }))).toMatchObject({ code: 11000, index: operators.name });
    });
  });
}
