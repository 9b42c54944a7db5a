/**
 * `npm run slack:manifest [-- --out FILE] [--command /council-queue]`: writes the Slack app
 * manifest for PUBLIC_BASE_URL (kits/slack-app-manifest.yaml by default).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, loadSettings } from '../../config/settings';
import { slackManifestYaml } from './slack-manifest';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

try {
  const settings = loadSettings();
  if (!settings.publicBaseUrl) throw new Error('Set PUBLIC_BASE_URL (the https address Slack will call) first.');
  const out = path.resolve(option('--out') ?? 'kits/slack-app-manifest.yaml');
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, slackManifestYaml({ publicBaseUrl: settings.publicBaseUrl, ...(option('--command') ? { command: option('--command') } : {}) }));
  process.stdout.write(`wrote ${out}\n`);
} catch (error) {
  process.stderr.write(`${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
