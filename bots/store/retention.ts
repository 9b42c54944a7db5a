/**
 * How long each kind of record is kept. Each document carries its own `expiresAt`, which a
 * TTL index (expireAfterSeconds: 0) sweeps, so the database enforces retention itself.
 * Moving these numbers into config/ is part of the MongoDB issue.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/** Default retention periods in days, chosen for a UK council's records policy. */
export const RETENTION_DAYS = {
  /** Transcripts: long enough to handle a complaint about a conversation. */
  messages: 90,
  /** Dedupe keys: providers retry within minutes; a week covers any replay. */
  inbound: 7,
  /** Audit events: a year, to explain any decision to a regulator or ombudsman. */
  audit: 365,
  /** Channel facts (conversation references, choices offered): as long as the transcript. */
  channelMemory: 90,
} as const;

/** The expiry date for a record of the given kind created at `now`. */
export function expiresAt(kind: keyof typeof RETENTION_DAYS, now: Date): Date {
  return new Date(now.getTime() + RETENTION_DAYS[kind] * DAY_MS);
}
