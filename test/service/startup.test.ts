/** Start-up as an operator meets it: a bad environment is refused with every problem listed, no secret printed. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

describe('start-up', () => {
  it('refuses to start with bad settings, listing every problem at once and never a secret', () => {
    const env = {
      PATH: process.env.PATH,
      PORT: 'not-a-port',
      LOG_LEVEL: 'loud',
      TWILIO_AUTH_TOKEN: 'super-secret-token-value',
      SLACK_BOT_TOKEN: 'xoxp-wrong-kind-of-token-secret',
    };
    const run = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'bots/main.ts'], { cwd: root, env, encoding: 'utf8', timeout: 20_000 });

    expect(run.status).toBe(1);
    for (const variable of ['PORT', 'LOG_LEVEL', 'TWILIO_ACCOUNT_SID', 'SLACK_BOT_TOKEN']) expect(run.stderr).toContain(variable);
    expect(run.stderr).not.toContain('super-secret-token-value');
    expect(run.stderr).not.toContain('xoxp-wrong-kind-of-token-secret');
  });
});
