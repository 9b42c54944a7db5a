/** Channel memory keeps one value per conversation and key, and expires with the transcript. */
import { createChannelMemory } from '../../bots/channel-memory';
import { createEmbeddedStore } from '../../bots/store/embedded-store';
import { INDEXES } from '../../bots/store/indexes';

describe('channel memory', () => {
  it('stores, replaces and reads back values per address and key', async () => {
    const store = createEmbeddedStore();
    await store.ensureIndexes(INDEXES);
    const memory = createChannelMemory(store, () => new Date('2026-11-26T12:00:00Z'));
    await memory.set('sms:+447700900123', 'choices', [{ value: 'a', label: 'A' }]);
    await memory.set('sms:+447700900123', 'choices', [{ value: 'b', label: 'B' }]);
    await memory.set('sms:+447700900999', 'choices', []);
    expect(await memory.get('sms:+447700900123', 'choices')).toEqual([{ value: 'b', label: 'B' }]);
    expect(await memory.get('sms:+447700900123', 'other')).toBeUndefined();
    expect(await store.collection('channel_memory').countDocuments({ address: 'sms:+447700900123' })).toBe(1);
  });

  it('forgets values once their retention has passed', async () => {
    let now = new Date('2026-01-01T00:00:00Z');
    const store = createEmbeddedStore({ clock: () => now });
    await store.ensureIndexes(INDEXES);
    const memory = createChannelMemory(store, () => now);
    await memory.set('teams:abc', 'reference', { serviceUrl: 'http://x' });
    now = new Date('2026-04-02T00:00:00Z');
    store.sweepExpired();
    expect(await memory.get('teams:abc', 'reference')).toBeUndefined();
  });
});
