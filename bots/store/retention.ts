/**
 * How long each kind of record is kept. Each document carries its own `expiresAt`, which a
 * TTL index (expireAfterSeconds: 0) sweeps, so the database enforces retention itself.
 * The periods come from settings (RETENTION_*_DAYS); createService applies them once at
 * start-up. They are process-wide rather than threaded through every record builder because
 * a process serves one council's policy, and records are built deep inside pure builders.
 */
import type { RetentionDays } from '../../config/settings';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Default retention periods in days, chosen for a UK council's records policy (reasons in docs/data-protection.md). */
export const DEFAULT_RETENTION_DAYS: Readonly<RetentionDays> = {
  /** Transcripts: long enough to handle a complaint about a conversation. */
  transcripts: 90,
  /** Dedupe keys: providers retry within minutes; a week covers any replay. */
  inbound: 7,
  /** Audit events: a year, to explain any decision to a regulator or ombudsman. */
  audit: 365,
  /** Closed handoff tickets: a year, for service reporting and complaints about staff handling. */
  tickets: 365,
  /** Channel facts (conversation references, choices offered): as long as the transcript. */
  channelMemory: 90,
};

let current: RetentionDays = { ...DEFAULT_RETENTION_DAYS };

/** The kinds of record with a retention period. `messages` covers transcripts, their outbox entries and idle conversations. */
export type RetentionKind = 'messages' | 'inbound' | 'audit' | 'tickets' | 'channelMemory';

const periodOf: Record<RetentionKind, keyof RetentionDays> = {
  messages: 'transcripts',
  inbound: 'inbound',
  audit: 'audit',
  tickets: 'tickets',
  channelMemory: 'channelMemory',
};

/** Sets the process-wide periods (called by createService with the validated settings). */
export function configureRetention(days: RetentionDays): void {
  current = { ...days };
}

/** The periods in force. */
export function retentionDays(): Readonly<RetentionDays> {
  return current;
}

/** The expiry date for a record of the given kind created (or closed) at `now`. */
export function expiresAt(kind: RetentionKind, now: Date): Date {
  return new Date(now.getTime() + current[periodOf[kind]] * DAY_MS);
}
