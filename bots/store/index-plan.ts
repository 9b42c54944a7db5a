/**
 * Index migrations as a plan: the declared indexes (indexes.ts) are the desired state, and
 * start-up compares them with what a collection holds. Both stores run the same plan, so a
 * changed definition is tested here without a server: a TTL change is altered in place
 * (MongoDB's collMod), any other change drops and rebuilds the index, and an index the code
 * does not declare is left alone unless it blocks a declared one (same keys, other name).
 */
import type { IndexSpec } from './port';

/** An index as the store reports it (MongoDB's listIndexes, in the port's names). */
export interface ExistingIndex {
  name: string;
  keys: Record<string, unknown>;
  unique?: boolean;
  expireAfterSeconds?: number;
  /** Options the code never declares (partial filters, collation…): any of them means a rebuild. */
  otherOptions?: string[];
}

/** One step that brings a collection's indexes closer to the declared ones. */
export type IndexStep =
  | { action: 'create'; spec: IndexSpec }
  | { action: 'set-ttl'; spec: IndexSpec; from: number }
  | { action: 'rebuild'; spec: IndexSpec; drop: string; why: string };

/** What start-up changed, for the log: nothing is reported for an index already as declared. */
export interface IndexChange {
  collection: string;
  name: string;
  action: 'created' | 'ttl-changed' | 'rebuilt';
  /** Why a rebuild or TTL change happened, in words (no data). */
  detail?: string;
}

/** The steps for one collection, in the order given. Indexes already as declared need none. */
export function planIndexes(existing: readonly ExistingIndex[], specs: readonly IndexSpec[]): IndexStep[] {
  const steps: IndexStep[] = [];
  for (const spec of specs) {
    const named = existing.find((index) => index.name === spec.name);
    if (named) {
      const difference = differenceFrom(named, spec);
      if (difference === null) continue;
      if (difference === 'ttl') steps.push({ action: 'set-ttl', spec, from: named.expireAfterSeconds as number });
      else steps.push({ action: 'rebuild', spec, drop: named.name, why: difference });
      continue;
    }
    // MongoDB refuses a second index on the same keys (IndexOptionsConflict): the old one goes.
    const sameKeys = existing.find((index) => index.name !== '_id_' && sameKeyPattern(index.keys, spec.keys));
    if (sameKeys) steps.push({ action: 'rebuild', spec, drop: sameKeys.name, why: `it replaces ${sameKeys.name}, which has the same keys` });
    else steps.push({ action: 'create', spec });
  }
  return steps;
}

/** The change a step makes, for the log. */
export function changeOf(step: IndexStep): IndexChange {
  const { collection, name } = step.spec;
  switch (step.action) {
    case 'create':
      return { collection, name, action: 'created' };
    case 'set-ttl':
      return { collection, name, action: 'ttl-changed', detail: `expireAfterSeconds ${step.from} → ${step.spec.expireAfterSeconds}` };
    case 'rebuild':
      return { collection, name, action: 'rebuilt', detail: step.why };
  }
}

/** null when the index is as declared; 'ttl' when only its TTL differs; otherwise what differs. */
function differenceFrom(index: ExistingIndex, spec: IndexSpec): 'ttl' | string | null {
  if (!sameKeyPattern(index.keys, spec.keys)) return 'its keys changed';
  if (Boolean(index.unique) !== Boolean(spec.unique)) return spec.unique ? 'it is now unique' : 'it is no longer unique';
  if (index.otherOptions && index.otherOptions.length > 0) return `it had options the code does not declare (${index.otherOptions.join(', ')})`;
  if (index.expireAfterSeconds === spec.expireAfterSeconds) return null;
  if (index.expireAfterSeconds !== undefined && spec.expireAfterSeconds !== undefined) return 'ttl';
  return spec.expireAfterSeconds === undefined ? 'it is no longer a TTL index' : 'it is now a TTL index';
}

/** Same fields in the same order with the same directions (order matters to an index). */
function sameKeyPattern(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const left = Object.entries(a);
  const right = Object.entries(b);
  return left.length === right.length && left.every(([field, direction], i) => right[i]?.[0] === field && Number(right[i]?.[1]) === Number(direction));
}
