/**
 * The oversight figures from a seeded day of conversations, checked against values worked out
 * by hand, and small cells withheld (issue 9, items 1 and 6).
 */
import { createEmbeddedStore } from '../../bots/store/embedded-store';
import type { Store } from '../../bots/store/port';
import { oversightCsv } from '../../bots/oversight/csv';
import { oversightReport } from '../../bots/oversight/oversight-service';
import type { GroupFigures, OversightReport } from '../../bots/oversight/report-types';
import { play, seed, SeededConversation } from './oversight-seed';

const NOW = new Date('2026-11-21T12:00:00Z');
const DAY = { from: '2026-11-20', to: '2026-11-20' };
const at = (hhmm: string) => new Date(`2026-11-20T${hhmm}:00Z`);
const SETTINGS = { minCell: 4, fairnessMargin: 0.1, episodeGapMinutes: 30, priceGbpPerMtok: { input: 0.4, output: 1.6 } };

/**
 * Eleven conversations on 20 November (London is on GMT, so London days are UTC days):
 *  A  3 web/en missed bins, resolved, model 1,000 + 50 tokens each; scores 5 and 4
 *  B  2 sms/en questions answered, model 2,000 + 100 tokens each; one postcode redacted; score 3
 *  C  3 web/cy asked for a person, claimed after 1, 2 and 5 minutes; one scores 2 after the agent
 *  D  1 sms/en crisis, claimed after 30 seconds
 *  E  1 web/en not understood and left: one model call of 500 + 10, one refused by the breaker
 *  F  1 web/en question with no answer, handed over, never claimed
 * and one conversation the day before, outside the window.
 */
function conversations(): SeededConversation[] {
  const web = (hhmm: string, locale: 'en' | 'cy' = 'en') => new SeededConversation('web', locale, at(hhmm));
  const sms = (hhmm: string) => new SeededConversation('sms', 'en', at(hhmm));
  return [
    play.resolvedFlow(web('09:00')).answered(5),
    play.resolvedFlow(web('09:10')).answered(4),
    play.resolvedFlow(web('09:20')),
    play.answered(sms('10:00'), ['pii:postcode']).answered(3),
    play.answered(sms('10:05')),
    play.requested(web('11:00', 'cy')).claim(60_000).resolve(),
    play.requested(web('11:10', 'cy')).claim(120_000).resolve().answered(2),
    play.requested(web('11:20', 'cy')).claim(300_000).resolve(),
    sms('12:00').decision({ rule: 'crisis', outcome: 'handoff', guardrails: ['crisis:suicide'] }).handoff('crisis').claim(30_000),
    web('13:00')
      .decision({ rule: 'understanding:unsure', outcome: 'unsure', understanding: { kind: 'unsure', confidence: 0.2, source: 'model', model: { model: 'gpt-4.1-mini', promptVersion: 'v1', latencyMs: 700, tokens: { prompt: 500, completion: 10 }, result: 'ok' } } })
      .decision({ rule: 'understanding:unsure', outcome: 'unsure', understanding: { kind: 'unsure', confidence: 0.2, source: 'offline', model: { model: 'gpt-4.1-mini', promptVersion: 'v1', latencyMs: 0, result: 'circuit-open' } } }),
    web('14:00')
      .decision({ rule: 'knowledge:none', outcome: 'unsure', understanding: { kind: 'question', confidence: 0.3, source: 'offline', articleIds: [] } })
      .decision({ rule: 'offer:person-accepted', outcome: 'handoff' })
      .handoff('no-answer'),
    play.resolvedFlow(new SeededConversation('web', 'en', new Date('2026-11-19T09:00:00Z'))),
  ];
}

async function report(store: Store, settings = SETTINGS): Promise<OversightReport> {
  return oversightReport({ store, clock: () => NOW, settings }, DAY);
}

const group = (groups: GroupFigures[], key: string) => {
  const found = groups.find((g) => g.key === key);
  if (!found) throw new Error(`no group ${key}`);
  return found;
};

