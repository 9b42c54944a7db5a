/**
 * The store engines tests can run on: the embedded store always, and MongoDB when
 * MONGODB_URI is set (CI runs a `mongo` service container as a one-node replica set).
 * Each MongoDB store gets its own database, dropped when the store closes.
 */
import { loadSettings } from '../../config/settings';
import { createEmbeddedStore } from '../../bots/store/embedded-store';
import { createMongoStore, type MongoStore } from '../../bots/store/mongo-store';
import type { Store } from '../../bots/store/port';

/** The MongoDB URI for tests, validated by the same settings schema the service uses; undefined when not set. */
export function testMongoUri(): string | undefined {
  return loadSettings({ NODE_ENV: 'test', MONGODB_URI: process.env.MONGODB_URI }).mongodbUri;
}

let databases = 0;

/** A MongoDB store on a fresh database that is dropped on close (a standalone server is refused). */
export async function freshMongoStore(uri: string): Promise<MongoStore> {
  databases += 1;
  const dbName = `switchboard_test_${process.pid}_${Date.now().toString(36)}_${databases}`;
  const store = await createMongoStore({ uri, dbName, serverSelectionTimeoutMS: 2_000 });
  const close = store.close.bind(store);
  return Object.assign(store, {
    async close() {
      await store.db.dropDatabase().catch(() => undefined);
      await close();
    },
  });
}

/** A named store factory. */
export interface Engine {
  name: string;
  make: () => Promise<Store>;
}

/** Every engine available here: the embedded store, plus MongoDB (a replica set) when MONGODB_URI is set. */
export function availableEngines(): Engine[] {
  const engines: Engine[] = [{ name: 'embedded', make: async () => createEmbeddedStore() }];
  const uri = testMongoUri();
  if (uri) engines.push({ name: 'MongoDB', make: () => freshMongoStore(uri) });
  return engines;
}

/** One line saying which engines a suite ran on, printed once. */
export function reportEngines(suite: string, engines: readonly Engine[]): void {
  const mongo = engines.some((e) => e.name.startsWith('MongoDB')) ? '' : ' — MongoDB not run: MONGODB_URI is not set';
  process.stdout.write(`${suite} ran on: ${engines.map((e) => e.name).join('; ')}${mongo}\n`);
}
