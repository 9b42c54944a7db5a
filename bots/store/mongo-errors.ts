/**
 * Translates MongoDB driver errors into the port's errors, in one place. A duplicate key
 * becomes DuplicateKeyError (code 11000 kept) naming the index; its message drops the
 * duplicated value, which is often an address or phone number and must not reach logs.
 */
import { DuplicateKeyError, WriteConflictError } from './port';

/** The port's error for a driver error; anything else passes through unchanged. */
export function translateMongoError(error: unknown, collection: string): unknown {
  if (error instanceof DuplicateKeyError || error instanceof WriteConflictError) return error;
  if (typeof error !== 'object' || error === null || (error as { code?: unknown }).code !== 11000) return error;
  const message = error instanceof Error ? error.message : '';
  // "E11000 duplicate key error collection: db.coll index: name dup key: { ... }"
  const index = /index: (\S+)/.exec(message)?.[1] ?? 'unknown';
  const named = /collection: [^.\s]+\.(\S+)/.exec(message)?.[1] ?? collection;
  return new DuplicateKeyError(named, index);
}
