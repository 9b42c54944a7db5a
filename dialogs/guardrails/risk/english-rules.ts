/**
 * The English safeguarding rules, and the idioms removed before they run. The rules live in three
 * files by kind (immediate danger; harm to oneself; risk from others and losing a home) so each stays readable.
 */
import { DANGER_RULES } from './english-rules-danger';
import { OTHER_RISK_RULES } from './english-rules-others';
import { HARM_TO_SELF_RULES } from './english-rules-self';
import type { RiskRule } from './rule';

export { ENGLISH_NOT_RISK } from './english-idioms';

/** Every English rule, most urgent kinds first. */
export const ENGLISH_RULES: RiskRule[] = [...DANGER_RULES, ...HARM_TO_SELF_RULES, ...OTHER_RISK_RULES];
