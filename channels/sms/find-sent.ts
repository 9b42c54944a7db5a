/**
 * Looks at Twilio for a text an earlier, uncertain attempt may have sent (see
 * bots/outbox/reconcile.ts): the recent messages from our number to the person's, matched on
 * the words we meant to send, created no earlier than that attempt.
 */
import type twilio from 'twilio';
import type { MessageInstance } from 'twilio/lib/rest/api/v2010/account/message';
import { toChannelSendError } from './twilio-errors';
import { withResponseNotes } from './twilio-client';

/** What to look for: the parts of one reply, those already known sent, and what to ignore. */
export interface SentLookup {
  to: string;
  from: string;
  parts: string[];
  /** Provider ids of parts already known sent (a long reply's earlier parts). */
  knownSids: string[];
  since: Date;
  /** Provider ids that belong to other replies. */
  exclude: string[];
}

/**
 * Twilio's date_created has whole seconds and its clock is not ours: look a little earlier than
 * the attempt. Other replies' ids are excluded, so a wider window cannot take their texts for this one.
 */
const CLOCK_MARGIN_MS = 60_000;
/** The most recent messages to the number are enough: the attempt was moments ago. */
const LOOK_BACK = 50;

/**
 * The sids of the parts found at Twilio, continuing from `knownSids` in order; stops at the
 * first part not found (nothing after it can have been sent, parts go one at a time).
 */
export async function findSentParts(client: twilio.Twilio, lookup: SentLookup): Promise<string[]> {
  // No DateSent filter: a message Twilio still has queued has no date_sent yet, and is exactly the one we are looking for.
  const outcome = await withResponseNotes(() => client.messages.list({ to: lookup.to, from: lookup.from, limit: LOOK_BACK, pageSize: LOOK_BACK }));
  if ('error' in outcome) throw toChannelSendError(outcome.error, outcome.notes.retryAfter);
  const taken = new Set([...lookup.exclude, ...lookup.knownSids]);
  const earliest = lookup.since.getTime() - CLOCK_MARGIN_MS;
  // Oldest first (Twilio lists newest first; dates have whole seconds, so keep its order within a second).
  const candidates = [...outcome.result]
    .reverse()
    .filter((m: MessageInstance) => !taken.has(m.sid) && m.dateCreated instanceof Date && m.dateCreated.getTime() >= earliest)
    .sort((a, b) => a.dateCreated.getTime() - b.dateCreated.getTime());
  const sids = [...lookup.knownSids];
  for (let i = sids.length; i < lookup.parts.length; i++) {
    const match = candidates.find((m) => m.body === lookup.parts[i] && !sids.includes(m.sid));
    if (!match) break;
    sids.push(match.sid);
  }
  return sids;
}
