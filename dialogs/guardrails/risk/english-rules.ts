/**
 * The English safeguarding rules, and the idioms removed before they run. The rules live in two
 * files by kind (harm to oneself; risk from others and losing a home) so each stays readable.
 */
import { OTHER_RISK_RULES } from './english-rules-others';
import { HARM_TO_SELF_RULES } from './english-rules-self';
import type { RiskRule } from './rule';

export { ENGLISH_NOT_RISK } from './english-idioms';

/** Every English rule, most urgent kinds first. */
export const ENGLISH_RULES: RiskRule[] = [...HARM_TO_SELF_RULES, ...OTHER_RISK_RULES];
