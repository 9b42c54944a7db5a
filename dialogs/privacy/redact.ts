/**
 * Replaces UK personal data in free text with placeholders before it is logged, stored for
 * analytics or sent to a model. Over-redacting a harmless number is cheaper than leaking one,
 * so every rule goes by the shape people type, never by a checksum: a card number that fails
 * Luhn or an NHS number that fails modulus 11 is most likely a real one with a typo.
 */
import { ADDRESS_RULES } from './rules/address';
import { EMAIL_RULE, PHONE_RULE } from './rules/contact';
import { DATE_RULES } from './rules/dates';
import { BROKEN_NUMBER_RULES, DASHED_SORT_CODE_RULE, FINANCIAL_RULES } from './rules/financial';
import { LETTERED_ID_RULES, NUMBER_ID_RULES } from './rules/identity';
import { SPOKEN_NUMBER_RULES } from './rules/spoken';
import { CONTEXT_CHARS, PLACEHOLDER_NAMES, type PersonalDataKind, type Rule } from './rules/rule';

export { PLACEHOLDER_NAMES, type PersonalDataKind, type Rule, type Surroundings } from './rules/rule';

/** Redacted text and which kinds were found (kinds, not values: the list itself is safe to log). */
export interface Redaction {
  text: string;
  found: PersonalDataKind[];
}

/**
 * Every rule, in the order they run. Order matters, because each rule sees the text the previous ones left:
 * - email first: an address may hold any run of digits;
 * - letter-and-digit identifiers (licence, NI) next, so "NI ab 10 48 57 c" is not read as a sort code;
 * - numbers said in words, whose figures (if any) the digit rules would otherwise half-eat;
 * - IBAN, cards and bank details: long digit runs the shorter rules would half-eat;
 * - dates before the dashed sort code, so "dob 12-03-85" is a date;
 * - phone before the bare 9- and 10-digit rules, so 0-leading numbers are called phones;
 * - addresses before postcodes;
 * - last, any long run of digits however it is broken up, which everything before left alone.
 */
export const PERSONAL_DATA_RULES: readonly Rule[] = [
  EMAIL_RULE,
  ...LETTERED_ID_RULES,
  ...SPOKEN_NUMBER_RULES,
  ...FINANCIAL_RULES,
  ...DATE_RULES,
  DASHED_SORT_CODE_RULE,
  PHONE_RULE,
  ...NUMBER_ID_RULES,
  ...ADDRESS_RULES,
  ...BROKEN_NUMBER_RULES,
];

/** Runs every rule over `text`, letting `replace` choose what each match becomes (the log and model redactors differ). */
export function replacePersonalData(text: string, replace: (kind: PersonalDataKind, match: string) => string): string {
  let out = text;
  for (const rule of PERSONAL_DATA_RULES) {
    const input = out;
    out = input.replace(rule.pattern, (match: string, ...rest: unknown[]) => {
      // After the capture groups comes the offset: the first number among the trailing arguments.
      const offset = rest.find((x): x is number => typeof x === 'number') ?? 0;
      const around = { before: input.slice(Math.max(0, offset - CONTEXT_CHARS), offset), after: input.slice(offset + match.length, offset + match.length + CONTEXT_CHARS) };
      return rule.valid && !rule.valid(match, around) ? match : replace(rule.kind, match);
    });
  }
  return out;
}

/** Replaces UK personal data (contact details, address, money, government ids, date of birth) with "[KIND]" placeholders. */
export function redactPersonalData(text: string): Redaction {
  const found = new Set<PersonalDataKind>();
  const out = replacePersonalData(text, (kind) => {
    found.add(kind);
    return `[${PLACEHOLDER_NAMES[kind]}]`;
  });
  return { text: out, found: [...found] };
}
