/**
 * Splits the fresh labelled messages (test/eval/fresh/*.tsv, written by people who had not
 * seen the detectors) once into a dev part, tuned on, and a frozen test part, never looked
 * at while tuning. Each (label, language) group is shuffled with a seed of its own and cut
 * in half, so adding a new group later never moves a message of an existing one.
 * Prints counts only, never a message. It was run once (4 Dec 2026) and the fresh/ files were
 * then removed: dev.tsv and test.tsv are the set now. Kept as the record of how they were split.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../../bots/seeded-random';

const SEED = 20261204;
const dir = join(__dirname, 'fresh');

/** A stable 32-bit hash of a group's name, so each group's shuffle is fixed. */
function hash(text: string): number {
  let h = 2166136261;
  for (const c of text) h = Math.imul(h ^ c.codePointAt(0)!, 16777619);
  return h >>> 0;
}

const groups = new Map<string, string[]>();
for (const file of readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort()) {
  for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const [label = '', lang = ''] = line.split('\t');
    const key = `${label}\t${lang}`;
    groups.set(key, [...(groups.get(key) ?? []), line]);
  }
}

const dev: string[] = [];
const test: string[] = [];
for (const [key, lines] of [...groups.entries()].sort(([a], [b]) => a.localeCompare(b))) {
  const random = seededRandom(SEED ^ hash(key));
  const shuffled = lines.map((line) => ({ line, r: random() })).sort((a, b) => a.r - b.r).map((x) => x.line);
  const half = Math.floor(shuffled.length / 2);
  dev.push(...shuffled.slice(0, half));
  test.push(...shuffled.slice(half));
  console.log(`${key.replace('\t', ' ').padEnd(40)} dev ${half}  test ${shuffled.length - half}`);
}

const header = (part: string): string => `# label\tlang\ttext\tpersonal data typed (|-separated): the ${part} part of the fresh set (split by test/eval/split-fresh.ts, seed ${SEED})\n`;
writeFileSync(join(__dirname, 'dev.tsv'), header('dev (tune on this)') + dev.join('\n') + '\n');
writeFileSync(join(__dirname, 'test.tsv'), header('frozen test (never tune on this)') + test.join('\n') + '\n');
console.log(`\n${dev.length} dev, ${test.length} test`);
