/**
 * `npm run build` makes a dist/ that runs alone: copied away from the source tree (no .ts files,
 * no tsx), the compiled service starts in production mode, serves the chat page from its copied
 * assets, answers a conversation through the real engine and stops on SIGTERM.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startFakeBackOffice, type FakeBackOffice } from '../support/fake-backoffice';
import { EVALUATION_PRODUCTION_ENV } from '../support/production-env';

const ROOT = path.join(__dirname, '..', '..');

let backOffice: FakeBackOffice;
let workdir: string;

beforeAll(async () => {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'pipe' });
  workdir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchboard-dist-'));
  fs.cpSync(path.join(ROOT, 'dist'), path.join(workdir, 'dist'), { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(workdir, 'package.json'));
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(workdir, 'node_modules'));
  backOffice = await startFakeBackOffice();
}, 120_000);

afterAll(async () => {
  await backOffice.close();
  fs.rmSync(workdir, { recursive: true, force: true });
});

describe('the production build', () => {
  it('starts from dist/ alone, serves the chat, answers through the engine and stops on SIGTERM', async () => {
    expect(fs.readdirSync(workdir).sort()).toEqual(['dist', 'node_modules', 'package.json']);
    const env = { ...process.env, ...EVALUATION_PRODUCTION_ENV, PORT: '0', BACKOFFICE_BASE_URL: backOffice.url, LOG_LEVEL: 'info' };
    const service = spawn('node', ['dist/bots/main.js'], { cwd: workdir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`did not start:\n${output}`)), 30_000);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const found = /localhost:(\d+)\/console/.exec(output);
        if (found?.[1]) {
          clearTimeout(timer);
          resolve(Number(found[1]));
        }
      };
      service.stdout.on('data', read);
      service.stderr.on('data', read);
      service.once('exit', (code) => reject(new Error(`exited ${code}:\n${output}`)));
    });
    const base = `http://127.0.0.1:${port}`;
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('/static/chat.js');

    const started = await fetch(`${base}/api/web/sessions`, { method: 'POST' });
    const cookie = started.headers.get('set-cookie')?.split(';')[0] ?? '';
    await fetch(`${base}/api/web/messages`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ clientMessageId: 'b-1', text: 'I want to speak to a person' }) });
    let texts: string[] = [];
    for (let i = 0; i < 50 && texts.length < 2; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const history = (await (await fetch(`${base}/api/web/history`, { headers: { cookie } })).json()) as { messages: { text: string }[] };
      texts = history.messages.map((m) => m.text);
    }
    expect(texts[0]).toBe('I want to speak to a person');
    expect(texts.slice(1).join(' ')).toMatch(/person/i);

    const exited = new Promise<number | null>((resolve) => service.once('exit', resolve));
    service.kill('SIGTERM');
    expect(await exited).toBe(0);
    // JSON lines in production, and no TypeScript runner anywhere.
    expect(output).toMatch(/^\{"/m);
    expect(output).not.toMatch(/tsx/);
  }, 60_000);
});
