/**
 * `npm run teams:package [-- --out FILE --developer "Council name" --privacy URL --terms URL]`:
 * writes the Teams app zip for MICROSOFT_APP_ID and PUBLIC_BASE_URL (kits/switchboard-teams.zip).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadSettings } from '../../config/settings';
import { teamsPackage } from './teams-package';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

try {
  const settings = loadSettings();
  const botId = settings.microsoft.appId;
  if (!botId || !settings.publicBaseUrl) throw new Error('Set MICROSOFT_APP_ID (the bot’s Entra app id) and PUBLIC_BASE_URL first.');
  const base = settings.publicBaseUrl.replace(/\/+$/, '');
  const out = path.resolve(option('--out') ?? 'kits/switchboard-teams.zip');
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(
    out,
    teamsPackage({
      botId,
      publicBaseUrl: base,
      developerName: option('--developer') ?? 'The council',
      privacyUrl: option('--privacy') ?? `${base}/privacy`,
      termsOfUseUrl: option('--terms') ?? `${base}/terms`,
    }),
  );
  process.stdout.write(`wrote ${out}\n`);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
