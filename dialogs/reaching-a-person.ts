/**
 * Spots a person who wants a person: asking for one (an agent, a human, customer services,
 * a call back), wanting to complain, or fed up with the bot. Checked on every message,
 * anywhere in it, in English and Welsh, and never dependent on a model. The patterns live
 * in person-asking, person-complaint and person-frustration; this module ranks them.
 */
import { asksForPerson } from './person-asking';
import { isComplaint } from './person-complaint';
import { soundsFedUp } from './person-frustration';
import { prepare } from './person-text';

/** What the person asked for: a handoff now, or one offer of a person that "yes" or "1" accepts. */
export interface PersonRequest {
  reason: 'requested' | 'complaint';
  /** ask: hand off now; offer: they sound fed up, so offer a person once. */
  certainty: 'ask' | 'offer';
}

/** The request for a person in a message, or null. */
export function detectPersonRequest(text: string): PersonRequest | null {
  const p = prepare(text);
  if (p.text.trim() === '') return null;
  // A complaint outranks a plain request: "can I talk to someone about a complaint" must reach the complaints route.
  if (isComplaint(p)) return { reason: 'complaint', certainty: 'ask' };
  if (asksForPerson(p)) return { reason: 'requested', certainty: 'ask' };
  if (soundsFedUp(p)) return { reason: 'requested', certainty: 'offer' };
  return null;
}
