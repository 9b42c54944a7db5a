/** The embedded store: the shared store contract, plus what only an in-memory store can show (TTL timing, clocks). */
import { createEmbeddedStore } from '../../bots/store/embedded-store';
import { describeStoreContract } from './store-contract';

describeStoreContract('embedded', async () => createEmbeddedStore());
