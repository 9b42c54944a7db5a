/**
 * The oversight API behind the admin token: 401 without it, the report as JSON, the group
 * tables as CSV, and a clear 400 for a window it cannot serve.
 */
import request from 'supertest';
import type { OversightReport } from '../../bots/oversight/report-types';
import { testService, type TestService } from '../support/test-service';
import { play, seed, SeededConversation } from './oversight-seed';

const TOKEN = 'admin-token-for-oversight-0123456789';
const NOW = new Date('2026-11-21T12:00:00Z');

let t: TestService;
beforeEach(async () => {
  t = await testService({ clock: () => NOW, env: { ADMIN_TOKEN: TOKEN, OVERSIGHT_MIN_CELL: '3', OVERSIGHT_FAIRNESS_MARGIN: '0.2' } });
  // Four resolved web conversations in English and two Welsh handoffs on 20 November.
  const day = (minute: number, locale: 'en' | 'cy' = 'en') => new SeededConversation('web', locale, new Date(Date.UTC(2026, 10, 20, 9, minute)));
  await seed(t.service.store, ...[0, 5, 10, 15].map((m) => play.resolvedFlow(day(m))), play.requested(day(20, 'cy')).claim(90_000), play.requested(day(25, 'cy')));
});
afterEach(() => t.service.stop());

const get = (path: string) => request(t.service.app).get(path).set('Authorization', `Bearer ${TOKEN}`);

describe('oversight API', () => {
  it('answers 401 without the admin token, or with a wrong one, and never shows a figure', async () => {
    for (const path of ['/api/admin/oversight', '/api/admin/oversight.csv', '/api/admin/oversight?format=csv']) {
      const missing = await request(t.service.app).get(path);
      expect(missing.status).toBe(401);
      // Without a token the console's sign-in is asked for (a signed-in admin needs no token).
      expect(missing.body).toEqual({ error: { code: 'SIGN_IN_REQUIRED', message: expect.any(String) } });
      const wrong = await request(t.service.app).get(path).set('Authorization', `Bearer ${TOKEN}-not`);
      expect(wrong.status).toBe(401);
      expect(wrong.text).not.toMatch(/resolved/);
    }
  });

  it('returns the report as JSON for a window of London days, with settings from the environment', async () => {
    const res = await get('/api/admin/oversight?from=2026-11-20&to=2026-11-20').expect(200);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.headers['cache-control']).toBe('no-store');
    const report = res.body as OversightReport;
    expect(report).toMatchObject({ window: { from: '2026-11-20', to: '2026-11-20' }, minCell: 3, generatedAt: NOW.toISOString() });
    expect(report.overall).toMatchObject({ conversations: 6, resolvedShare: { value: 0.6667, suppressed: false }, handedOverShare: { value: 0.3333, suppressed: false } });
    expect(report.byLocale.map((g) => [g.key, g.conversations, g.resolvedShare.value])).toEqual([
      ['en', 4, 1],
      ['cy', 2, null],
    ]);
    expect(report.fairness.margin).toBe(0.2);
    expect(report.byDay.map((g) => g.key)).toEqual(['2026-11-20']);
    // Demand covers the weeks before today whatever the window: every topic seen is there.
    expect(report.demand.topics.map((d) => d.topic).sort()).toEqual(['missed-bin', 'other']);
  });

  it('withholds each per-kind count from 1 to minCell − 1 as null in the JSON, so no client sees the raw number', async () => {
    // 19 November: four answered questions, three with a postcode redacted and one injection attempt.
    const day = (minute: number) => new SeededConversation('web', 'en', new Date(Date.UTC(2026, 10, 19, 9, minute)));
    await seed(t.service.store, ...[0, 5, 10].map((m) => play.answered(day(m), ['pii:postcode'])), play.answered(day(15), ['input:injection']));
    const res = await get('/api/admin/oversight?from=2026-11-19&to=2026-11-19').expect(200);
    expect(res.body.overall.guardrails).toEqual({ value: { 'pii:postcode': 3, 'input:injection': null }, suppressed: false });
    expect(res.text).not.toMatch(/"input:injection":1/);
  });

  it('defaults to the 28 London days up to today', async () => {
    const report = (await get('/api/admin/oversight').expect(200)).body as OversightReport;
    expect(report.window).toEqual({ from: '2026-10-25', to: '2026-11-21' });
    expect(report.overall.conversations).toBe(6);
    expect(report.byDay).toHaveLength(28);
  });

  it('returns the group tables as CSV, one row per group per dimension', async () => {
    for (const path of ['/api/admin/oversight.csv?from=2026-11-20&to=2026-11-20', '/api/admin/oversight?from=2026-11-20&to=2026-11-20&format=csv']) {
      const res = await get(path).expect(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="?oversight-2026-11-20-to-2026-11-20\.csv"?$/);
      const rows = res.text.trimEnd().split('\r\n').map((line) => line.split(',').slice(0, 4));
      expect(rows).toEqual([
        ['dimension', 'group', 'conversations', 'resolved_share'],
        ['overall', 'all', '6', '0.6667'],
        ['channel', 'web', '6', '0.6667'],
        ['locale', 'en', '4', '1'],
        ['locale', 'cy', 'suppressed', 'suppressed'],
        ['flow', 'missed-bin', '4', '1'],
        ['flow', 'other', 'suppressed', 'suppressed'],
        ['day', '2026-11-20', '6', '0.6667'],
      ]);
    }
  });

  it('answers 400 with what to fix for a bad date, a reversed or too long window, or an unknown parameter', async () => {
    const cases: [string, RegExp][] = [
      ['from=20-11-2026', /from: must be a date as YYYY-MM-DD/],
      ['from=2026-02-30', /from: must be a real calendar date/],
      ['from=2026-11-20&to=2026-11-01', /from must not be after to/],
      ['from=2024-01-01&to=2026-01-01', /at most 366 days/],
      ['format=xml', /format: must be json or csv/],
      ['since=2026-11-01', /since/],
    ];
    for (const [query, message] of cases) {
      const res = await get(`/api/admin/oversight?${query}`);
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
      expect(res.body.error.message).toMatch(message);
    }
  });
});
