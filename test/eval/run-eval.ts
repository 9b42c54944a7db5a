/**
 * `npm run eval`: the labelled set through the offline matcher always, and through the model
 * too when OPENAI_API_KEY is set. Prints a Markdown table; `--misses` lists what went wrong.
 */
import { flows, knowledgeArticles } from '../../config/content';
import { loadSettings } from '../../config/settings';
import { createOfflineMatcher } from '../../dialogs/understanding/offline-matcher';
import { createUnderstander } from '../../bots/understanding/create-understander';
import { evaluate, formatTable, loadLabelledSet, type EvalReport } from './evaluate';

async function main(): Promise<void> {
  const settings = loadSettings();
  const set = loadLabelledSet();
  const reports: EvalReport[] = [await evaluate('offline matcher', createOfflineMatcher({ flows, articles: knowledgeArticles }), set)];
  if (settings.openai.apiKey) {
    const model = createUnderstander({ settings: settings.openai, flows, articles: knowledgeArticles });
    reports.push(await evaluate(`model (${settings.openai.azure?.deployment ?? settings.openai.model})`, model, set));
  } else {
    console.log('OPENAI_API_KEY is not set: the model column is skipped.\n');
  }
  console.log(`${set.length} labelled utterances\n`);
  console.log(formatTable(reports));
  if (process.argv.includes('--misses')) {
    for (const r of reports) {
      console.log(`\n${r.name}: routing misses`);
      for (const m of r.misses) console.log(`  ${m.label.padEnd(34)} got ${m.got.padEnd(34)} ${m.text}`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
