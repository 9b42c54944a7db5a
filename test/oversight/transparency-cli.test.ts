/**
 * `npm run transparency`: the arguments it takes, what it says when it cannot work, and the
 * record it writes from a running service's admin API.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseTransparencyArgs, runTransparencyCli } from '../../bots/oversight/transparency-cli';
import type { OversightReport } from '../../bots/oversight/report-types';
import { understandingPrompt } from '../../config/prompts';
import { testService, type TestService } from '../support/test-service';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

const TOKEN = 'oversight-admin-token-0123456789';

describe('npm run transparency: arguments', () => {
  it('takes --out, --from, --to and --url, all optional', () => {
    expect(parseTransparencyArgs([])).toEqual({});
    expect(parseTransparencyArgs(['--out', 'record.md', '--from', '2026-11-01', '--to', '2026-11-29', '--url', 'http://127.0.0.1:3978/'])).toEqual({
      out: 'record.md', from: '2026-11-01', to: '2026-11-29', url: 'http://127.0.0.1:3978',
    });
  });

  it.each([[['--out']], [['--from', '1 Nov']], [['--url', 'localhost:3978']], [['--colour', 'red']], [['--out', '--from']]])('refuses %j with the usage', async (args) => {
    const { io: cli, err } = io();
    expect(await runTransparencyCli(args, cli, {})).toBe(2);
    expect(err.join('')).toMatch(/^Usage:/);
  });

  it('needs ADMIN_TOKEN, and says so', async () => {
    const { io: cli, err } = io();
    expect(await runTransparencyCli(['--url', 'http://127.0.0.1:9'], cli, {})).toBe(1);
    expect(err.join('')).toContain('ADMIN_TOKEN is not set');
  });

  it('says plainly when the service is not running', async () => {
    const { io: cli, err } = io();
    expect(await runTransparencyCli(['--url', 'http://127.0.0.1:9'], cli, { ADMIN_TOKEN: TOKEN })).toBe(1);
    expect(err.join('')).toContain('could not reach the service at http://127.0.0.1:9 (is it running?');
  });
});

describe('npm run transparency against the running service', () => {
  let t: TestService;
  let base = '';
  let dir = '';
  const env = { ADMIN_TOKEN: TOKEN, DEMO_HISTORY_WEEKS: '8' };

  beforeAll(async () => {
    t = await testService({ env });
    base = `http://127.0.0.1:${(await t.service.start(0)).port}`;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'transparency-'));
  });
  afterAll(async () => {
    await t.service.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes the record with the live figures the admin API gives, for the period asked', async () => {
    // Six weeks up to today: the demo history is seeded relative to now.
    const to = new Date().toISOString().slice(0, 10);
    const from = new Date(Date.now() - 42 * 86_400_000).toISOString().slice(0, 10);
    const report = (await (await fetch(`${base}/api/admin/oversight?from=${from}&to=${to}`, { headers: { authorization: `Bearer ${TOKEN}` } })).json()) as OversightReport;
    const out = path.join(dir, 'record.md');
    const { io: cli, err } = io();
    expect(await runTransparencyCli(['--url', base, '--out', out, '--from', from, '--to', to], cli, env)).toBe(0);
    expect(err.join('')).toContain(`transparency record written to ${out} (figures ${from} to ${to})`);
    const md = fs.readFileSync(out, 'utf8');
    expect(report.overall.conversations).toBeGreaterThan(100);
    expect(md).toContain(`| Conversations | ${report.overall.conversations.toLocaleString('en-GB')} |`);
    expect(md).toContain(`| Resolved by the assistant | ${(report.overall.resolvedShare.value! * 100).toFixed(1)}% |`);
    expect(md).toContain(`Prompt version: **${understandingPrompt.version}**`);
    // The demo's rarest safety checks are too few to show: the API already withholds them.
    const small = Object.entries(report.overall.guardrails.value ?? {}).filter(([, n]) => n === null);
    expect(small.length).toBeGreaterThan(0);
    for (const [kind] of small) expect(md).toContain(`| ${kind} | fewer than ${report.minCell} |`);
  });

  it('prints the record to standard output without --out, and refuses a wrong token', async () => {
    const ok = io();
    expect(await runTransparencyCli(['--url', base], ok.io, env)).toBe(0);
    expect(ok.out.join('')).toMatch(/^# Algorithmic transparency record/);
    const refused = io();
    expect(await runTransparencyCli(['--url', base], refused.io, { ADMIN_TOKEN: 'a-different-token-0123456789' })).toBe(1);
    expect(refused.err.join('')).toContain('the service answered 401');
  });
});
