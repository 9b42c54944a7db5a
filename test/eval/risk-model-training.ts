/**
 * Training the safeguarding model (dialogs/guardrails/risk/risk-model.json) from labelled files:
 * counts of words and word pairs per class, and leave-one-part-out figures for choosing thresholds.
 * Used by `npm run train-risk-model` and by the test that holds the shipped model to the dev parts.
 */
import { riskText } from '../../dialogs/guardrails/risk/assess-risk';
import { riskFeatures, riskModelScorer, type RiskModelFile } from '../../dialogs/guardrails/risk/risk-model';
import { RISK_KINDS } from '../../dialogs/types';
import { loadLabelledSet } from './evaluate';

const CLASSES: RiskModelFile['classes'] = ['none', ...RISK_KINDS];

/** One training message: its class index, or null for labels the model does not learn (unclear concerns). */
function classOf(label: string): number | null {
  if (label === 'concern') return null;
  const kind = label.startsWith('crisis:') ? label.slice('crisis:'.length) : 'none';
  const i = CLASSES.indexOf(kind as RiskModelFile['classes'][number]);
  return i >= 0 ? i : null;
}

/** One training message: class index and risk text. */
export type Example = { y: number; t: string };

/** Counts per class over the examples (features seen at least twice). */
export function train(examples: Example[], trainedOn: string[]): RiskModelFile {
  const docs = CLASSES.map(() => 0);
  const counts = new Map<string, number[]>();
  for (const { y, t } of examples) {
    docs[y] = (docs[y] ?? 0) + 1;
    for (const f of riskFeatures(t)) {
      const c = counts.get(f) ?? CLASSES.map(() => 0);
      c[y] = (c[y] ?? 0) + 1;
      counts.set(f, c);
    }
  }
  // Features seen once say more about one writer than about risk, and would bloat the file.
  const features = Object.fromEntries([...counts].filter(([, c]) => c.reduce((a, b) => a + b, 0) >= 2).sort(([a], [b]) => a.localeCompare(b)));
  return { trainedOn, classes: CLASSES, docs, features };
}

/** A labelled file as training examples, named by its file name. */
export function trainingPart(path: string): { name: string; examples: Example[] } {
  return {
    name: path.split('/').at(-1) ?? path,
    examples: loadLabelledSet([path]).flatMap((u): Example[] => {
      const y = classOf(u.label);
      return y === null ? [] : [{ y, t: riskText(u.text) }];
    }),
  };
}

/** The model trained on every part. */
export function trainOnParts(paths: readonly string[]): RiskModelFile {
  const parts = paths.map(trainingPart);
  return train(parts.flatMap((p) => p.examples), parts.map((p) => p.name));
}

/** Each part scored by a model trained on the others: class and log-odds per message. */
export function leaveOnePartOut(paths: readonly string[]): { y: number; s: number }[] {
  const parts = paths.map(trainingPart);
  return parts.flatMap((held) => {
    const score = riskModelScorer(train(parts.filter((p) => p !== held).flatMap((p) => p.examples), []));
    return held.examples.map((e) => ({ y: e.y, s: score(e.t).logOdds }));
  });
}
