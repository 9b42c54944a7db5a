/**
 * Reads the ways people write a recent date ("yesterday", "Tuesday", "3 March", "03/03/2026",
 * Welsh "ddoe", "dydd Mawrth", "3 Mawrth") into an ISO date relative to today in London.
 */
import { addDays, DAYS_CY, DAYS_EN, isoFrom, londonToday, MONTHS_CY, MONTHS_EN, weekday, dayNumber } from './dates';

const MONTH_ABBR: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 };

function monthNumber(word: string): number | undefined {
  const en = MONTHS_EN.indexOf(word);
  if (en >= 0) return en + 1;
  const cy = MONTHS_CY.indexOf(word);
  if (cy >= 0) return cy + 1;
  return MONTH_ABBR[word];
}

/** Matches one date expression; the first group pattern that matches wins. Exported for span finding. */
export const DATE_PATTERNS: RegExp[] = [
  /\b(\d{4})-(\d{2})-(\d{2})\b/,
  /\b(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?\b/,
  /\b(\d{1,2})(?:st|nd|rd|th|af|il|ydd|ed|fed|ain)?\s+(?:of\s+)?([a-z]{3,10})(?:\s+(\d{4}))?\b/,
  /\b([a-z]{3,10})\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b/,
  /\b(day before yesterday|yesterday|today|this morning|echdoe|ddoe|heddiw|bore ma|bore yma)\b/,
  /\b(?:(last|diwethaf)\s+)?(?:dydd\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday|sul|llun|mawrth|mercher|iau|gwener|sadwrn)(?:\s+(last|diwethaf|diwetha))?\b/,
];

/** Lowercase and fold curly quotes but keep / . - which numeric dates need. */
function clean(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/'/g, '').replace(/\s+/g, ' ').trim();
}

function fullYear(y: string | undefined, today: string, month: number, day: number): number | undefined {
  const thisYear = Number(today.slice(0, 4));
  if (y === undefined) {
    // No year given: this year, unless that is well in the future ("30 December" said in January).
    const iso = isoFrom(thisYear, month, day);
    return iso !== undefined && dayNumber(iso) - dayNumber(today) > 31 ? thisYear - 1 : thisYear;
  }
  return y.length === 2 ? 2000 + Number(y) : Number(y);
}

function fromDayMonth(day: number, month: number | undefined, y: string | undefined, today: string): string | undefined {
  if (month === undefined) return undefined;
  const year = fullYear(y, today, month, day);
  return year === undefined ? undefined : isoFrom(year, month, day);
}

/** The ISO date a phrase means, or undefined when it is not a date. `text` may contain other words. */
export function parseDate(text: string, now: Date): string | undefined {
  const t = clean(text);
  const today = londonToday(now);
  let m = DATE_PATTERNS[0]?.exec(t);
  if (m) return isoFrom(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DATE_PATTERNS[1]?.exec(t);
  // UK order: day first.
  if (m) return fromDayMonth(Number(m[1]), Number(m[2]), m[3], today);
  m = DATE_PATTERNS[2]?.exec(t);
  if (m && monthNumber(m[2] ?? '') !== undefined) return fromDayMonth(Number(m[1]), monthNumber(m[2] ?? ''), m[3], today);
  m = DATE_PATTERNS[3]?.exec(t);
  if (m && monthNumber(m[1] ?? '') !== undefined) return fromDayMonth(Number(m[2]), monthNumber(m[1] ?? ''), m[3], today);
  m = DATE_PATTERNS[4]?.exec(t);
  if (m) {
    const w = m[1] ?? '';
    if (w === 'yesterday' || w === 'ddoe') return addDays(today, -1);
    if (w === 'day before yesterday' || w === 'echdoe') return addDays(today, -2);
    return today;
  }
  m = DATE_PATTERNS[5]?.exec(t);
  if (m) {
    const name = m[2] ?? '';
    const target = DAYS_EN.includes(name) ? DAYS_EN.indexOf(name) : DAYS_CY.indexOf(name);
    // Bare "mawrth" is also March in Welsh; only read it as Tuesday after "dydd".
    if (name === 'mawrth' && !/dydd\s+mawrth/.test(t)) return undefined;
    const strictlyBefore = m[1] !== undefined || m[3] !== undefined;
    let back = (weekday(today) - target + 7) % 7;
    if (back === 0 && strictlyBefore) back = 7;
    return addDays(today, -back);
  }
  return undefined;
}

/** Any fixed day works for finding a span; a leap year so "29/02" still counts as a date. */
const SPAN_DAY = new Date(Date.UTC(2024, 0, 1));

/** The part of `text` that reads as a date, if any (for prefilling from a longer message). */
export function findDateSpan(text: string, now: Date = SPAN_DAY): string | undefined {
  const t = clean(text);
  for (const p of DATE_PATTERNS) {
    const m = p.exec(t);
    if (m && parseDate(m[0], now) !== undefined) return m[0];
  }
  return undefined;
}
