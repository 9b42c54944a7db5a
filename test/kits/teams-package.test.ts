/**
 * The Teams app package kit: the command writes a zip whose manifest.json validates against
 * Microsoft's published Teams manifest schema (the copy shipped in @microsoft/app-manifest, checked with
 * ajv's draft-04 validator as that package does, so no network), names the bot and the service's domain, and whose icons are the sizes Teams
 * requires (192×192 colour; 32×32 white on transparent).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AdmZip from 'adm-zip';
import { PNG } from 'pngjs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { TEAMS_MANIFEST_VERSION } from '../../bots/kits/teams-package';

const ROOT = path.join(__dirname, '..', '..');
const BOT_ID = '00000000-aaaa-bbbb-cccc-000000000001';
const SCHEMA = path.join(path.dirname(require.resolve('@microsoft/app-manifest')), 'json-schemas', 'teams', `v${TEAMS_MANIFEST_VERSION}`, 'MicrosoftTeams.schema.json');

function build(): AdmZip {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kit-')), 'teams.zip');
  execFileSync('npm', ['run', 'teams:package', '--silent', '--', '--out', out, '--developer', 'Cyngor Sir Enghraifft'], {
    cwd: ROOT,
    env: { ...process.env, MICROSOFT_APP_ID: BOT_ID, MICROSOFT_APP_TENANT_ID: '00000000-0000-0000-0000-000000000002', PUBLIC_BASE_URL: 'https://switchboard.council.example' },
  });
  return new AdmZip(out);
}

describe('npm run teams:package', () => {
  const zip = build();

  it('holds exactly the manifest and the two icons at its root', () => {
    expect(zip.getEntries().map((entry) => entry.entryName).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
  });

  it('has a manifest that validates against the Teams schema and names the bot and the service’s domain', async () => {
    const manifest = JSON.parse(zip.readAsText('manifest.json'));
    const schema = JSON.parse(fs.readFileSync(SCHEMA, 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    // The schema is really applied: a manifest without its bot id is refused.
    expect(validate({ ...manifest, bots: [{ scopes: ['personal'] }] })).toBe(false);
    expect(manifest.bots).toEqual([expect.objectContaining({ botId: BOT_ID, scopes: ['personal', 'team', 'groupChat'] })]);
    expect(manifest.validDomains).toEqual(['switchboard.council.example']);
    expect(manifest.developer.name).toBe('Cyngor Sir Enghraifft');
  });

  it('draws the icons at the sizes Teams requires, the outline white on transparent', () => {
    const color = PNG.sync.read(zip.readFile('color.png')!);
    expect([color.width, color.height]).toEqual([192, 192]);
    const outline = PNG.sync.read(zip.readFile('outline.png')!);
    expect([outline.width, outline.height]).toEqual([32, 32]);
    const colours = new Set<string>();
    for (let at = 0; at < outline.data.length; at += 4) {
      const [r, g, b, a] = [outline.data[at], outline.data[at + 1], outline.data[at + 2], outline.data[at + 3]];
      colours.add(a === 0 ? 'transparent' : `${r},${g},${b},${a}`);
    }
    expect([...colours].sort()).toEqual(['255,255,255,255', 'transparent']);
  });
});
