/**
 * Replaces UK personal data in free text with placeholders before it is logged, stored for
 * analytics or sent to a model. Over-redacting a harmless number is cheaper than leaking one.
 */

/** The kinds of personal data the redactor recognises. */
export type PersonalDataKind = 'email' | 'card' | 'nhs' | 'ni' | 'phone' | 'date-of-birth' | 'postcode';

/** Redacted text and which kinds were found (kinds, not values: the list itself is safe to log). */
export interface Redaction {
  text: string;
  found: PersonalDataKind[];
}

const digitsOf = (s: string): string => s.replace(/\D/g, '');

/** Luhn checksum, used by payment cards. */
function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** NHS number modulus-11 check digit. */
function nhsValid(digits: string): boolean {
  if (digits.length !== 10) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  const expected = check === 11 ? 0 : check;
  return expected !== 10 && expected === Number(digits[9]);
}

/** A national UK number: 10 or 11 digits, leading 0, a real number range after it. */
function ukPhoneValid(raw: string): boolean {
  let d = digitsOf(raw);
  if (/^(?:00)?44/.test(raw.replace(/[\s()+-]/g, '')) && /^\s*(\+|00)/.test(raw)) {
    d = `0${d.replace(/^(00)?44/, '').replace(/^0/, '')}`;
  }
  return /^0[1235789]\d{8,9}$/.test(d);
}

/** One kind of personal data: how to find it and what replaces it. */
export interface Rule {
  kind: PersonalDataKind;
  placeholder: string;
  pattern: RegExp;
  /** Extra check on a match; when it fails the text is left alone. */
  valid?: (match: string) => boolean;
}

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr)';

/** Order matters: cards and NHS numbers are digit runs a phone rule would otherwise half-eat. */
export const PERSONAL_DATA_RULES: readonly Rule[] = [
  { kind: 'email', placeholder: '[EMAIL]', pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g },
  {
    kind: 'card', placeholder: '[CARD_NUMBER]', pattern: /(?<![\d+])\d(?:[ -]?\d){12,18}(?!\d)/g,
    valid: (m) => luhn(digitsOf(m)),
  },
  { kind: 'nhs', placeholder: '[NHS_NUMBER]', pattern: /(?<![\d+])\d{3}[ -]?\d{3}[ -]?\d{4}(?!\d)/g, valid: (m) => nhsValid(digitsOf(m)) },
  {
    // First letter never D F I Q U V; second never D F I O Q U V; some pairs never issued.
    // QQ is HMRC's own specimen prefix, so it is redacted too.
    kind: 'ni', placeholder: '[NI_NUMBER]',
    pattern: /\b(?!BG|GB|KN|NK|NT|TN|ZZ)(?:[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]|QQ) ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/gi,
  },
  {
    kind: 'date-of-birth', placeholder: '[DATE_OF_BIRTH]',
    pattern: new RegExp(`\\b(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})|\\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH} \\d{4})\\b`, 'gi'),
    valid: (m) => {
      const parts = m.split(/[/.-]/).map(Number);
      // Numeric dates: day then month, both in range; word dates are already well-formed.
      return parts.length !== 3 || ((parts[0] ?? 0) >= 1 && (parts[0] ?? 0) <= 31 && (parts[1] ?? 0) >= 1 && (parts[1] ?? 0) <= 12);
    },
  },
  {
    kind: 'phone', placeholder: '[PHONE]',
    pattern: /(?<![\w+])(?:(?:\+|00)44[\s-]?(?:\(0\)[\s-]?)?\(?|\(0|0)\d{1,4}\)?(?:[\s-]?\d{2,4}){1,3}(?!\d)/g,
    valid: ukPhoneValid,
  },
  {
    kind: 'postcode', placeholder: '[POSTCODE]',
    pattern: /\b(?:GIR ?0AA|[A-PR-UWYZ](?:\d{1,2}|[A-HK-Y]\d{1,2}|\d[A-HJKPSTUW]|[A-HK-Y]\d[ABEHMNPRV-Y]) ?\d[ABD-HJLNP-UW-Z]{2})\b/gi,
  },
];

/** Replaces UK personal data (email, card, NHS, NI, date of birth, phone, postcode) with placeholders. */
export function redactPersonalData(text: string): Redaction {
  const found = new Set<PersonalDataKind>();
  let out = text;
  for (const rule of PERSONAL_DATA_RULES) {
    out = out.replace(rule.pattern, (match) => {
      if (rule.valid && !rule.valid(match)) return match;
      found.add(rule.kind);
      return rule.placeholder;
    });
  }
  return { text: out, found: [...found] };
}
