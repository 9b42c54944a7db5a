/** Forecast methods and the rolling-origin back-test, on seeded series. */
import { backTest, holtWinters, plainAverage, seasonalMean, seasonalNaive, WEEK } from '../../bots/oversight/forecast';
import { DEMAND_BASELINE, DEMAND_METHOD } from '../../bots/oversight/demand';
import { poisson, seededRandom } from '../../bots/seeded-random';

/** Monday-heavy weekly demand, Sunday first, like missed-bin reports. */
const SHAPE = [0.3, 1.8, 1.5, 1, 0.9, 0.8, 0.4];

function weeklySeries(seed: number, weeks: number, perDay = 20): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: weeks * WEEK }, (_, t) => poisson(random, perDay * SHAPE[t % WEEK]!));
}

describe('forecast methods', () => {
  it('seasonal naive repeats the same weekday of the last week', () => {
    const history = [1, 2, 3, 4, 5, 6, 7, 10, 20, 30, 40, 50, 60, 70];
    expect(seasonalNaive.forecast(history, 7)).toEqual([10, 20, 30, 40, 50, 60, 70]);
  });

  it('seasonal mean averages the same weekday over the weeks it has', () => {
    const history = [2, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0];
    expect(seasonalMean(2).forecast(history, 7)[0]).toBe(6.5);
    expect(seasonalMean(4).forecast(history, 7)[0]).toBe(5);
  });

  it('the plain average is flat over the horizon', () => {
    expect(plainAverage(3).forecast([100, 1, 2, 3], 3)).toEqual([2, 2, 2]);
  });

  it('Holt-Winters follows a weekly pattern on a rising level', () => {
    const series = Array.from({ length: 8 * WEEK }, (_, t) => 50 + t * 0.5 + 10 * SHAPE[t % WEEK]!);
    const ahead = holtWinters.forecast(series, 7);
    const truth = Array.from({ length: 7 }, (_, h) => 50 + (series.length + h) * 0.5 + 10 * SHAPE[(series.length + h) % WEEK]!);
    ahead.forEach((value, h) => expect(Math.abs(value - truth[h]!)).toBeLessThan(1.5));
  });
});

describe('back-test', () => {
  it('beats the plain average on held-out weeks of a seeded weekly-seasonal series', () => {
    for (const seed of [1, 2, 3, 42, 2026]) {
      const series = weeklySeries(seed, 12);
      const method = backTest(series, DEMAND_METHOD, 4);
      const baseline = backTest(series, DEMAND_BASELINE, 4);
      expect(method).not.toBeNull();
      expect(method!.mae).toBeLessThan(baseline!.mae * 0.6);
    }
  });

  it('scores a held-out week the same way by hand', () => {
    const series = weeklySeries(7, 9);
    const train = series.slice(0, 8 * WEEK);
    const held = series.slice(8 * WEEK);
    const mae = (predicted: number[]) => predicted.reduce((sum, p, h) => sum + Math.abs(p - held[h]!), 0) / WEEK;
    expect(mae(DEMAND_METHOD.forecast(train, WEEK))).toBeLessThan(mae(DEMAND_BASELINE.forecast(train, WEEK)));
    // One week, one origin: exactly the hand-computed error.
    expect(backTest(series, DEMAND_METHOD, 1)!.mae).toBeCloseTo(mae(DEMAND_METHOD.forecast(train, WEEK)), 10);
  });

  it('gives no error figure when the history is too short to test on', () => {
    expect(backTest(weeklySeries(1, 4), DEMAND_METHOD, 4)).toBeNull();
    expect(backTest(weeklySeries(1, 5), DEMAND_METHOD, 4)).not.toBeNull();
  });

  it('does not claim a win on a series with no weekly pattern', () => {
    const random = seededRandom(9);
    const flat = Array.from({ length: 12 * WEEK }, () => poisson(random, 20));
    const method = backTest(flat, DEMAND_METHOD, 4)!;
    const baseline = backTest(flat, DEMAND_BASELINE, 4)!;
    expect(method.mae).toBeGreaterThan(baseline.mae);
  });
});
