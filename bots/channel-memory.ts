/** The ChannelMemory port over the store: one document per (address, key), kept as long as transcripts. */
import type { ChannelMemory } from '../channels/types';
import type { ChannelMemoryDoc } from './store/documents';
import type { Store } from './store/port';
import { expiresAt } from './store/retention';

/** Channel memory backed by the `channel_memory` collection. */
export function createChannelMemory(store: Store, clock: () => Date): ChannelMemory {
  const docs = () => store.collection<ChannelMemoryDoc>('channel_memory');
  return {
    async get<T>(address: string, key: string): Promise<T | undefined> {
      const doc = await docs().findOne({ _id: `${address}|${key}` });
      return doc ? (doc.value as T) : undefined;
    },
    async set(address: string, key: string, value: unknown): Promise<void> {
      const now = clock();
      await docs().updateOne(
        { _id: `${address}|${key}` },
        { $set: { address, key, value, updatedAt: now, expiresAt: expiresAt('channelMemory', now) } },
        { upsert: true },
      );
    },
  };
}
