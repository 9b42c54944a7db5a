/** TTL expiry as MongoDB's TTL monitor does it, and the timer that runs it. */
import { types } from 'node:util';
import type { IndexSpec } from './port';
import { valueAtPath } from './document-paths';

/**
 * The instant a document expires under a TTL index, or null if it never does. As in MongoDB,
 * only a Date (or the earliest Date in an array) counts; a missing or non-Date field never expires.
 */
export function expiryTime(doc: unknown, index: IndexSpec): number | null {
  const [path] = Object.keys(index.keys);
  if (path === undefined || index.expireAfterSeconds === undefined) return null;
  const value = valueAtPath(doc, path);
  const dates = (Array.isArray(value) ? value : [value]).filter((v): v is Date => types.isDate(v));
  if (dates.length === 0) return null;
  const earliest = Math.min(...dates.map((d) => d.getTime()));
  return earliest + index.expireAfterSeconds * 1000;
}

/** True when the document is past its expiry at `now`. */
export function isExpired(doc: unknown, index: IndexSpec, now: Date): boolean {
  const expiry = expiryTime(doc, index);
  return expiry !== null && expiry < now.getTime();
}

/**
 * Runs `sweep` every `intervalMs`. The timer is unref()ed so a forgotten store never holds the
 * process open. Returns the function that stops it.
 */
export function startSweeper(intervalMs: number, sweep: () => void): () => void {
  const timer = setInterval(sweep, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
