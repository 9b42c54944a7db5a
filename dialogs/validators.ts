/**
 * Pure validators, one per slot type. Each returns a tagged result with the value in its
 * normal form (postcode "CF10 1AA", date "2026-03-03", reference "BB-123456", choice value).
 */
import { addDays, dayNumber, londonToday } from './dates';
import { findDateSpan, parseDate } from './date-parse';
import { hasPhrase, normalise } from './text';
import type { SlotDefinition } from './types';

/** A validator's verdict: the normalised value, or a plain "no". */
export type Validation = { ok: true; value: string } | { ok: false };

const NO: Validation = { ok: false };
const yes = (value: string): Validation => ({ ok: true, value });

/** The full UK postcode shape (outward + inward codes), plus the Girobank oddity GIR 0AA. */
const POSTCODE = /^(GIR0AA|(?:[A-PR-UWYZ](?:\d{1,2}|[A-HK-Y]\d{1,2}|\d[A-HJKPSTUW]|[A-HK-Y]\d[ABEHMNPRV-Y]))\d[ABD-HJLNP-UW-Z]{2})$/;
/** Finds a postcode inside a sentence. */
export const POSTCODE_IN_TEXT = /\b(GIR ?0AA|[A-PR-UWYZ](?:\d{1,2}|[A-HK-Y]\d{1,2}|\d[A-HJKPSTUW]|[A-HK-Y]\d[ABEHMNPRV-Y]) ?\d[ABD-HJLNP-UW-Z]{2})\b/i;

/** "cf101aa" → "CF10 1AA". */
export function validatePostcode(text: string): Validation {
  const compact = text.toUpperCase().replace(/[\s-]/g, '');
  if (POSTCODE.test(compact)) return yes(`${compact.slice(0, -3)} ${compact.slice(-3)}`);
  const found = POSTCODE_IN_TEXT.exec(text);
  return found?.[1] !== undefined ? validatePostcode(found[1]) : NO;
}

/** A date phrase → ISO date, checked against how far back / forward the slot allows. */
export function validateDate(text: string, now: Date, range?: { pastDays?: number; futureDays?: number }): Validation {
  const iso = parseDate(text, now) ?? parseDate(findDateSpan(text) ?? '', now);
  if (iso === undefined) return NO;
  const today = londonToday(now);
  if (range?.futureDays !== undefined && dayNumber(iso) > dayNumber(addDays(today, range.futureDays))) return NO;
  if (range?.pastDays !== undefined && dayNumber(iso) < dayNumber(addDays(today, -range.pastDays))) return NO;
  return yes(iso);
}

/** Forms a reference may be written in; the hyphenated form first so "bb123456" → "BB-123456". */
function referenceForms(raw: string): string[] {
  const compact = raw.toUpperCase().replace(/[\s.]/g, '');
  const parts = /^([A-Z]+)-?(\d+)$/.exec(compact);
  return parts ? [`${parts[1]}-${parts[2]}`, `${parts[1]}${parts[2]}`, compact] : [compact];
}

/** A reference that matches the slot's pattern, written in its canonical form. */
export function validateReference(text: string, pattern: string): Validation {
  const re = new RegExp(pattern);
  const whole = referenceForms(text).find((f) => re.test(f));
  if (whole !== undefined) return yes(whole);
  // "it's bb 123456 thanks": try each word and each pair of neighbouring words.
  const tokens = text.split(/[\s,;:]+/).filter((t) => t !== '');
  for (let i = 0; i < tokens.length; i++) {
    for (const candidate of [tokens[i] ?? '', `${tokens[i] ?? ''}${tokens[i + 1] ?? ''}`]) {
      const form = referenceForms(candidate).find((f) => re.test(f));
      if (form !== undefined) return yes(form);
    }
  }
  return NO;
}

const YES = ['yes', 'yeah', 'yea', 'yep', 'yup', 'y', 'correct', 'ok', 'okay', 'sure', 'right', 'thats right', 'yes please', 'ie', 'ydw', 'ydy', 'yndw', 'oes', 'do', 'cywir', 'iawn', 'ie plis', 'ydi'];
const NO_WORDS = ['no', 'nope', 'n', 'nah', 'wrong', 'not right', 'no thanks', 'na', 'nac ydw', 'nac ydy', 'nage', 'naddo', 'nac oes', 'anghywir', 'dim diolch'];

