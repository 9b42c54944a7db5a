/** The embedded store: what only an in-memory store can show (TTL timing, clocks). */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createEmbeddedStore, type EmbeddedStore } from '../../bots/store/embedded-store';
import { INDEXES } from '../../bots/store/indexes';
import type { IndexSpec } from '../../bots/store/port';
import { idsWhere, rejection, rows } from './contract-fixtures';

// The shared contract runs in store-contract.test.ts, over every engine reachable.

const t0 = new Date('2026-03-01T12:00:00Z');
const seconds = (n: number): Date => new Date(t0.getTime() + n * 1000);

describe('embedded store: TTL expiry', () => {
  let now: Date;
  let store: EmbeddedStore;
  beforeEach(async () => {
    now = t0;
    store = createEmbeddedStore({ clock: () => now });
    await store.ensureIndexes(INDEXES);
  });
  afterEach(() => store.close());

  it('removes documents once their expiresAt has passed, and nothing earlier', async () => {
    const messages = store.collection<{ _id: string; expiresAt?: unknown }>('messages');
    await messages.insertOne({ _id: 'm1', expiresAt: seconds(10) });
    await messages.insertOne({ _id: 'm2', expiresAt: seconds(20) });

    now = seconds(10);
    expect(store.sweepExpired()).toBe(0); // exactly at expiry is not yet past it
    now = seconds(11);
    expect(store.sweepExpired()).toBe(1);
    expect((await messages.find({})).map((m) => m._id)).toEqual(['m2']);
  });

  it('never expires a document whose TTL field is missing or not a Date, as in MongoDB', async () => {
    const audit = rows(store, 'audit');
    await audit.insertOne({ _id: 'none' });
    await audit.insertOne({ _id: 'string', expiresAt: seconds(1).toISOString() });
    await audit.insertOne({ _id: 'number', expiresAt: seconds(1).getTime() });
    await audit.insertOne({ _id: 'date', expiresAt: seconds(1) });
    now = seconds(3600);
    expect(store.sweepExpired()).toBe(1);
    expect(await idsWhere(audit, {})).toEqual(['none', 'number', 'string']);
  });

  it('adds expireAfterSeconds to the field, for indexes that set a period rather than a date', async () => {
    const ttl: IndexSpec = { collection: 'outbox', name: 'outbox_sentAt_ttl', keys: { sentAt: 1 }, expireAfterSeconds: 60 };
    await store.ensureIndexes([ttl]);
    await rows(store, 'outbox').insertOne({ _id: 'o1', sentAt: t0 });
    now = seconds(60);
    expect(store.sweepExpired()).toBe(0);
    now = seconds(61);
    expect(store.sweepExpired()).toBe(1);
  });

  it('sweeps on its own timer, and stops when closed', async () => {
    jest.useFakeTimers();
    try {
      const timed = createEmbeddedStore({ clock: () => now, ttlSweepIntervalMs: 1000 });
      await timed.ensureIndexes(INDEXES);
      const messages = rows(timed, 'messages');
      await messages.insertOne({ _id: 'm1', expiresAt: seconds(1) });
      await messages.insertOne({ _id: 'm2', expiresAt: seconds(5) });

      now = seconds(2);
      jest.advanceTimersByTime(999);
      expect(await messages.countDocuments({})).toBe(2);
      jest.advanceTimersByTime(1);
      expect(await idsWhere(messages, {})).toEqual(['m2']);

      await timed.close();
      now = seconds(10);
      jest.advanceTimersByTime(5000);
      expect(await idsWhere(messages, {})).toEqual(['m2']);
    } finally {
      jest.useRealTimers();
    }
  });

  it('does not keep the process alive when never closed', () => {
    const script = `require(${JSON.stringify(path.resolve(__dirname, '../../bots/store/embedded-store.ts'))})
      .createEmbeddedStore({ ttlSweepIntervalMs: 10 });`;
    const child = spawnSync(process.execPath, ['-r', 'tsx/cjs', '-e', script], { timeout: 15_000, encoding: 'utf8' });
    expect(child.error).toBeUndefined(); // a held-open process is killed by the timeout: ETIMEDOUT
    expect(child.status).toBe(0);
  });
});

describe('embedded store: refusing what MongoDB would refuse', () => {
  let store: EmbeddedStore;
  beforeEach(() => {
    store = createEmbeddedStore();
  });
  afterEach(() => store.close());

  it('rejects $inc on a non-number and $push on a non-array instead of silently skipping them', async () => {
    const docs = rows(store);
    await docs.insertOne({ _id: 'c1', name: 'Ann', tags: 'not-an-array' });
    expect(await rejection(docs.updateOne({ _id: 'c1' }, { $inc: { name: 1 } }))).toBeInstanceOf(TypeError);
    expect(await rejection(docs.updateOne({ _id: 'c1' }, { $push: { tags: 'x' } }))).toBeInstanceOf(TypeError);
    expect(await docs.findOne({ _id: 'c1' })).toEqual({ _id: 'c1', name: 'Ann', tags: 'not-an-array' });
  });

  it('rejects replacement documents and changes to _id', async () => {
    const docs = rows(store);
    await docs.insertOne({ _id: 'c1', name: 'Ann' });
    expect(await rejection(docs.updateOne({ _id: 'c1' }, { name: 'Bea' }))).toBeInstanceOf(TypeError);
    await expect(docs.updateOne({ _id: 'c1' }, { $set: { _id: 'c2' } })).rejects.toThrow(/_id/);
    expect(await docs.findOne({ _id: 'c1' })).toEqual({ _id: 'c1', name: 'Ann' });
  });

  it('rejects a document without a string _id', async () => {
    await expect(rows(store).insertOne({ name: 'Ann' } as never)).rejects.toThrow(/string _id/);
  });

  it('rejects a TTL index with more than one key', async () => {
    const spec: IndexSpec = { collection: 'audit', name: 'bad_ttl', keys: { a: 1, b: 1 }, expireAfterSeconds: 0 };
    await expect(store.ensureIndexes([spec])).rejects.toThrow(/exactly one key/);
  });

  it('rolls back the earlier documents of an updateMany that hits a unique index', async () => {
    const docs = rows(store);
    await store.ensureIndexes([{ collection: 'conversations', name: 'u', keys: { address: 1 }, unique: true }]);
    await docs.insertOne({ _id: 'c1', address: 'a', group: 1 });
    await docs.insertOne({ _id: 'c2', address: 'b', group: 1 });
    await expect(docs.updateMany({ group: 1 }, { $set: { address: 'same' } })).rejects.toMatchObject({ code: 11000 });
    expect(await docs.find({}, { sort: { _id: 1 } })).toEqual([
      { _id: 'c1', address: 'a', group: 1 },
      { _id: 'c2', address: 'b', group: 1 },
    ]);
  });
});
