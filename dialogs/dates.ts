/**
 * Calendar-day arithmetic in the Europe/London zone. Dates travel as ISO "yyyy-mm-dd" strings
 * so a form value means the same day wherever the server runs.
 */
import type { Locale } from './types';

const londonDay = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's calendar day in London as an ISO date. */
export function londonToday(now: Date): string {
  const parts = londonDay.formatToParts(now);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Days since 1970-01-01 for an ISO date (UTC arithmetic, so no daylight-saving surprises). */
export function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}

/** The ISO date `n` days after `iso` (negative for before). */
export function addDays(iso: string, n: number): string {
  return new Date((dayNumber(iso) + n) * 86_400_000).toISOString().slice(0, 10);
}

/** Day of the week, 0 = Sunday. */
export function weekday(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

/** A real calendar date as ISO, or undefined for 31/02 and the like. */
export function isoFrom(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return d.toISOString().slice(0, 10);
}

/** English month names, lowercase, January first. */
export const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** Welsh month names, lowercase, Ionawr first. */
export const MONTHS_CY = ['ionawr', 'chwefror', 'mawrth', 'ebrill', 'mai', 'mehefin', 'gorffennaf', 'awst', 'medi', 'hydref', 'tachwedd', 'rhagfyr'];
/** English weekday names, Sunday first. */
export const DAYS_EN = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** Welsh weekday names (after "dydd"), Sunday first. */
export const DAYS_CY = ['sul', 'llun', 'mawrth', 'mercher', 'iau', 'gwener', 'sadwrn'];

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** "Thursday 5 March 2026" / "Dydd Iau 5 Mawrth 2026": how a date is read back to a person. */
export function formatDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-').map(Number);
  const month = (locale === 'cy' ? MONTHS_CY : MONTHS_EN)[(m ?? 1) - 1] ?? '';
  const day = locale === 'cy' ? `Dydd ${capital(DAYS_CY[weekday(iso)] ?? '')}` : capital(DAYS_EN[weekday(iso)] ?? '');
  return `${day} ${d} ${capital(month)} ${y}`;
}
