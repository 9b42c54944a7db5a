/**
 * The store contract over every engine reachable here: the embedded store always, and MongoDB
 * (a replica set) when MONGODB_URI is set. Prints one line
 * naming the engines it ran on.
 */
import { availableEngines, reportEngines } from './engines';
import { describeStoreContract } from './store-contract';

const engines = availableEngines();
reportEngines('Store contract', engines);
for (const engine of engines) describeStoreContract(engine.name, engine.make);
