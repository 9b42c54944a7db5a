/** dialogs/ stays free of SDKs, infrastructure and the other folders: read every file and check its imports. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../dialogs');
const FORBIDDEN = [/^twilio/, /^botbuilder/, /^@slack\//, /^openai/, /^mongodb/, /^express/, /^winston/, /^mingo/, /(^|\/)bots(\/|$)/, /(^|\/)channels(\/|$)/, /(^|\/)config(\/|$)/];

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** Every module specifier in import/export-from/require/dynamic import. */
export function specifiers(source: string): string[] {
  const re = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*['"]([^'"]+)['"]|(?:require|import)\s*\(\s*['"]([^'"]+)['"]\s*\)/g;
  return [...source.matchAll(re)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

describe('dialogs/ boundary', () => {
  const files = tsFiles(ROOT);

  it('finds the engine sources', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('recognises every import form it checks', () => {
    expect(specifiers(`import x from 'twilio';\nimport type { A } from "../bots/x";\nexport { b } from './b';\nimport 'side';\nconst y = require('mongodb');`))
      .toEqual(['twilio', '../bots/x', './b', 'side', 'mongodb']);
  });

  it.each(files.map((f) => [f.slice(ROOT.length + 1), f]))('%s imports no SDK, bots/, channels/ or config/', (_name, file) => {
    const bad = specifiers(readFileSync(file, 'utf8')).filter((s) => FORBIDDEN.some((re) => re.test(s)));
    expect(bad).toEqual([]);
  });
});