/** Yes or no in English or Welsh → "yes" | "no". A leading yes/no word counts ("yes that's right"). */
export function validateYesNo(text: string): Validation {
  const n = normalise(text);
  if (YES.includes(n)) return yes('yes');
  if (NO_WORDS.includes(n)) return yes('no');
  const first = n.split(' ')[0] ?? '';
  const firstTwo = n.split(' ').slice(0, 2).join(' ');
  if (NO_WORDS.includes(firstTwo) || ['no', 'nope', 'nah', 'na', 'nage', 'naddo'].includes(first)) return yes('no');
  if (['yes', 'yeah', 'yep', 'yup', 'ie', 'ydw', 'correct', 'cywir'].includes(first)) return yes('yes');
  return NO;
}

/** A choice by its value, label (either language), synonym, or its number in the list ("2"). */
export function validateChoice(text: string, choices: NonNullable<SlotDefinition['choices']>): Validation {
  const n = normalise(text);
  const index = /^\d{1,2}$/.test(n) ? Number(n) - 1 : -1;
  if (index >= 0) return choices[index] ? yes(choices[index].value) : NO;
  const exact = choices.find((c) => [c.value, c.label.en, c.label.cy, ...(c.synonyms ?? [])].some((t) => normalise(t) === n));
  if (exact) return yes(exact.value);
  // Inside a sentence ("it was the blue bin"): accept only when exactly one choice is named.
  const named = choices.filter((c) => [c.value, c.label.en, c.label.cy, ...(c.synonyms ?? [])].some((t) => hasPhrase(n, t)));
  return named.length === 1 && named[0] ? yes(named[0].value) : NO;
}

const titleCase = (s: string): string => s.replace(/\b\p{L}/gu, (c) => c.toUpperCase());

/** A house number ("12", "12a", "flat 3") or a short house name ("Rose Cottage"). */
export function validateHouse(text: string): Validation {
  // "number 7", "house 7", "rhif 7" → "7"; but "Tŷ Gwyn" is a house name, so only strip before digits.
  const t = text.trim().replace(/\s+/g, ' ').replace(/^(it'?s|it is)\s+/i, '').replace(/^(number|no\.?|house|rhif|tŷ|ty)\s+(?=\d)/i, '');
  if (t === '' || t.length > 60 || /[?@]/.test(t)) return NO;
  if (/^\d{1,4}[a-z]?$/i.test(t)) return yes(t.toUpperCase());
  // A postcode or a yes/no is never a house; catching it here stops it being misfiled.
  if (validatePostcode(t).ok && POSTCODE.test(t.toUpperCase().replace(/\s/g, ''))) return NO;
  if (validateYesNo(t).ok && t.split(' ').length <= 2) return NO;
  if (!/\p{L}/u.test(t) || t.split(' ').length > 6 || !/^[\p{L}\d ,.'’-]+$/u.test(t)) return NO;
  return yes(t === t.toLowerCase() ? titleCase(t) : t);
}

/** Free text: anything non-empty up to 500 characters. */
export function validateText(text: string): Validation {
  const t = text.trim();
  return t !== '' && t.length <= 500 ? yes(t) : NO;
}

/** What a validator may need besides the text. */
export interface ValidationContext {
  now: Date;
}

/** Validates an answer for a slot of any type. */
export function validateSlot(slot: SlotDefinition, text: string, ctx: ValidationContext): Validation {
  switch (slot.type) {
    case 'postcode': return validatePostcode(text);
    case 'date': return validateDate(text, ctx.now, slot.dateRange);
    case 'reference': return slot.pattern !== undefined ? validateReference(text, slot.pattern) : validateText(text);
    case 'yes-no': return validateYesNo(text);
    case 'choice': return validateChoice(text, slot.choices ?? []);
    case 'house': return validateHouse(text);
    case 'text': return validateText(text);
  }
}
