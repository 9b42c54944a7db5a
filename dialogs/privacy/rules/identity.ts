/**
 * Government identifiers: driving licence, National Insurance, tax reference (UTR), passport
 * and NHS numbers. Each is found by its shape as people type it (spaced, dashed, lower case,
 * glued to punctuation); no check digit is tested.
 */
import { near, type Rule } from './rule';

const PASSPORT_WORDS = /\b(?:passport|pasbort)/i;
const UTR_WORDS = /\b(?:utr|unique tax(?:payer)?(?: reference)?|tax ref(?:erence)?|self[\s-]?assessment|hmrc|cyfeirnod treth)\b/i;
const NI_WORDS = /\b(?:ni|nino|national insurance|n\.i\.|yswiriant gwladol)\b/i;

/** Identifiers made of letters and digits: they run straight after email, before any digit-run rule can split them. */
export const LETTERED_ID_RULES: readonly Rule[] = [
  {
    // 16 characters: surname (5, padded with 9s), 6 digits, initials (2, or 9s), 1 digit, 2 check
    // characters. "WILLI804217DJ8KT", "JONES 802150 HT9LM", lower case too.
    kind: 'driving-licence',
    // Copied off the card people space or dash it anywhere: "DAVIE-711054-SK9LM", "mille 756 021 jb9 yz".
    // Read out letter by letter too: "M I T C H 7 0 1 0 3 9 S A 9 L P". The first initial after the
    // six digits is always a letter, which keeps a card number after a word ("with 9000 0009 …") a card.
    pattern: /(?<![A-Z0-9])(?:[A-Z9][ -]?){4}[A-Z9][ -]?(?:\d[ -]?){6}[A-Z][ -]?[A-Z9][ -]?\d[ -]?[A-Z0-9][ -]?[A-Z0-9](?![A-Z0-9])/gi,
  },
  {
    // First letter never D F I Q U V; second never D F I O Q U V; some pairs never issued (these
    // are HMRC's published rules for the prefix, not a checksum). QQ is HMRC's specimen prefix,
    // so it is redacted too. Separators may be spaces or dashes: "RE-30-71-94-A".
    kind: 'ni',
    // The digits may be grouped any way ("KL 340 219 B") or one by one ("A B 1 2 3 4 5 6 C").
    // A separator may stand between every character: "N-W-2-7-4-4-0-9-C". Prefixes HMRC never issues
    // (BG, GB, NK, KN, NT, TN, ZZ) are still taken when the words say it is an NI number: people mistype.
    pattern: /(?<![A-Z0-9])(?:[A-CEGHJ-PR-TW-Z][ ./-]?[A-CEGHJ-NPR-TW-Z]|Q[ ./-]?Q)[ ./-]?(?:\d[ ./-]?){5}\d[ ./-]?[A-D](?![A-Z0-9])/gi,
    valid: (m, around) => !/^(?:BG|GB|KN|NK|NT|TN|ZZ)/i.test(m.replace(/[ ./-]/g, '')) || near(NI_WORDS, around, 30, 0),
  },
  {
    // People often leave off the final letter; without it the shape is too common to take alone.
    kind: 'ni',
    pattern: /(?<![A-Z0-9])(?!BG|GB|KN|NK|NT|TN|ZZ)(?:[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]|QQ)[ -]?\d{2}[ -]?\d{2}[ -]?\d{2}(?![A-Z0-9])/gi,
    valid: (_m, around) => near(NI_WORDS, around, 30, 0),
  },
];

/** Bare digit runs (UTR, passport, NHS): they run after phone numbers, longest-context first. */
export const NUMBER_ID_RULES: readonly Rule[] = [
  {
    // Ten digits are a UTR when written 5 + 5 ("58213 90476"), or after words that name one;
    // otherwise ten digits are taken for an NHS number below (hidden either way).
    kind: 'utr',
    pattern: /(?<![\d+])\d{5}[ -]?\d{5}(?!\d|[ -]\d)/g,
    valid: (m, around) => /\d[ -]\d/.test(m) || near(UTR_WORDS, around, 30, 0),
  },
  {
    // Newer passports start with letters ("C48219036"): one letter and eight digits alone,
    // two letters and seven digits after the word.
    kind: 'passport',
    pattern: /(?<![A-Z0-9])(?:[A-Z]\d{8}|[A-Z]{2}\d{7})(?![A-Z0-9])/gi,
    valid: (m, around) => /^[A-Z]\d/i.test(m) || near(PASSPORT_WORDS, around, 30, 0),
  },
  {
    // Nine digits alone or 3-3-3: no other number a citizen types here has that shape.
    kind: 'passport',
    pattern: /(?<![\d+])\d{3}([ -]?)\d{3}\1\d{3}(?!\d|[ -]\d)/g,
  },
  {
    // 3-3-4 with spaces or dashes, or ten digits unspaced, whatever modulus 11 says.
    kind: 'nhs',
    pattern: /(?<![\d+])\d{3}[ ./-]?\d{3}[ ./-]?\d{4}(?!\d)/g,
  },
];
