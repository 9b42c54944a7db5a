/** Ways to reach a person: email addresses and phone numbers (UK and international). */
import type { Rule } from './rule';

/**
 * A phone number by its shape: a national number is 0 and 9–10 more digits; +44 / 0044 is the
 * same number with the 0 dropped; any other +country number has 8–15 digits. Number ranges
 * are not checked (an unused range typed by mistake is still someone's number).
 */
function phoneShape(raw: string): boolean {
  const digits = raw.replace(/\D/g, '');
  const international = /^\s*(?:\+|00)/.test(raw);
  if (!international) return /^0\d{9,10}$/.test(digits);
  const afterPrefix = digits.replace(/^00/, '');
  if (afterPrefix.startsWith('44')) return /^0\d{9,10}$/.test(`0${afterPrefix.slice(2).replace(/^0/, '')}`);
  return afterPrefix.length >= 8 && afterPrefix.length <= 15;
}

/**
 * Email addresses; this rule runs first, because an address may hold any run of digits. The
 * lookbehind starts a match only where a run of address characters starts, so a long unbroken
 * string in a log line costs linear time, not quadratic.
 */
// A comma typed for the dot before the ending ("jones.h@gmail,com") is still the address.
export const EMAIL_RULE: Rule = { kind: 'email', pattern: /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:[.,][A-Za-z0-9-]+)*[.,][A-Za-z]{2,}/g };

/** Phone numbers. */
export const PHONE_RULE: Rule = {
  // "07700 900123", "07812-449-301", "(01443) 229 871", "+44 (0)20 7946 0123", "0044 7845 120 993", "+353 87 123 4567".
  kind: 'phone',
  // A letter O typed for a zero inside a group ("07700 9OO 567") is still the number.
  pattern: /(?<![\w+])(?:(?:\+|00)\d{1,3}[\s-]?(?:\(0\)[\s-]?)?\(?|\(0|0)\d{1,5}\)?(?:[\s-]?\d[\dOo]{1,3}){1,4}(?![\dOo])/g,
  valid: (m) => phoneShape(m.replace(/[Oo]/g, '0')),
};
