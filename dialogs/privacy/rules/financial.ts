/** Money: payment cards, IBANs, and UK sort codes with their account numbers. */
import { near, placeholderOf, type Rule } from './rule';

/** Words that say a six-digit group is a sort code. */
const SORT_CODE_WORDS = /\b(?:sort[\s-]?code|sortcode|s\/c|bank|cod didoli|banc)\b/i;
/** Narrower words for account numbers: "account 12345678, my bank is…" is still a council tax account. */
const SORT_CODE_NAMED = /\b(?:sort[\s-]?code|sortcode|s\/c|cod didoli)\b/i;
/** Words for a bank account number itself: with a bank word nearby they make eight digits an account. */
const ACCOUNT_WORDS = /\b(?:acc|acct|account|a\/c|rhif cyfrif|cyfrif)\b/i;
/** A sort code written with separators ("12-34-56", "12 34 56"): in a window this marks a bank detail. */
const SORT_CODE_SHAPE = /(?<!\d)\d{2}( ?[./-] ?| )\d{2}\1\d{2}(?!\d)/;
/** An account number beside a sort code, typed or already replaced by the account rule. */
const ACCOUNT_NEARBY = new RegExp(`(?<!\\d)\\d{4} ?\\d{4}(?!\\d)|${placeholderOf('bank-account').source}`);

/** Card, IBAN and bank rules, in the order they must run. */
export const FINANCIAL_RULES: readonly Rule[] = [
  {
    // GB: GB + 2 digits + 4 letters + 14 digits; other countries 15–34 characters. Spaced in 4s or not, any case.
    // At least eight digits, so a run of words that happens to start "ab12" is not taken for one.
    kind: 'iban',
    pattern: /(?<![A-Z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Z0-9])/gi,
    valid: (m) => {
      const compact = m.replace(/ /g, '');
      return compact.length >= 15 && compact.length <= 34 && (compact.match(/\d/g) ?? []).length >= 8;
    },
  },
  {
    // By shape alone, whatever Luhn says: 13–19 digits unspaced, in 4s with spaces or dashes, or
    // Amex/Diners 4-6-5 / 4-6-4. (Service ids whose digits look like this, such as UUIDs, are
    // set aside by the log redactor before the rules run.)
    kind: 'card',
    pattern: /(?<![\d+])(?:\d{4}[ .-]?\d{4}[ .-]?\d{4}[ .-]?\d{1,4}(?:[ .-]?\d{1,3})?|\d{4}[ .-]?\d{6}[ .-]?\d{4,5})(?!\d)/g,
  },
  {
    // Eight digits are also a council tax account (a service reference the forms need), so only
    // eight digits beside a sort code, or after the words "sort code", are a bank account.
    // Typed whole or in fours off a statement ("3192 6819").
    kind: 'bank-account',
    // Or one digit at a time as read off a card: "2 0 4 4 8 9 1 7".
    pattern: /(?<![\d-])(?:\d{4} ?\d{4}|(?:\d ){7}\d)(?![\d-]| \d)/g,
    valid: (_m, around) => near(SORT_CODE_NAMED, around, 40, 15) || near(SORT_CODE_SHAPE, around, 40, 15) || (near(ACCOUNT_WORDS, around, 15, 0) && near(SORT_CODE_WORDS, around, 30, 0)),
  },
  {
    // "sort code 090127", "s/c 60-83-71", "40 47 84 / 70872490": a sort code needs its words, or
    // (when written in pairs) its account number nearby; six bare digits are too often a reference.
    kind: 'sort-code',
    // Separators may have spaces round them: "60 - 16 - 13".
    pattern: /(?<![\d-])\d{2}( ?[./-] ?| ?)\d{2}\1\d{2}(?!\d|[ ./-]\d)/g,
    // The window leaves room for the model's longer placeholder ("[ACCOUNT_NUMBER_12]").
    valid: (m, around) => near(SORT_CODE_WORDS, around, 25, 0) || (/\D/.test(m) && near(ACCOUNT_NEARBY, around, 30, 30)),
  },
];

/** Words that say a group of digits is (part of) a payment card. */
const CARD_WORDS = /\b(?:card|debit|credit|visa|mastercard|amex|ends? in|ending|long number|rhif y cerdyn|cerdyn)\b/i;

/**
 * Last of all: a run of nine or more digits broken up in any way ("0 7 9 5 6 3 2 1 4 8 7",
 * "45 07 88 21 36", "07912 / 345 678") is someone's number, whichever; and a card typed in two
 * halves ("4543 2177 … 0931 6628") is hidden half by half when card words are near.
 */
export const BROKEN_NUMBER_RULES: readonly Rule[] = [
  // A book's ISBN is the one long number a library question carries that is nobody's.
  { kind: 'long-number', pattern: /(?<![\w+])\d(?:(?: ?[ ./-] ?| )?\d){8,}(?![\w])/g, valid: (_m, around) => !/\bisbn(?:[\s:-]*1[03])?[\s:#-]*$/i.test(around.before) },
  { kind: 'card', pattern: /(?<![\d+.])\d{4}[ .-]\d{4}(?![\d.-]| \d)/g, valid: (_m, around) => near(CARD_WORDS, around, 60, 30) },
];

/**
 * A dashed 12-34-56 on its own is a sort code too. It runs after the date-of-birth rules so that
 * "dob 12-03-85" is called a date; whatever is left in that shape is not a date.
 */
export const DASHED_SORT_CODE_RULE: Rule = { kind: 'sort-code', pattern: /(?<![\d-])\d{2}-\d{2}-\d{2}(?![\d-])/g };
