/**
 * The shape shared by every personal-data rule, and the helpers rules use to look at the words
 * around a match ("passport", "born", "sort code") when the digits alone are too common to hide.
 */

/** The kinds of personal data the redactor recognises. */
export type PersonalDataKind =
  | 'email' | 'phone' | 'address' | 'postcode'
  | 'card' | 'iban' | 'sort-code' | 'bank-account'
  | 'nhs' | 'ni' | 'utr' | 'passport' | 'driving-licence'
  | 'date-of-birth' | 'long-number';

/** Placeholder name per kind: "[CARD_NUMBER]" in logs, "[CARD_NUMBER_1]" for the model. */
export const PLACEHOLDER_NAMES: Readonly<Record<PersonalDataKind, string>> = {
  email: 'EMAIL', phone: 'PHONE', address: 'ADDRESS', postcode: 'POSTCODE',
  card: 'CARD_NUMBER', iban: 'IBAN', 'sort-code': 'SORT_CODE', 'bank-account': 'ACCOUNT_NUMBER',
  nhs: 'NHS_NUMBER', ni: 'NI_NUMBER', utr: 'TAX_REFERENCE', passport: 'PASSPORT_NUMBER', 'driving-licence': 'DRIVING_LICENCE',
  'date-of-birth': 'DATE_OF_BIRTH', 'long-number': 'NUMBER',
};

/** Up to this many characters either side of a match are handed to a rule's check. */
export const CONTEXT_CHARS = 60;

/** The text either side of a match, as it stood when the rule ran (earlier rules' placeholders included). */
export interface Surroundings {
  before: string;
  after: string;
}

/** One kind of personal data: how to find it. */
export interface Rule {
  kind: PersonalDataKind;
  /** Must carry the `g` flag: every occurrence is replaced. */
  pattern: RegExp;
  /**
   * Extra check on a match; when it fails the text is left alone. Checks look at the shape and
   * the words nearby, never at a checksum: a mistyped card number is still someone's card number.
   */
  valid?: (match: string, around: Surroundings) => boolean;
}

/** True when `words` occurs within `before` characters ahead of the match or `after` characters behind it. */
export function near(words: RegExp, around: Surroundings, before = 40, after = 25): boolean {
  return words.test(around.before.slice(-before)) || (after > 0 && words.test(around.after.slice(0, after)));
}

/** A placeholder of this kind as either redactor writes it ("[SORT_CODE]" or "[SORT_CODE_2]"). */
export function placeholderOf(kind: PersonalDataKind): RegExp {
  return new RegExp(`\\[${PLACEHOLDER_NAMES[kind]}(?:_\\d+)?\\]`);
}
