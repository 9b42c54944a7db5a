/**
 * Opening-hours arithmetic in the team's own time zone. Pure functions over a BusinessHours
 * value and an instant; Intl.DateTimeFormat supplies the zone rules, so BST/GMT changes
 * need no special cases here.
 */
import type { BusinessHours, Weekday } from '../../config/content/business-hours';
import type { Locale } from '../../dialogs/types';

/** A wall-clock reading of an instant in some time zone. */
interface LocalTime {
  date: string; // YYYY-MM-DD
  weekday: Weekday;
  minutes: number; // minutes since local midnight
}

const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
/** Far enough to cross any run of closed days (Christmas, a long closure) but bounded. */
const SEARCH_DAYS = 60;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One cached formatter per zone: building them is the slow part. */
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The calendar fields of `instant` as read on a clock in `timeZone`. */
function zonedFields(instant: Date, timeZone: string) {
  const parts: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const field = (name: string) => parts[name] ?? 0;
  return { year: field('year'), month: field('month'), day: field('day'), hour: field('hour'), minute: field('minute'), second: field('second') };
}

/** Reads `instant` as a date, weekday and time of day in `timeZone`. */
function toLocal(instant: Date, timeZone: string): LocalTime {
  const f = zonedFields(instant, timeZone);
  const date = `${f.year}-${pad(f.month)}-${pad(f.day)}`;
  return { date, weekday: weekdayOf(date), minutes: f.hour * 60 + f.minute };
}

/** The instant when a clock in `timeZone` shows `date` at `minutes` past midnight. */
function fromLocal(date: string, minutes: number, timeZone: string): Date {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const wall = Date.UTC(y, m - 1, d, 0, minutes);
  // Start from "the wall time as if it were UTC", then correct by the zone's offset at that
  // instant; a second pass settles the case where the first guess sits across a DST change.
  let instant = wall - offsetMs(new Date(wall), timeZone);
  instant = wall - offsetMs(new Date(instant), timeZone);
  return new Date(instant);
}

/** How far the zone's clock is ahead of UTC at `instant`. */
function offsetMs(instant: Date, timeZone: string): number {
  const f = zonedFields(instant, timeZone);
  const asUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

function weekdayOf(date: string): Weekday {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] ?? 'sun';
}

function addDays(date: string, days: number): string {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** "HH:MM" to minutes since midnight. */
function clockMinutes(hhmm: string): number {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

/** The staffed periods on a local date, in minutes, earliest first; none on closed dates. */
function periodsOn(hours: BusinessHours, date: string): { open: number; close: number }[] {
  if (hours.closedDates.includes(date)) return [];
  return hours.weekly[weekdayOf(date)]
    .map((p) => ({ open: clockMinutes(p.open), close: clockMinutes(p.close) }))
    .sort((a, b) => a.open - b.open);
}

/** True when `now` falls inside a staffed period in the team's time zone. */
export function isOpen(hours: BusinessHours, now: Date): boolean {
  const local = toLocal(now, hours.timeZone);
  return periodsOn(hours, local.date).some((p) => local.minutes >= p.open && local.minutes < p.close);
}

/**
 * The start of the next staffed period strictly after `now` (so while open, the next
 * session, not this one); null when none begins within the search window.
 */
export function nextOpening(hours: BusinessHours, now: Date): Date | null {
  const today = toLocal(now, hours.timeZone).date;
  for (let offset = 0; offset <= SEARCH_DAYS; offset++) {
    const date = addDays(today, offset);
    for (const period of periodsOn(hours, date)) {
      const start = fromLocal(date, period.open, hours.timeZone);
      if (start.getTime() > now.getTime()) return start;
    }
  }
  return null;
}

const DAY_NAMES: Record<Locale, Record<Weekday, string>> = {
  en: { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' },
  // Soft-mutated "ddydd" is the form used for "on <day>" in Welsh.
  cy: { mon: 'ddydd Llun', tue: 'ddydd Mawrth', wed: 'ddydd Mercher', thu: 'ddydd Iau', fri: 'ddydd Gwener', sat: 'ddydd Sadwrn', sun: 'ddydd Sul' },
};

/** Friendly local time and day, e.g. "9am on Monday" or "9yb ddydd Llun". */
export function describeOpening(date: Date, locale: Locale, timeZone: string): string {
  const local = toLocal(date, timeZone);
  const hour24 = Math.floor(local.minutes / 60);
  const minute = local.minutes % 60;
  const hour12 = hour24 % 12 === 0 ? 12 : hour24 % 12;
  const clock = minute === 0 ? `${hour12}` : `${hour12}:${pad(minute)}`;
  const day = DAY_NAMES[locale][local.weekday];
  if (locale === 'cy') return `${clock}${hour24 < 12 ? 'yb' : 'yh'} ${day}`;
  return `${clock}${hour24 < 12 ? 'am' : 'pm'} on ${day}`;
}
