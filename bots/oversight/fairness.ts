/**
 * Fairness (issue 9, item 2): the same figures side by side for each language and each
 * channel, and a flag when one group fares differently from everyone else by more than the
 * configured margin. Each group is compared with the rest (not with the overall figure, which
 * it is part of), and a flag carries the counts behind it so a reader can judge the evidence.
 * Nothing is flagged from a withheld cell: a small group's difference is noise, and naming it
 * would point at a few people.
 */
import type { Episode, FairnessFlag, FairnessReport, GroupFigures } from './report-types';
import { figuresBy, groupFigures, type FigureOptions } from './figures';

/** What fairness needs besides the episodes. */
export interface FairnessOptions extends FigureOptions {
  /** The largest difference in a share (0–1) that is not flagged. */
  margin: number;
}

/** The dimensions compared, with the groups always shown for each (others appear when present). */
const DIMENSIONS = [
  { dimension: 'locale', keyOf: (e: Episode) => e.locale, always: ['en', 'cy'] },
  { dimension: 'channel', keyOf: (e: Episode) => e.channel, always: [] },
] as const;

/**
 * The measures compared. Satisfaction is a 1–5 mean, so its margin is scaled to the 4-point
 * width of that scale: a margin of 0.10 flags a difference of more than 0.4 points.
 */
const MEASURES = [
  { measure: 'resolvedShare', scale: 1 },
  { measure: 'handedOverShare', scale: 1 },
  { measure: 'satisfactionMean', scale: 4 },
] as const;

// Shares are rounded to four places; without this, 0.1 − 0.0 could read as just over a 0.1 margin.
const EPSILON = 1e-9;

/** Flags for one group against the rest of its dimension. */
function flagsFor(dimension: FairnessFlag['dimension'], group: GroupFigures, rest: GroupFigures, margin: number): FairnessFlag[] {
  const flags: FairnessFlag[] = [];
  for (const { measure, scale } of MEASURES) {
    const mine = group[measure];
    const theirs = rest[measure];
    if (mine.suppressed || theirs.suppressed) continue;
    const difference = mine.value - theirs.value;
    if (Math.abs(difference) <= margin * scale + EPSILON) continue;
    flags.push({
      dimension,
      group: group.key,
      measure,
      groupValue: mine.value,
      restValue: theirs.value,
      difference: Math.round(difference * 10_000) / 10_000,
      groupConversations: group.conversations,
      restConversations: rest.conversations,
    });
  }
  return flags;
}

/** Figures per language and per channel, with the groups that differ from the rest flagged. */
export function fairnessReport(episodes: readonly Episode[], options: FairnessOptions): FairnessReport {
  return {
    margin: options.margin,
    dimensions: DIMENSIONS.map(({ dimension, keyOf, always }) => {
      const present = new Set(episodes.map(keyOf));
      const keys = [...always, ...[...present].filter((k) => !(always as readonly string[]).includes(k)).sort()];
      const groups = figuresBy(episodes, keyOf, options, keys);
      const flags = groups.flatMap((group) => {
        const rest = groupFigures('rest', episodes.filter((e) => keyOf(e) !== group.key), options);
        return flagsFor(dimension, group, rest, options.margin);
      });
      return { dimension, groups, flags };
    }),
  };
}
