/**
 * Reads the answer to "Are you safe?". A person, or anything that says "not safe", hands off;
 * "I'm safe", "fine", "yes" keeps the door open. When in doubt it is read as not safe: asking a
 * person to look costs little, missing someone who is not safe costs far more.
 */
import { detectCommand } from '../../commands';
import { normalise } from '../../text';
import { validateYesNo } from '../../validators';

/** What the answer said, or null when it was about something else (the question then lapses). */
export type SafetyAnswer = 'person' | 'not-safe' | 'safe' | null;

const NOT_SAFE = /\b(?:not|no|never|ddim|dim|nac|na) (?:really |feeling |yn )?(?:safe|ddiogel|saff|ok|okay|fine|alright|iawn)\b|\b(?:unsafe|scared|help|helpwch)\b/;
const SAFE = /\b(?:safe|ddiogel|saff|fine|ok|okay|alright|iawn)\b/;

/** The answer to the safety question, by button value (1-3) or in words, English or Welsh. */
export function readSafetyAnswer(text: string): SafetyAnswer {
  const n = normalise(text);
  if (n === '3' || n === 'person' || detectCommand(text)?.kind === 'person') return 'person';
  if (n === '2' || n === 'not safe' || NOT_SAFE.test(n)) return 'not-safe';
  if (n === '1' || n === 'safe' || SAFE.test(n)) return 'safe';
  const yn = validateYesNo(text);
  if (yn.ok) return yn.value === 'yes' ? 'safe' : 'not-safe';
  return null;
}
