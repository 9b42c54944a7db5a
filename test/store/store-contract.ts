/**
 * The store contract: what every Store implementation must do, written once and run against
 * each (the embedded store always; MongoDB when one is reachable). Each test gets a fresh,
 * empty store from `makeStore` and closes it afterwards.
 */
import type { Store } from '../../bots/store/port';
import { describeAtomicContract } from './contract-atomic';
import { describeIndexContract } from './contract-indexes';
import { describeQueryContract } from './contract-queries';
import { describeUpdateContract } from './contract-updates';

/** Registers the whole contract suite for one Store implementation. */
export function describeStoreContract(name: string, makeStore: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store | undefined;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store?.close();
      store = undefined;
    });
    const current = (): Store => {
      if (!store) throw new Error('No store: the contract runs inside beforeEach/afterEach.');
      return store;
    };

    describeQueryContract(current);
    describeUpdateContract(current);
    describeIndexContract(current);
    describeAtomicContract(current);
  });
}
