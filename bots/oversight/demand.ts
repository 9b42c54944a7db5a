/**
 * Demand per topic (issue 9): conversations per day and per hour of day by the council's own
 * calendar (Europe/London, so a conversation at 00:30 BST counts on the London date), and a
 * forecast of the next 7 days per topic with its back-tested error beside it. Pure: the clock
 * is passed in, and nothing here reads the store.
 */
import type { DemandReport, Episode } from './report-types';
import { backTest, plainAverage, seasonalMean, WEEK, type ForecastMethod } from './forecast';

/** What the demand report needs besides the episodes. */
export interface DemandOptions {
  /** Counts from 1 to minCell − 1 are withheld (null); zero is shown. */
  minCell: number;
  /** The longest history used, in days before today (default 56: eight weeks). */
  days?: number;
  /** Weeks the forecast is back-tested over (default 4). */
  backTestWeeks?: number;
}

/**
 * The forecast method. Chosen by back-test (docs/oversight.md, "Demand forecast"): over four weeks of
 * rolling 7-day forecasts on the sandbox's history and on seeded weekly series, the mean of the
 * same weekday over four weeks beat seasonal naive (one week is too noisy at these volumes) and
 * additive Holt-Winters (no better, and harder to explain to a team lead).
 */
export const DEMAND_METHOD: ForecastMethod = seasonalMean(4);

/** What the forecast is compared with: what a team lead would guess with no model at all. */
export const DEMAND_BASELINE: ForecastMethod = plainAverage(28);

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const londonFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23' });
// London's offset from UTC is always whole hours, so one lookup per UTC hour is exact.
const londonCache = new Map<number, { date: string; hour: number }>();

/** The London calendar date (YYYY-MM-DD) and hour (0–23) of an instant. */
export function londonDateHour(at: Date): { date: string; hour: number } {
  const key = Math.floor(at.getTime() / HOUR_MS);
  const cached = londonCache.get(key);
  if (cached) return cached;
  const parts: Record<string, string> = {};
  for (const p of londonFormat.formatToParts(new Date(key * HOUR_MS))) parts[p.type] = p.value;
  const value = { date: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) };
  if (londonCache.size > 50_000) londonCache.clear();
  londonCache.set(key, value);
  return value;
}

/** The ISO date `n` days after `date` (calendar arithmetic, no time zone involved). */
export function addDays(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + n * DAY_MS).toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  const utc = (s: string) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

/**
 * Conversations per topic per day (complete London days up to yesterday) and per hour of day,
 * with a forecast for today and the six days after it computed on the true counts; the shown
 * counts are suppressed below `minCell`. Topics are ordered busiest first.
 */
export function demandReport(episodes: readonly Pick<Episode, 'start' | 'topic'>[], now: Date, options: DemandOptions): DemandReport {
  const report: DemandReport = { method: DEMAND_METHOD.name, baseline: DEMAND_BASELINE.name, topics: [] };
  const today = londonDateHour(now).date;
  const earliest = addDays(today, -(options.days ?? 8 * WEEK));
  const seen = episodes.map((e) => ({ topic: e.topic, ...londonDateHour(e.start) })).filter((e) => e.date >= earliest && e.date < today);
  if (seen.length === 0) return report;

  // The series starts at the first day anyone came, so a short history is not padded with zeros.
  const first = seen.reduce((min, e) => (e.date < min ? e.date : min), today);
  const length = daysBetween(first, today);
  // Under a week of history there is no weekly shape to repeat: the plain average stands in, and says so.
  const method = length >= DEMAND_METHOD.minHistory ? DEMAND_METHOD : DEMAND_BASELINE;
  report.method = method.name;
  const byTopic = new Map<string, { daily: number[]; hourly: number[] }>();
  for (const e of seen) {
    let counts = byTopic.get(e.topic);
    if (!counts) byTopic.set(e.topic, (counts = { daily: Array<number>(length).fill(0), hourly: Array<number>(24).fill(0) }));
    counts.daily[daysBetween(first, e.date)]! += 1;
    counts.hourly[e.hour]! += 1;
  }

  const shown = (n: number) => (n > 0 && n < options.minCell ? null : n);
  const weeks = options.backTestWeeks ?? 4;
  const topics = [...byTopic.entries()].map(([topic, counts]) => {
    const ahead = method.forecast(counts.daily, WEEK);
    const methodError = backTest(counts.daily, DEMAND_METHOD, weeks);
    const baselineError = backTest(counts.daily, DEMAND_BASELINE, weeks);
    return {
      total: counts.daily.reduce((a, b) => a + b, 0),
      topic,
      daily: counts.daily.map((count, i) => ({ date: addDays(first, i), count: shown(count) })),
      hourly: counts.hourly.map(shown),
      // Whole conversations, never below zero: a forecast is read as people to staff for.
      forecast: ahead.map((count, h) => ({ date: addDays(today, h), count: Math.max(0, Math.round(count)) })),
      recentError: methodError && baselineError ? { weeks, methodMae: round1(methodError.mae), baselineMae: round1(baselineError.mae) } : null,
    };
  });
  topics.sort((a, b) => b.total - a.total || a.topic.localeCompare(b.topic));
  report.topics = topics.map(({ total: _total, ...topic }) => topic);
  return report;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
