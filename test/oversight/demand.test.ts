/** Demand per topic: London dates and hours, small-count suppression, and the forecast beside its error. */
import { addDays, demandReport, londonDateHour } from '../../bots/oversight/demand';
import { poisson, seededRandom } from '../../bots/seeded-random';

type Seen = { start: Date; topic: string };

/** `n` episodes about `topic` at London noon-ish on `date` (in winter, UTC is London time). */
function on(date: string, topic: string, n: number, hour = 12): Seen[] {
  return Array.from({ length: n }, (_, i) => ({ start: new Date(`${date}T${String(hour).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00Z`), topic }));
}

const NOW = new Date('2026-12-01T09:00:00Z'); // a Tuesday

describe('demandReport', () => {
  it('gives an empty report for no conversations', () => {
    const report = demandReport([], NOW, { minCell: 10 });
    expect(report.topics).toEqual([]);
    expect(report.method).toMatch(/seasonal/);
    expect(report.baseline).toMatch(/plain average/);
  });

  it('withholds daily and hourly counts from 1 to minCell − 1 and shows zero as zero', () => {
    const episodes = [...on('2026-11-28', 'missed-bin', 12), ...on('2026-11-30', 'missed-bin', 3, 15)];
    const [topic] = demandReport(episodes, NOW, { minCell: 10 }).topics;
    expect(topic!.daily).toEqual([
      { date: '2026-11-28', count: 12 },
      { date: '2026-11-29', count: 0 },
      { date: '2026-11-30', count: null },
    ]);
    expect(topic!.hourly[12]).toBe(12);
    expect(topic!.hourly[15]).toBeNull();
    expect(topic!.hourly[3]).toBe(0);
  });

  it('buckets conversations by London date and hour across the clock changes', () => {
    const episodes: Seen[] = [
      // Spring forward 2026-03-29: 23:30 UTC is 23:30 GMT the night before, 00:30 BST the night after.
      { start: new Date('2026-03-28T23:30:00Z'), topic: 'a' },
      { start: new Date('2026-03-29T23:30:00Z'), topic: 'a' },
      // Fall back 2026-10-25: 23:30 UTC is 00:30 BST on the 25th, then 23:30 GMT on the 25th.
      { start: new Date('2026-10-24T23:30:00Z'), topic: 'b' },
      { start: new Date('2026-10-25T23:30:00Z'), topic: 'b' },
    ];
    expect(episodes.map((e) => londonDateHour(e.start))).toEqual([
      { date: '2026-03-28', hour: 23 },
      { date: '2026-03-30', hour: 0 },
      { date: '2026-10-25', hour: 0 },
      { date: '2026-10-25', hour: 23 },
    ]);
    const report = demandReport(episodes, new Date('2026-10-27T12:00:00Z'), { minCell: 1, days: 365 });
    const b = report.topics.find((t) => t.topic === 'b')!;
    expect(b.daily.filter((d) => d.count !== 0)).toEqual([{ date: '2026-10-25', count: 2 }]);
    expect(b.hourly[0]).toBe(1);
    expect(b.hourly[23]).toBe(1);
    const a = report.topics.find((t) => t.topic === 'a')!;
    expect(a.daily.filter((d) => d.count !== 0).map((d) => d.date)).toEqual(['2026-03-28', '2026-03-30']);
  });

  it('counts complete days only, and forecasts today and the six days after it', () => {
    const episodes = [...on('2026-11-30', 'question', 10), ...on('2026-12-01', 'question', 10, 8)];
    const [topic] = demandReport(episodes, NOW, { minCell: 1 }).topics;
    expect(topic!.daily).toEqual([{ date: '2026-11-30', count: 10 }]);
    expect(topic!.forecast.map((f) => f.date)).toEqual(Array.from({ length: 7 }, (_, i) => addDays('2026-12-01', i)));
    // Under a week of history: the plain average stands in, and the report says so.
    expect(topic!.forecast.every((f) => f.count === 10)).toBe(true);
    expect(topic!.recentError).toBeNull();
  });

  it('forecasts on the true counts, not the withheld ones', () => {
    // Every Tuesday has 4 conversations (withheld at minCell 10), every other day 20.
    const episodes: Seen[] = [];
    for (let day = 1; day <= 42; day++) {
      const date = addDays('2026-12-01', -day);
      const tuesday = new Date(`${date}T12:00:00Z`).getUTCDay() === 2;
      episodes.push(...on(date, 'council-tax-balance', tuesday ? 4 : 20));
    }
    const [topic] = demandReport(episodes, NOW, { minCell: 10 }).topics;
    expect(topic!.daily.filter((d) => d.count === null)).toHaveLength(6);
    expect(topic!.forecast[0]).toEqual({ date: '2026-12-01', count: 4 });
    expect(topic!.forecast[1]).toEqual({ date: '2026-12-02', count: 20 });
    expect(topic!.recentError).toEqual({ weeks: 4, methodMae: 0, baselineMae: expect.any(Number) });
  });

  it('beats the plain average on a seeded weekly-seasonal history, busiest topic first', () => {
    const random = seededRandom(20261201);
    const shape = [0.2, 1.8, 1.6, 1, 0.9, 0.8, 0.3];
    const episodes: Seen[] = [];
    for (let day = 56; day >= 1; day--) {
      const date = addDays('2026-12-01', -day);
      const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
      episodes.push(...on(date, 'missed-bin', poisson(random, 25 * shape[weekday]!)));
      episodes.push(...on(date, 'question', poisson(random, 6)));
    }
    const report = demandReport(episodes, NOW, { minCell: 10 });
    expect(report.topics.map((t) => t.topic)).toEqual(['missed-bin', 'question']);
    const bins = report.topics[0]!;
    expect(bins.daily).toHaveLength(56);
    expect(bins.recentError!.methodMae).toBeLessThan(bins.recentError!.baselineMae / 2);
    // Monday (7 December) is forecast far busier than Sunday (6 December).
    const byDate = new Map(bins.forecast.map((f) => [f.date, f.count]));
    expect(byDate.get('2026-12-07')!).toBeGreaterThan(3 * byDate.get('2026-12-06')!);
  });

  it('ignores conversations older than the window', () => {
    const episodes = [...on('2026-01-05', 'old', 50), ...on('2026-11-30', 'new', 10)];
    expect(demandReport(episodes, NOW, { minCell: 1 }).topics.map((t) => t.topic)).toEqual(['new']);
  });
});
