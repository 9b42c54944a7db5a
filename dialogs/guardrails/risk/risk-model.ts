/**
 * The third net: a small naive Bayes model over words and word pairs, trained on the labelled
 * dev parts only (`npm run train-risk-model`, which also prints its cross-validated figures).
 * Rules say how people put a thing; the model learns the words that go with risk from a few
 * thousand real-looking messages, and catches what no rule foresaw. It only scores: the
 * thresholds and what a score leads to are decided in assess-risk.ts.
 */
import type { RiskKind } from '../../types';
import model from './risk-model.json';

/** The trained counts, as the trainer writes them. */
export interface RiskModelFile {
  /** The dev files it was trained on, and when. */
  trainedOn: string[];
  classes: ('none' | RiskKind)[];
  /** Messages per class. */
  docs: number[];
  /** Feature → messages per class that had it (features seen at least twice). */
  features: Record<string, number[]>;
}

/**
 * The words, word pairs and word beginnings of risk text, each once. A beginning ("p:cutti")
 * lets "cutting", "cuttin" and "cuttings" share what they learnt: a cheap stem that also
 * forgives a typo late in a word.
 */
export function riskFeatures(t: string): string[] {
  const w = t.split(' ').filter((x) => x !== '');
  const out = new Set<string>();
  for (let i = 0; i < w.length; i++) {
    const word = w[i] as string;
    out.add(word);
    if (word.length > 5) out.add(`p:${word.slice(0, 5)}`);
    if (i + 1 < w.length) out.add(`${word} ${w[i + 1]}`);
  }
  return [...out];
}

/** A model's score for a text: log-odds of any risk against none, and the likeliest kind. */
export interface RiskModelScore {
  logOdds: number;
  kind: RiskKind;
}

/** Builds a scorer over trained counts (the shipped model, or one the trainer is testing). */
export function riskModelScorer(file: RiskModelFile): (t: string) => RiskModelScore {
  const none = file.classes.indexOf('none');
  const kinds = file.classes.map((c, i) => [c, i] as const).filter(([c]) => c !== 'none') as [RiskKind, number][];
  const risky = kinds.reduce((sum, [, i]) => sum + (file.docs[i] ?? 0), 0);
  const noneDocs = file.docs[none] ?? 0;
  return (t) => {
    let logOdds = 0;
    const perKind = kinds.map(() => 0);
    for (const f of riskFeatures(t)) {
      const counts = file.features[f];
      if (!counts) continue;
      const inRisk = kinds.reduce((sum, [, i]) => sum + (counts[i] ?? 0), 0);
      // Add-half smoothing: a word never seen with risk still counts against it, gently.
      logOdds += Math.log((inRisk + 0.5) / (risky + 1)) - Math.log(((counts[none] ?? 0) + 0.5) / (noneDocs + 1));
      kinds.forEach(([, i], k) => (perKind[k] = (perKind[k] ?? 0) + Math.log(((counts[i] ?? 0) + 0.5) / ((file.docs[i] ?? 0) + 1))));
    }
    const best = perKind.indexOf(Math.max(...perKind));
    return { logOdds, kind: (kinds[best] ?? kinds[0] ?? ['suicide', 0])[0] };
  };
}

/** The shipped model's scorer. */
export const scoreRiskModel = riskModelScorer(model as RiskModelFile);
