/** Ids and ordering numbers for stored documents. */
import { randomUUID } from 'node:crypto';

/** A new random document id. */
export function newId(): string {
  return randomUUID();
}

let lastSeq = 0;

/**
 * A strictly increasing number in this process, close to wall-clock microseconds so that
 * numbers from several processes interleave roughly by arrival time.
 */
export function nextSeq(now: Date = new Date()): number {
  const candidate = now.getTime() * 1000;
  lastSeq = candidate > lastSeq ? candidate : lastSeq + 1;
  return lastSeq;
}
