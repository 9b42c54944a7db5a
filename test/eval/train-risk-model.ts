/**
 * `npm run train-risk-model`: trains the safeguarding model on the dev parts only, never the
 * frozen test part. First it prints leave-one-part-out figures (each dev part, written by
 * different people, scored by a model trained on the others): that is how the thresholds in
 * assess-risk.ts were chosen. Then it writes dialogs/guardrails/risk/risk-model.json.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LABELLED_SETS } from './evaluate';
import { leaveOnePartOut, trainOnParts } from './risk-model-training';

const scores = leaveOnePartOut(LABELLED_SETS.dev);
const risky = scores.filter((x) => x.y !== 0).length;
const none = scores.filter((x) => x.y === 0).length;
console.log(`Leave-one-dev-part-out (${LABELLED_SETS.dev.length} parts, ${risky} crises, ${none} others): model alone`);
console.log('| log-odds above | recall | false alarms |\n| --- | --- | --- |');
for (const th of [4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26]) {
  const hit = scores.filter((x) => x.y !== 0 && x.s > th).length;
  const fa = scores.filter((x) => x.y === 0 && x.s > th).length;
  console.log(`| ${th} | ${((100 * hit) / risky).toFixed(1)}% | ${((100 * fa) / none).toFixed(1)}% |`);
}

const out = join(__dirname, '../../dialogs/guardrails/risk/risk-model.json');
const model = trainOnParts(LABELLED_SETS.dev);
writeFileSync(out, `${JSON.stringify(model)}\n`);
console.log(`\nwrote ${out}: ${Object.keys(model.features).length} features from ${model.docs.reduce((a, b) => a + b, 0)} messages`);
