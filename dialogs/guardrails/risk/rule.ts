/**
 * The shape of a safeguarding rule, and the small pattern vocabulary the English and Welsh
 * rule lists share. Rules read canonical text (see canonical.ts): lowercase words, single
 * spaces, no punctuation or accents.
 */
import type { RiskKind } from '../../types';

/** How sure a rule is: clear signposts and hands off; unclear asks "are you safe?". */
export type RiskLevel = 'clear' | 'unclear';

/** One rule: a pattern, or several that must all appear somewhere in the message. */
export type RiskRule = { kind: RiskKind; level: RiskLevel } & ({ re: RegExp } | { all: RegExp[] });

/** Up to `n` words of any kind between two parts of a pattern. */
export const gap = (n: number): string => `(?:\\S+ ){0,${n}}`;

/** Alternatives as a non-capturing group. */
export const any = (...options: string[]): string => `(?:${options.join('|')})`;

/** A whole-word regular expression from pattern parts. */
export const re = (...parts: string[]): RegExp => new RegExp(`\\b${parts.join('')}\\b`);

/** Builds rules of one kind and level. */
export function rules(kind: RiskKind, level: RiskLevel, patterns: (RegExp | RegExp[])[]): RiskRule[] {
  return patterns.map((p) => (Array.isArray(p) ? { kind, level, all: p } : { kind, level, re: p }));
}

/** True when a rule matches canonical text. */
export function matches(rule: RiskRule, text: string): boolean {
  return 're' in rule ? rule.re.test(text) : rule.all.every((r) => r.test(text));
}
