/**
 * Fairness (issue 9, item 2): a language or channel whose outcomes differ from everyone
 * else's by more than the margin is flagged with the counts behind it; a small difference,
 * or a group too small to show, is not.
 */
import { createEmbeddedStore } from '../../bots/store/embedded-store';
import type { Store } from '../../bots/store/port';
import { oversightReport } from '../../bots/oversight/oversight-service';
import type { FairnessReport } from '../../bots/oversight/report-types';
import { play, seed, SeededConversation } from './oversight-seed';

const NOW = new Date('2026-11-21T12:00:00Z');
const SETTINGS = { minCell: 10, fairnessMargin: 0.1, episodeGapMinutes: 30, priceGbpPerMtok: { input: 0.3, output: 1.2 } };

interface Mix {
  channel?: 'web' | 'sms';
  locale: 'en' | 'cy';
  resolved: number;
  handedOver: number;
  /** Feedback scores given, one per conversation from the first. */
  scores?: number[];
}

/** Conversations through the day, each resolved (a missed bin) or handed over (asked for a person). */
function conversations(mixes: Mix[]): SeededConversation[] {
  let minute = 0;
  const start = () => new Date(Date.UTC(2026, 10, 20, 8, minute++ * 5));
  return mixes.flatMap(({ channel = 'web', locale, resolved, handedOver, scores = [] }) => {
    const list = [
      ...Array.from({ length: resolved }, () => play.resolvedFlow(new SeededConversation(channel, locale, start()))),
      ...Array.from({ length: handedOver }, () => play.requested(new SeededConversation(channel, locale, start())).claim(60_000).resolve()),
    ];
    scores.forEach((score, i) => list[i]?.answered(score));
    return list;
  });
}

async function fairness(store: Store, margin = SETTINGS.fairnessMargin): Promise<FairnessReport> {
  const report = await oversightReport({ store, clock: () => NOW, settings: { ...SETTINGS, fairnessMargin: margin } }, { from: '2026-11-20', to: '2026-11-20' });
  return report.fairness;
}

const flagsOf = (report: FairnessReport, dimension: 'locale' | 'channel') => report.dimensions.find((d) => d.dimension === dimension)?.flags ?? [];

describe('fairness flags', () => {
  let store: Store;
  beforeEach(() => {
    store = createEmbeddedStore({ clock: () => NOW });
  });

  it('flags Welsh and English when Welsh speakers are handed over far more often, with the counts', async () => {
    await seed(
      store,
      ...conversations([
        { locale: 'en', resolved: 16, handedOver: 4, scores: [5, 5, 5, 5, 5, 4, 4, 4, 4, 4] },
        { locale: 'cy', resolved: 8, handedOver: 12, scores: [4, 4, 4, 4, 4, 3, 3, 3, 3, 3] },
      ]),
    );
    const report = await fairness(store);
    expect(report.margin).toBe(0.1);
    const flags = flagsOf(report, 'locale');
    const welsh = flags.filter((f) => f.group === 'cy');
    // Welsh: 8/20 resolved against 16/20 for everyone else; 12/20 handed over against 4/20.
    expect(welsh).toEqual([
      { dimension: 'locale', group: 'cy', measure: 'resolvedShare', groupValue: 0.4, restValue: 0.8, difference: -0.4, groupConversations: 20, restConversations: 20 },
      { dimension: 'locale', group: 'cy', measure: 'handedOverShare', groupValue: 0.6, restValue: 0.2, difference: 0.4, groupConversations: 20, restConversations: 20 },
      // Satisfaction 3.5 against 4.5: a point apart, over the margin of 0.4 points on the 1–5 scale.
      { dimension: 'locale', group: 'cy', measure: 'satisfactionMean', groupValue: 3.5, restValue: 4.5, difference: -1, groupConversations: 20, restConversations: 20 },
    ]);
    expect(flags.filter((f) => f.group === 'en').map((f) => [f.measure, f.difference])).toEqual([
      ['resolvedShare', 0.4],
      ['handedOverShare', -0.4],
      ['satisfactionMean', 1],
    ]);
    // Everyone came by web chat: there is no rest to compare with, so nothing is flagged by channel.
    expect(flagsOf(report, 'channel')).toEqual([]);
    const groups = report.dimensions.find((d) => d.dimension === 'locale')?.groups ?? [];
    expect(groups.map((g) => [g.key, g.conversations, g.resolvedShare.value])).toEqual([
      ['en', 20, 0.8],
      ['cy', 20, 0.4],
    ]);
  });

  it('raises no flag when the groups differ by less than the margin', async () => {
    // 16/20 against 15/20 resolved: 5 points apart, under the 10-point margin.
    await seed(store, ...conversations([
      { locale: 'en', resolved: 16, handedOver: 4 },
      { locale: 'cy', resolved: 15, handedOver: 5 },
    ]));
    const report = await fairness(store);
    expect(flagsOf(report, 'locale')).toEqual([]);
    // The same data with a 4-point margin is flagged: the margin comes from the settings.
    const strict = await fairness(store, 0.04);
    expect(flagsOf(strict, 'locale').map((f) => [f.group, f.measure, f.difference])).toEqual([
      ['en', 'resolvedShare', 0.05],
      ['en', 'handedOverShare', -0.05],
      ['cy', 'resolvedShare', -0.05],
      ['cy', 'handedOverShare', 0.05],
    ]);
  });

  it('compares channels too, each against all the others', async () => {
    await seed(store, ...conversations([
      { channel: 'web', locale: 'en', resolved: 18, handedOver: 2 },
      { channel: 'sms', locale: 'en', resolved: 10, handedOver: 10 },
    ]));
    const flags = flagsOf(await fairness(store), 'channel');
    expect(flags.filter((f) => f.group === 'sms').map((f) => [f.measure, f.groupValue, f.restValue])).toEqual([
      ['resolvedShare', 0.5, 0.9],
      ['handedOverShare', 0.5, 0.1],
    ]);
  });

  it('never flags a group too small to show, however different it looks', async () => {
    // Five Welsh conversations, all handed over: under the minimum cell of 10.
    await seed(store, ...conversations([
      { locale: 'en', resolved: 18, handedOver: 2 },
      { locale: 'cy', resolved: 0, handedOver: 5 },
    ]));
    const report = await fairness(store);
    expect(flagsOf(report, 'locale')).toEqual([]);
    const welsh = report.dimensions.find((d) => d.dimension === 'locale')?.groups.find((g) => g.key === 'cy');
    expect(welsh?.conversations).toBe(5);
    expect(welsh?.handedOverShare).toEqual({ value: null, suppressed: true });
  });
});
