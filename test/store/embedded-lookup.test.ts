/**
 * Index lookups in the embedded store narrow the documents tested, but must never change a
 * query's answer: these cases are where a naive hash lookup would get MongoDB semantics wrong.
 */
import { createEmbeddedStore } from '../../bots/store/embedded-store';
import type { StoredDocument } from '../../bots/store/port';

interface Row extends StoredDocument {
  address?: string | null;
  status?: string;
  tags?: string[] | string;
  n?: number;
}

async function rows() {
  const store = createEmbeddedStore();
  await store.ensureIndexes([
    { collection: 'inbound', name: 'by_address', keys: { address: 1 } },
    { collection: 'inbound', name: 'by_tags', keys: { tags: 1 } },
    { collection: 'inbound', name: 'by_status', keys: { status: 1, n: 1 } },
  ]);
  const c = store.collection<Row>('inbound');
  await c.insertOne({ _id: 'a', address: 'x', status: 'pending', tags: ['red', 'blue'], n: 1 });
  await c.insertOne({ _id: 'b', address: 'y', status: 'done', tags: 'red', n: 2 });
  await c.insertOne({ _id: 'c', status: 'pending', n: 3 });
  await c.insertOne({ _id: 'd', address: null, status: 'pending', n: 4 });
  await c.insertOne({ _id: 'e', address: 'x', status: 'done', n: 5 });
  return c;
}

const ids = (docs: Row[]) => docs.map((d) => d._id);

describe('embedded store lookups', () => {
  it('finds by equality and $in on an indexed field, in natural order', async () => {
    const c = await rows();
    expect(ids(await c.find({ address: 'x' }))).toEqual(['a', 'e']);
    expect(ids(await c.find({ address: { $in: ['y', 'x'] } }))).toEqual(['a', 'b', 'e']);
  });

  it('treats null as matching a missing field, as MongoDB does', async () => {
    const c = await rows();
    expect(ids(await c.find({ address: null }))).toEqual(['c', 'd']);
  });

  it('matches array elements on equality even though arrays are not hashed', async () => {
    const c = await rows();
    expect(ids(await c.find({ tags: 'blue' }))).toEqual(['a']);
    expect(ids(await c.find({ tags: 'red' }))).toEqual(['a', 'b']);
  });

  it('unions $or branches and still applies every condition', async () => {
    const c = await rows();
    expect(ids(await c.find({ $or: [{ status: 'pending', n: { $gt: 2 } }, { address: 'y' }] }))).toEqual(['b', 'c', 'd']);
  });

  it('keeps lookups in step with updates, deletes and failed batches', async () => {
    const c = await rows();
    await c.updateOne({ _id: 'c' }, { $set: { address: 'x' } });
    expect(ids(await c.find({ address: 'x' }))).toEqual(['a', 'c', 'e']);
    await c.deleteMany({ address: 'y' });
    expect(ids(await c.find({ tags: 'red' }))).toEqual(['a']);
    expect(await c.countDocuments({ status: 'done' })).toBe(1);
  });
});
