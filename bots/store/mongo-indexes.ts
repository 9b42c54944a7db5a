/**
 * Brings a MongoDB database's indexes to the declared ones (index-plan.ts): creates what is
 * missing, alters a changed TTL with collMod, and drops and rebuilds any other changed index,
 * so a definition changed in code never stops start-up on an existing database.
 */
import type { Db, Document } from 'mongodb';
import { changeOf, planIndexes, type ExistingIndex, type IndexChange, type IndexStep } from './index-plan';
import { translateMongoError } from './mongo-errors';
import type { IndexSpec } from './port';

/** MongoDB's codes for a collection that does not exist yet, and an index already gone. */
const NAMESPACE_NOT_FOUND = 26;
const INDEX_NOT_FOUND = 27;

/** Fields of listIndexes that say nothing about what the index does. */
const DESCRIPTIVE_FIELDS = new Set(['v', 'key', 'name', 'ns', 'unique', 'expireAfterSeconds', 'background']);

/** Applies the plan collection by collection; returns what changed. */
export async function ensureIndexesOnMongo(db: Db, specs: readonly IndexSpec[]): Promise<IndexChange[]> {
  const changes: IndexChange[] = [];
  for (const collection of new Set(specs.map((spec) => spec.collection))) {
    const existing = await listIndexes(db, collection);
    for (const step of planIndexes(existing, specs.filter((spec) => spec.collection === collection))) {
      await apply(db, step).catch((error: unknown) => {
        throw translateMongoError(error, collection);
      });
      changes.push(changeOf(step));
    }
  }
  return changes;
}

/** The collection's indexes in the plan's shape; none when the collection does not exist yet. */
async function listIndexes(db: Db, collection: string): Promise<ExistingIndex[]> {
  let found: Document[];
  try {
    found = await db.collection(collection).listIndexes().toArray();
  } catch (error) {
    if ((error as { code?: unknown }).code === NAMESPACE_NOT_FOUND) return [];
    throw translateMongoError(error, collection);
  }
  return found.map((index) => ({
    name: String(index.name),
    keys: index.key as Record<string, unknown>,
    ...(index.unique === true ? { unique: true } : {}),
    ...(typeof index.expireAfterSeconds === 'number' ? { expireAfterSeconds: index.expireAfterSeconds } : {}),
    otherOptions: Object.keys(index).filter((field) => !DESCRIPTIVE_FIELDS.has(field)),
  }));
}

async function apply(db: Db, step: IndexStep): Promise<void> {
  const target = db.collection(step.spec.collection);
  if (step.action === 'set-ttl') {
    await db.command({ collMod: step.spec.collection, index: { name: step.spec.name, expireAfterSeconds: step.spec.expireAfterSeconds } });
    return;
  }
  if (step.action === 'rebuild') {
    // Another instance starting at the same moment may have dropped it already.
    await target.dropIndex(step.drop).catch((error: unknown) => {
      if ((error as { code?: unknown }).code !== INDEX_NOT_FOUND) throw error;
    });
  }
  await target.createIndex(step.spec.keys, {
    name: step.spec.name,
    ...(step.spec.unique ? { unique: true } : {}),
    ...(step.spec.expireAfterSeconds !== undefined ? { expireAfterSeconds: step.spec.expireAfterSeconds } : {}),
  });
}
