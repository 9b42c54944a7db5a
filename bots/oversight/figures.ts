/**
 * The figures for a group of episodes (issue 9, items 1 and 6): outcome shares, handover
 * reasons, time to claim, guardrail triggers, model use and cost, satisfaction. Any figure
 * worked out from fewer than `minCell` conversations is withheld, so a small group (a handful
 * of Welsh texts on a Sunday) never shows one person's outcome.
 */
import { mean, quantileSorted } from 'simple-statistics';
import type { Cell, Episode, GroupFigures } from './report-types';

/** What the figures need besides the episodes. */
export interface FigureOptions {
  /** Figures from fewer conversations than this are suppressed. */
  minCell: number;
  /** GBP per million tokens, for the cost estimate. */
  priceGbpPerMtok: { input: number; output: number };
}

/** A shown cell. */
export function shown<T>(value: T): Cell<T> {
  return { value, suppressed: false };
}

/** A withheld cell. */
export const SUPPRESSED: Cell<never> = { value: null, suppressed: true };

/** `value()` when at least `minCell` conversations stand behind it, else suppressed. */
function cell<T>(behind: number, minCell: number, value: () => T): Cell<T> {
  return behind >= minCell && behind > 0 ? shown(value()) : SUPPRESSED;
}

const round = (n: number, places: number) => {
  const f = 10 ** places;
  return Math.round(n * f) / f;
};

/** Counts per key, each from 1 to minCell − 1 withheld as null: one crisis handover is one person. */
function tally(keys: readonly string[], minCell: number): Record<string, number | null> {
  const counts: Record<string, number> = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).map(([key, n]) => [key, n < minCell ? null : n]));
}

/** The figures for one group. */
export function groupFigures(key: string, episodes: readonly Episode[], options: FigureOptions): GroupFigures {
  const { minCell, priceGbpPerMtok: price } = options;
  const n = episodes.length;
  const handedOver = episodes.filter((e) => e.outcome === 'handed-over');
  const share = (count: number) => round(count / n, 4);
  const count = (outcome: Episode['outcome']) => episodes.filter((e) => e.outcome === outcome).length;
  // Claimed handoffs only: an unclaimed one has no wait yet, and counting it as zero would flatter the desk.
  const waits = handedOver.flatMap((e) => (e.claimWaitMs === null ? [] : [e.claimWaitMs])).sort((a, b) => a - b);
  const scores = episodes.flatMap((e) => (e.satisfaction === null ? [] : [e.satisfaction]));
  const sum = (pick: (e: Episode) => number) => episodes.reduce((total, e) => total + pick(e), 0);
  return {
    key,
    conversations: n,
    resolvedShare: cell(n, minCell, () => share(count('resolved'))),
    handedOverShare: cell(n, minCell, () => share(handedOver.length)),
    abandonedShare: cell(n, minCell, () => share(count('abandoned'))),
    // Reasons are worked out from the handed-over conversations, so those are what must reach minCell.
    handoverReasons: cell(handedOver.length, minCell, () => tally(handedOver.map((e) => e.handoffReason ?? 'unknown'), minCell)),
    claimWaitP50Ms: cell(waits.length, minCell, () => Math.round(quantileSorted(waits, 0.5))),
    claimWaitP90Ms: cell(waits.length, minCell, () => Math.round(quantileSorted(waits, 0.9))),
    guardrails: cell(n, minCell, () => tally(episodes.flatMap((e) => e.guardrails), minCell)),
    modelCallsPerConversation: cell(n, minCell, () => round(sum((e) => e.modelCalls) / n, 3)),
    tokensPerConversation: cell(n, minCell, () => round(sum((e) => e.tokens.prompt + e.tokens.completion) / n, 1)),
    costPerConversationGbp: cell(n, minCell, () => round(sum((e) => e.tokens.prompt * price.input + e.tokens.completion * price.output) / 1_000_000 / n, 6)),
    satisfactionMean: cell(scores.length, minCell, () => round(mean(scores), 2)),
    satisfactionResponses: scores.length,
  };
}

/**
 * The figures per group, one entry per key. `keys` fixes which groups appear and in what
 * order (so an empty group still shows, e.g. no Welsh conversations); otherwise the groups
 * present appear, busiest first.
 */
export function figuresBy(episodes: readonly Episode[], keyOf: (e: Episode) => string, options: FigureOptions, keys?: readonly string[]): GroupFigures[] {
  const groups = new Map<string, Episode[]>((keys ?? []).map((k) => [k, []]));
  for (const episode of episodes) {
    const key = keyOf(episode);
    const list = groups.get(key);
    if (list) list.push(episode);
    else if (!keys) groups.set(key, [episode]);
  }
  const entries = [...groups.entries()];
  if (!keys) entries.sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  return entries.map(([key, list]) => groupFigures(key, list, options));
}
