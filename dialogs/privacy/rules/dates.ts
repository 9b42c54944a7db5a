/**
 * Dates of birth, in figures and in words (English and Welsh). A date with a four-digit year is
 * hidden wherever it appears; a date without one ("3rd march", "last tuesday") is what the bin
 * forms ask for, so it is only hidden next to words about birth ("born", "dob", "geni").
 */
import { near, type Rule, type Surroundings } from './rule';

/** Words that make a nearby date a birth date. */
const BIRTH_WORDS = /\b(?:born|dob|d\.o\.b|date of birth|birth\s?day|berth\s?day|birthdy|bday|b'day|geni|ganwyd|ganed|pen-?blwydd)/i;

// Longest spellings first so "march" is not cut to "mar". Welsh months also appear mutated: soft
// after "o" ("5ed o Fawrth", "o Ragfyr"), nasal after "yn" ("yng Ngorffennaf", "yn Nhachwedd").
// A long month is known by its first letters, so a slip later on ("janury", "febuary", "septmber") still counts.
const MONTH = '(?:jan[a-z]{0,5}|feb[a-z]{0,6}|march|apr[a-z]{0,3}|may|june|july|aug[a-z]{0,4}|sep[a-z]{0,7}|oct[a-z]{0,5}|nov[a-z]{0,6}|dec[a-z]{0,6}|'
  + 'mar|jun|jul|'
  + 'ionawr|chwefror|mawrth|fawrth|ebrill|mai|fai|mehefin|fehefin|gorffennaf|orffennaf|ngorffennaf|awst|medi|fedi|hydref|tachwedd|dachwedd|nhachwedd|rhagfyr|ragfyr)';
const SUFFIX = '(?:st|nd|rd|th|af|il|ydd|ed|fed|ain)';
const DAY = `(?:3[01]|[12]\\d|0?[1-9])${SUFFIX}?`;
const UNIT = 'one|two|three|four|five|six|seven|eight|nine';
const ORD_UNIT = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth';
const ORDINAL = `(?:(?:twenty|thirty)[\\s-]?(?:${ORD_UNIT})|${ORD_UNIT}|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)`;
// Welsh ordinals: "y trydydd o Fawrth", "yr unfed ar ddeg", "yr ail ar hugain".
const ORDINAL_CY = '(?:cyntaf|ail|trydydd|trydedd|pedwerydd|pedwaredd|pumed|chweched|seithfed|wythfed|nawfed|degfed|unfed|deuddegfed|pymthegfed|deunawfed|ugeinfed)'
  + '(?:\\s+ar\\s+(?:ddeg|bymtheg|hugain))?(?:\\s+ar\\s+hugain)?';
const TEEN = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const S = '[\\s-]+';
const TENS_UNIT = `(?:${TENS})(?:${S}(?:${UNIT}))?`;
// "nineteen eighty five", "nineteen oh two", "two thousand and one".
const YEAR_WORDS = `(?:(?:nineteen|twenty)${S}(?:${TENS_UNIT}|${TEEN}|oh?${S}(?:${UNIT})|hundred)|two${S}thousand(?:${S}(?:and${S})?(?:${TENS_UNIT}|${TEEN}|${UNIT}))?)`;
// Welsh years as people say them: "mil naw saith dau", "un naw wyth pump", "dwy fil a tri".
const UNIT_CY = 'dim|un|dau|dwy|tri|tair|pedwar|pedair|pump|pum|chwech|chwe|saith|wyth|naw|deg|ddeg|cant|gant';
const YEAR_CY = `(?:(?:mil|un)${S}naw|dwy${S}fil)(?:${S}(?:a${S})?(?:${UNIT_CY})){0,4}`;
// "the ninth eighty four": a two-digit year said as words.
const YEAR = `(?:(?:19|20)\\d{2}|'?\\d{2}|${YEAR_WORDS}|${YEAR_CY}|${TENS_UNIT})`;
// Welsh days as numbers said aloud: "deg o Ebrill", "dau ddeg un o Fai", "pymtheg o Fedi".
const DAY_CY = `(?:(?:dau|tri)${S}d?deg(?:${S}(?:un|dau|tri|pedwar|pump|chwech|saith|wyth|naw))?|un${S}ar${S}ddeg|deuddeg|pymtheg|deunaw|ugain|un${S}ar${S}hugain|un|dau|tri|pedwar|pump|chwech|saith|wyth|naw|deg)`;
// A month said as its number: "the twelfth of the ninth".
const MONTH_ORDINAL = '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)';
const DAY_ANY = `(?:${DAY}|${ORDINAL}|${ORDINAL_CY})`;
// "3rd of March 1985", "the twelfth of march", "5ed o Fawrth", "March 3rd, 1985", "March the third".
const WORD_DATE = `(?:(?:the\\s+|y\\s+|yr\\s+)?${DAY_ANY}(?:\\s+(?:of|o))?\\s+${MONTH}|${MONTH}\\s+(?:the\\s+)?${DAY_ANY}|${DAY_CY}\\s+o\\s+${MONTH}|(?:the\\s+)?${DAY_ANY}\\s+of\\s+the\\s+${MONTH_ORDINAL})(?:,?\\s+${YEAR})?`;

const inRange = (n: number, max: number): boolean => n >= 1 && n <= max;

/** This year, read once: a date from two years ago on is a booking, a fault or a deadline, not a birth. */
const THIS_YEAR = new Date().getUTCFullYear();
const RECENT = THIS_YEAR - 2;

/** The four-digit year a date ends in ("21/06/2025", "3rd Jan 25"), if it ends in figures. */
function yearOf(m: string): number | undefined {
  const y = /(\d{2,4})$/.exec(m)?.[1];
  if (!y) return undefined;
  if (y.length === 4) return Number(y);
  return y.length === 2 ? (Number(y) <= THIS_YEAR % 100 ? 2000 : 1900) + Number(y) : undefined;
}

/**
 * A date with a year is hidden wherever it appears, except one from two years ago on with no birth
 * word near: bin days, bookings, faults and deadlines are dated like that, and a birth date that
 * recent is a small child's, which a parent names as one ("born", "dob").
 */
const birthOrOld = (m: string, around: Surroundings): boolean => (yearOf(m) ?? 0) < RECENT || near(BIRTH_WORDS, around, 40, 25);

/** Date-of-birth rules: day-month-year and year-month-day in figures, then dates in words. */
export const DATE_RULES: readonly Rule[] = [
  {
    // 12/03/1985, 12.3.85, 17/5/58. Day and month both in range, either way round (a US-order date
    // is still a birth date). Not part of a longer dotted run, so an IP address is left alone.
    kind: 'date-of-birth',
    // A full stop straight after a word ("dob.13/01/1984") is punctuation, not part of a number.
    pattern: /(?<![\d/-])(?<!\d\.)\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?!\d|[/.-]\d)/g,
    valid: (m, around) => {
      const [a = 0, b = 0] = m.split(/[/.-]/).map(Number);
      return ((inRange(a, 31) && inRange(b, 12)) || (inRange(a, 12) && inRange(b, 31))) && birthOrOld(m, around);
    },
  },
  {
    // 1985-03-12, 1990/11/04.
    kind: 'date-of-birth',
    pattern: /(?<![\d/.-])(?:19|20)\d{2}[/.-]\d{1,2}[/.-]\d{1,2}(?!\d|[/.-]\d)/g,
    valid: (m, around) => {
      const [year = 0, month = 0, day = 0] = m.split(/[/.-]/).map(Number);
      return inRange(month, 12) && inRange(day, 31) && (year < RECENT || near(BIRTH_WORDS, around, 40, 25));
    },
  },
  {
    kind: 'date-of-birth',
    pattern: new RegExp(`(?<![\\p{L}\\d])${WORD_DATE}(?![\\p{L}\\d])`, 'giu'),
    // A year said in words ("nineteen eighty five", "mil naw saith dau") is a birth year: nobody books a bin that way.
    valid: (m, around) => (/(?:19|20)\d{2}$/.test(m) && birthOrOld(m, around)) || new RegExp(`(?:${YEAR_WORDS}|${YEAR_CY})$`, 'i').test(m) || near(BIRTH_WORDS, around, 40, 25),
  },
];
