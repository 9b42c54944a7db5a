/**
 * `npm run eval`: the fresh set's dev and frozen test parts, and the old tuned-on set, through
 * the offline path always and through the model too when OPENAI_API_KEY is set. Prints one
 * Markdown table. `--misses` lists what went wrong on the dev part and the tuned-on set only:
 * the test part's misses are never printed, so nobody tunes on them by accident.
 */
import { flows, knowledgeArticles } from '../../config/content';
import { loadSettings } from '../../config/settings';
import { createOfflineMatcher } from '../../dialogs/understanding/offline-matcher';
import type { Understander } from '../../dialogs/types';
import { createUnderstander } from '../../bots/understanding/create-understander';
import { evaluate, formatTable, LABELLED_SETS, loadLabelledSet, type EvalReport } from './evaluate';

const PARTS = [
  { key: 'dev', title: 'dev (tuned on)', path: LABELLED_SETS.dev, showMisses: true },
  { key: 'dev2', title: 'dev part 2 alone', path: LABELLED_SETS.dev.slice(1, 2), showMisses: true },
  { key: 'dev3', title: 'dev part 3 alone', path: LABELLED_SETS.dev.slice(2, 3), showMisses: true },
  { key: 'dev4', title: 'dev part 4 alone', path: LABELLED_SETS.dev.slice(3, 4), showMisses: true },
  { key: 'dev5', title: 'dev part 5 alone', path: LABELLED_SETS.dev.slice(4, 5), showMisses: true },
  { key: 'dev6', title: 'dev part 6 alone', path: LABELLED_SETS.dev.slice(5, 6), showMisses: true },
  { key: 'dev7', title: 'dev part 7 alone (mostly Welsh)', path: LABELLED_SETS.dev.slice(6, 7), showMisses: true },
  { key: 'piiDev', title: 'personal data dev part', path: LABELLED_SETS.dev.slice(7, 8), showMisses: true },
  { key: 'dev8', title: 'dev part 8 alone', path: LABELLED_SETS.dev.slice(10, 11), showMisses: true },
  { key: 'dev9', title: 'dev part 9 alone', path: LABELLED_SETS.dev.slice(8, 9), showMisses: true },
  { key: 'piiDev2', title: 'personal data dev part 2', path: LABELLED_SETS.dev.slice(9, 10), showMisses: true },
  { key: 'test', title: 'test (frozen)', path: LABELLED_SETS.test, showMisses: false },
  { key: 'tunedOn', title: 'old set (tuned on)', path: LABELLED_SETS.tunedOn, showMisses: true },
] as const;

/** `--part dev` (repeatable) runs only the named parts, e.g. while tuning on dev. */
const only = process.argv.flatMap((arg, i) => (arg === '--part' ? [process.argv[i + 1] ?? ''] : []));

async function main(): Promise<void> {
  const settings = loadSettings();
  const understanders: { name: string; understander: Understander }[] = [{ name: 'offline', understander: createOfflineMatcher({ flows, articles: knowledgeArticles }) }];
  if (settings.openai.apiKey) {
    understanders.push({ name: `model (${settings.openai.azure?.deployment ?? settings.openai.model})`, understander: createUnderstander({ settings: settings.openai, flows, articles: knowledgeArticles }) });
  } else {
    console.log('OPENAI_API_KEY is not set: the model columns are skipped.\n');
  }
  const reports: { report: EvalReport; showMisses: boolean }[] = [];
  for (const { name, understander } of understanders) {
    for (const part of PARTS.filter((p) => only.length === 0 || only.includes(p.key))) {
      const set = loadLabelledSet(part.path);
      reports.push({ report: await evaluate(`${name}: ${part.title}, ${set.length} msgs`, understander, set), showMisses: part.showMisses });
    }
  }
  console.log(formatTable(reports.map((r) => r.report)));
  if (process.argv.includes('--misses')) {
    for (const { report, showMisses } of reports) {
      if (!showMisses) {
        console.log(`\n${report.name}: misses not shown (frozen test part)`);
        continue;
      }
      console.log(`\n${report.name}: misses`);
      for (const m of report.misses) console.log(`  ${m.label.padEnd(24)} ${m.lang} got ${m.got.padEnd(20)} ${m.text}`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
