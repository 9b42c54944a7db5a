/**
 * The last step of `npm run build`: copies the files the compiled service reads at run time
 * (pages and their scripts, the model's prompts) from the source tree into dist/, so dist/
 * runs alone. Runs from dist/bots/build/ after tsc.
 */
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** Runtime assets, relative to the repository root: folders copied whole, or files matching a suffix. */
const ASSETS: readonly { from: string; only?: string }[] = [
  { from: 'channels/web/public' },
  { from: 'config/prompts', only: '.md' },
];

const dist = path.resolve(__dirname, '..', '..');
const root = path.resolve(dist, '..');

for (const asset of ASSETS) {
  const source = path.join(root, asset.from);
  const target = path.join(dist, asset.from);
  mkdirSync(target, { recursive: true });
  if (!asset.only) {
    cpSync(source, target, { recursive: true });
    continue;
  }
  for (const file of readdirSync(source).filter((name) => name.endsWith(asset.only ?? ''))) cpSync(path.join(source, file), path.join(target, file));
}
process.stdout.write(`copied ${ASSETS.length} asset folders into ${path.relative(root, dist)}/\n`);
