/**
 * The store engines tests can run on: the embedded store always, and MongoDB when
 * MONGODB_URI is set (CI runs a `mongo` service container as a one-node replica set).
 * Each MongoDB store gets its own database, dropped when the store closes.
 */
import { loadSettings } from '../../config/settings';
import { createEmbeddedStore } from '../../bots/store/embedded-store';
import { createMongoStore, type MongoStore } from '../../bots/store/mongo-store';
import type { CollectionName, Store, StoredDocument, Collection } from '../../bots/store/port';
import { applySequentially } from '../../bots/store/sequential-batch';

/** The MongoDB URI for tests, validated by the same settings schema the service uses; undefined when not set. */
export function testMongoUri(): string | undefined {
  return loadSettings({ NODE_ENV: 'test', MONGODB_URI: process.env.MONGODB_URI }).mongodbUri;
}

let databases = 0;

/** A MongoDB store on a fresh database that is dropped on close. `transactions: 'never'` forces the standalone path. */
export async function freshMongoStore(uri: string, transactions: 'auto' | 'never' = 'auto'): Promise<MongoStore> {
  databases += 1;
  const dbName = `switchboard_test_${process.pid}_${Date.now().toString(36)}_${databases}`;
  const store = await createMongoStore({ uri, dbName, serverSelectionTimeoutMS: 2_000, transactions });
  const close = store.close.bind(store);
  return Object.assign(store, {
    async close() {
      await store.db.dropDatabase().catch(() => undefined);
      await close();
    },
  });
}

/** The embedded store with the standalone-MongoDB batch path, so that path is tested without a server. */
export function sequentialEmbeddedStore(): Store {
  const store = createEmbeddedStore();
  const collection = (name: CollectionName): Collection<StoredDocument> => store.collection(name);
  return { ...store, writeAtomically: (ops) => applySequentially(collection, ops) };
}

/** A named store factory. */
export interface Engine {
  name: string;
  /** How batches commit: all-or-nothing, or op by op with replay-safe ids (standalone MongoDB). */
  batches: 'atomic' | 'sequential';
  make: () => Promise<Store>;
}

/** Every engine available here: embedded (both batch paths), plus MongoDB (both paths) when MONGODB_URI is set. */
export function availableEngines(): Engine[] {
  const engines: Engine[] = [
    { name: 'embedded', batches: 'atomic', make: async () => createEmbeddedStore() },
    { name: 'embedded, sequential batches', batches: 'sequential', make: async () => sequentialEmbeddedStore() },
  ];
  const uri = testMongoUri();
  if (uri) {
    // 'auto' uses transactions on a replica set; on a standalone server it is sequential too.
    engines.push({ name: 'MongoDB', batches: 'atomic', make: () => replicaSetStore(uri) });
    engines.push({ name: 'MongoDB, sequential batches', batches: 'sequential', make: () => freshMongoStore(uri, 'never') });
  }
  return engines;
}

/** A transactional MongoDB store; a standalone server fails loudly rather than being tested as something it is not. */
async function replicaSetStore(uri: string): Promise<Store> {
  const store = await freshMongoStore(uri, 'auto');
  if (store.batchMode !== 'transaction') {
    await store.close();
    throw new Error('MONGODB_URI points at a standalone server: the transactional contract needs a replica set (one node is enough).');
  }
  return store;
}

/** One line saying which engines a suite ran on, printed once. */
export function reportEngines(suite: string, engines: readonly Engine[]): void {
  const mongo = engines.some((e) => e.name.startsWith('MongoDB')) ? '' : ' — MongoDB not run: MONGODB_URI is not set';
  process.stdout.write(`${suite} ran on: ${engines.map((e) => e.name).join('; ')}${mongo}\n`);
}
