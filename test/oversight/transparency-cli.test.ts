/**
 * `npm run transparency`: the arguments it takes, what it says when it cannot work, and the
 * record it writes from a running service's admin API.
 */
import { parseTransparencyArgs, runTransparencyCli } from '../../bots/oversight/transparency-cli';

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