describe('oversight figures from a seeded day', () => {
  let store: Store;
  beforeEach(async () => {
    store = createEmbeddedStore({ clock: () => NOW });
    await seed(store, ...conversations());
  });

  it('match the figures worked out by hand for all conversations', async () => {
    const { overall, window, minCell } = await report(store);
    expect(window).toEqual(DAY);
    expect(minCell).toBe(4);
    expect(overall.conversations).toBe(11);
    // Resolved: A (3) and B (2). Handed over: C (3), D and F. Abandoned: E.
    expect(overall.resolvedShare).toEqual({ value: 0.4545, suppressed: false });
    expect(overall.handedOverShare).toEqual({ value: 0.4545, suppressed: false });
    expect(overall.abandonedShare).toEqual({ value: 0.0909, suppressed: false });
    // Reasons from 1 to minCell − 1 (4 here) are withheld one by one: 3 requested, 1 crisis, 1 no answer.
    expect(overall.handoverReasons).toEqual({ value: { requested: null, crisis: null, 'no-answer': null }, suppressed: false });
    // Claimed waits 30 s, 60 s, 120 s, 300 s (F was never claimed). Linear interpolation:
    // p50 at index 1.5 = 60 + 0.5 × 60 = 90 s; p90 at index 2.7 = 120 + 0.7 × 180 = 246 s.
    expect(overall.claimWaitP50Ms).toEqual({ value: 90_000, suppressed: false });
    expect(overall.claimWaitP90Ms).toEqual({ value: 246_000, suppressed: false });
    expect(overall.guardrails).toEqual({ value: { 'pii:postcode': null, 'crisis:suicide': null }, suppressed: false });
    // Calls: A 3, B 2, E 1 (the breaker's refusal is no call) = 6 over 11.
    expect(overall.modelCallsPerConversation).toEqual({ value: 0.545, suppressed: false });
    // Tokens: 3 × 1,050 + 2 × 2,100 + 510 = 7,860 over 11 = 714.5.
    expect(overall.tokensPerConversation).toEqual({ value: 714.5, suppressed: false });
    // Cost: (7,500 × £0.40 + 360 × £1.60) per million = £0.003576 over 11.
    expect(overall.costPerConversationGbp.value).toBeCloseTo(0.003576 / 11, 6);
    // Scores 5, 4, 3 and 2 (the last after an agent's help).
    expect(overall.satisfactionMean).toEqual({ value: 3.5, suppressed: false });
    expect(overall.satisfactionResponses).toBe(4);
  });

  it('counts each handover reason and safety check by hand when every count may be shown', async () => {
    const { overall } = await report(store, { ...SETTINGS, minCell: 1 });
    expect(overall.handoverReasons).toEqual({ value: { requested: 3, crisis: 1, 'no-answer': 1 }, suppressed: false });
    expect(overall.guardrails).toEqual({ value: { 'pii:postcode': 1, 'crisis:suicide': 1 }, suppressed: false });
    // At minCell 3 the three requested handovers are shown and the single ones withheld.
    const three = await report(store, { ...SETTINGS, minCell: 3 });
    expect(three.overall.handoverReasons).toEqual({ value: { requested: 3, crisis: null, 'no-answer': null }, suppressed: false });
  });

  it('breaks the figures down by channel, language, flow and London day', async () => {
    const r = await report(store);
    const web = group(r.byChannel, 'web');
    expect(web.conversations).toBe(8);
    expect([web.resolvedShare.value, web.handedOverShare.value, web.abandonedShare.value]).toEqual([0.375, 0.5, 0.125]);
    expect(group(r.byLocale, 'en').conversations).toBe(8);
    expect(group(r.byLocale, 'en').resolvedShare.value).toBe(0.625);
    expect(r.byFlow.map((g) => [g.key, g.conversations])).toEqual([
      ['other', 5],
      ['missed-bin', 3],
      ['question', 3],
    ]);
    expect(group(r.byFlow, 'other').handedOverShare.value).toBe(0.8);
    expect(r.byDay.map((g) => [g.key, g.conversations])).toEqual([['2026-11-20', 11]]);
  });

  it('withholds every figure from fewer conversations than the minimum cell', async () => {
    const r = await report(store);
    const withheld = { value: null, suppressed: true };
    // 3 SMS conversations, 3 Welsh, 3 missed bins: shares, means and counts by kind all withheld.
    for (const g of [group(r.byChannel, 'sms'), group(r.byLocale, 'cy'), group(r.byFlow, 'missed-bin')]) {
      expect(g.conversations).toBe(3);
      for (const figure of [g.resolvedShare, g.handedOverShare, g.abandonedShare, g.guardrails, g.modelCallsPerConversation, g.tokensPerConversation, g.costPerConversationGbp]) {
        expect(figure).toEqual(withheld);
      }
    }
    // Web has 8 conversations but only 4 handed over and 3 claimed: the waits are withheld, the reasons shown.
    const web = group(r.byChannel, 'web');
    expect(web.handoverReasons).toEqual({ value: { requested: null, 'no-answer': null }, suppressed: false });
    expect(web.claimWaitP50Ms).toEqual(withheld);
    expect(web.claimWaitP90Ms).toEqual(withheld);
    // Three answers to the feedback question on the web: the mean is withheld, the count is not.
    expect(web.satisfactionMean).toEqual(withheld);
    expect(web.satisfactionResponses).toBe(3);
  });

  it('takes the minimum cell from the settings: at 12 the day is withheld, at 10 the reasons behind 5 handoffs are', async () => {
    const { overall } = await report(store, { ...SETTINGS, minCell: 12 });
    expect(overall.conversations).toBe(11);
    expect(overall.resolvedShare).toEqual({ value: null, suppressed: true });
    expect(overall.satisfactionMean).toEqual({ value: null, suppressed: true });
    const byDefault = await report(store, { ...SETTINGS, minCell: 10 });
    expect(byDefault.overall.resolvedShare.suppressed).toBe(false);
    expect(byDefault.overall.handoverReasons.suppressed).toBe(true);
  });

  it('writes the CSV with withheld cells and small counts as "suppressed"', async () => {
    const lines = oversightCsv(await report(store)).trimEnd().split('\r\n');
    const header = lines[0]?.split(',') ?? [];
    const row = (dimension: string, key: string) => {
      const line = lines.find((l) => l.startsWith(`${dimension},${key},`));
      if (!line) throw new Error(`no row ${dimension},${key}`);
      return Object.fromEntries(line.split(',').map((v, i) => [header[i], v]));
    };
    expect(lines).toHaveLength(1 + 1 + 2 + 2 + 3 + 1);
    expect(row('overall', 'all')).toMatchObject({ conversations: '11', resolved_share: '0.4545', claim_wait_p50_ms: '90000', satisfaction_mean: '3.5', satisfaction_responses: '4' });
    // Three requests and one crisis are real counts, but under the minimum of 4 a spreadsheet must not show them.
    expect(row('overall', 'all')).toMatchObject({ handed_over_requested: 'suppressed', handed_over_crisis: 'suppressed', 'guardrail_pii:postcode': 'suppressed' });
    expect(row('channel', 'sms')).toMatchObject({ conversations: 'suppressed', resolved_share: 'suppressed', satisfaction_responses: 'suppressed', handed_over_crisis: 'suppressed' });
    expect(row('channel', 'web')).toMatchObject({ conversations: '8', handed_over_crisis: '0', abandoned_share: '0.125' });
  });
});
