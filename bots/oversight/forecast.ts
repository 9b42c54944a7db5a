/**
 * Daily demand forecasts (issue 9): small, well-known methods over a series of daily counts,
 * and a rolling-origin back-test that measures them on the recent past. Pure functions: the
 * series is oldest first, the last value is the most recent complete day.
 */

/** Days in the season: demand at a council moves with the day of the week. */
export const WEEK = 7;

/** Forecasts `horizon` days after the end of `history`. */
export type Forecaster = (history: readonly number[], horizon: number) => number[];

/** A named forecaster, so reports can say which method produced a figure. */
export interface ForecastMethod {
  name: string;
  /** The fewest days of history it needs; with less, the back-test skips that origin. */
  minHistory: number;
  forecast: Forecaster;
}

const mean = (xs: readonly number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/** The baseline: the plain average of the last `days` days, the same for every day ahead. */
export function plainAverage(days: number): ForecastMethod {
  return {
    name: `the plain average of the last ${days} days`,
    minHistory: 1,
    forecast: (history, horizon) => Array<number>(horizon).fill(mean(history.slice(-days))),
  };
}

/** Seasonal naive: each day ahead repeats the same weekday last week. */
export const seasonalNaive: ForecastMethod = {
  name: 'seasonal naive (same weekday last week)',
  minHistory: WEEK,
  forecast: (history, horizon) => Array.from({ length: horizon }, (_, h) => history[history.length - WEEK + (h % WEEK)] ?? 0),
};

/**
 * Seasonal mean: each day ahead is the mean of the same weekday over the last `weeks` weeks
 * (fewer when the history is shorter). Averaging several weeks cancels much of one week's noise
 * while keeping the weekly shape, which is most of what moves council demand.
 */
export function seasonalMean(weeks: number): ForecastMethod {
  return {
    name: `seasonal mean (same weekday, last ${weeks} weeks)`,
    minHistory: WEEK,
    forecast: (history, horizon) =>
      Array.from({ length: horizon }, (_, h) => {
        const same: number[] = [];
        for (let w = 1; w <= weeks; w++) {
          const i = history.length - w * WEEK + (h % WEEK);
          if (i >= 0) same.push(history[i] ?? 0);
        }
        return mean(same);
      }),
  };
}

/** Smoothing parameters of additive Holt-Winters. */
export interface HoltWintersParams {
  alpha: number;
  beta: number;
  gamma: number;
}

/** Runs additive Holt-Winters (weekly season) over the history; returns the one-step squared error and the final state. */
function holtWintersRun(y: readonly number[], p: HoltWintersParams) {
  const first = y.slice(0, WEEK);
  let level = mean(first);
  // A trend from the first two weeks when there are two; otherwise none.
  let trend = y.length >= 2 * WEEK ? (mean(y.slice(WEEK, 2 * WEEK)) - level) / WEEK : 0;
  const season = first.map((v) => v - level);
  let sse = 0;
  for (let t = WEEK; t < y.length; t++) {
    const s = season[t % WEEK] ?? 0;
    const obs = y[t] ?? 0;
    const err = obs - (level + trend + s);
    sse += err * err;
    const prevLevel = level;
    level = p.alpha * (obs - s) + (1 - p.alpha) * (level + trend);
    trend = p.beta * (level - prevLevel) + (1 - p.beta) * trend;
    season[t % WEEK] = p.gamma * (obs - level) + (1 - p.gamma) * s;
  }
  return { sse, level, trend, season };
}

const GRID = {
  alpha: [0.05, 0.1, 0.2, 0.3, 0.5],
  beta: [0, 0.02, 0.05],
  gamma: [0.05, 0.1, 0.2, 0.3],
};

/**
 * Additive Holt-Winters with a weekly season; the smoothing parameters are picked from a small
 * grid by one-step squared error on the history itself (no external optimiser for 60 points).
 */
export const holtWinters: ForecastMethod = {
  name: 'additive Holt-Winters (weekly season)',
  minHistory: 2 * WEEK,
  forecast: (history, horizon) => {
    if (history.length < WEEK) return seasonalNaive.forecast(history, horizon);
    let best: ReturnType<typeof holtWintersRun> | null = null;
    for (const alpha of GRID.alpha)
      for (const beta of GRID.beta)
        for (const gamma of GRID.gamma) {
          const run = holtWintersRun(history, { alpha, beta, gamma });
          if (!best || run.sse < best.sse) best = run;
        }
    const { level, trend, season } = best ?? holtWintersRun(history, { alpha: 0.2, beta: 0, gamma: 0.1 });
    const n = history.length;
    return Array.from({ length: horizon }, (_, h) => level + (h + 1) * trend + (season[(n + h) % WEEK] ?? 0));
  },
};

/** The mean absolute error of a method and how many weeks it was measured over. */
export interface BackTest {
  weeks: number;
  mae: number;
}

/**
 * Rolling-origin back-test over the last `weeks` weeks: from every origin whose `horizon` days
 * ahead fall inside that span, forecast from the days before it and compare with what happened.
 * Forecasts below zero count as zero, as reported. Null when there is not enough history.
 */
export function backTest(series: readonly number[], method: ForecastMethod, weeks: number, horizon = WEEK): BackTest | null {
  const span = weeks * WEEK;
  const firstOrigin = series.length - span;
  if (firstOrigin < method.minHistory || span < horizon) return null;
  let total = 0;
  let count = 0;
  for (let origin = firstOrigin; origin + horizon <= series.length; origin++) {
    const predicted = method.forecast(series.slice(0, origin), horizon);
    for (let h = 0; h < horizon; h++) {
      total += Math.abs(Math.max(0, predicted[h] ?? 0) - (series[origin + h] ?? 0));
      count++;
    }
  }
  return { weeks, mae: total / count };
}
