/**
 * The Slack app manifest kit: the command writes a YAML file for PUBLIC_BASE_URL whose URLs,
 * events and command are the desk's, and whose scopes cover every Web API method the desk
 * code calls (read from the code, so a new call without its scope fails here).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { SLACK_BOT_SCOPES, slackManifest } from '../../bots/kits/slack-manifest';

const ROOT = path.join(__dirname, '..', '..');

/** The scope each Web API method needs (api.slack.com/methods). */
const METHOD_SCOPES: Record<string, string[]> = {
  'auth.test': [],
  'chat.postMessage': ['chat:write'],
  'chat.update': ['chat:write'],
  'chat.postEphemeral': ['chat:write'],
  'users.info': ['users:read'],
  'conversations.members': ['channels:read', 'groups:read'],
};

describe('npm run slack:manifest', () => {
  it('writes a manifest pointing every Slack URL at the service', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kit-')), 'manifest.yaml');
    execFileSync('npm', ['run', 'slack:manifest', '--silent', '--', '--out', out, '--command', '/council-queue'], {
      cwd: ROOT,
      env: { ...process.env, PUBLIC_BASE_URL: 'https://switchboard.council.example' },
    });
    const manifest = parse(fs.readFileSync(out, 'utf8'));
    const url = 'https://switchboard.council.example/api/slack/events';
    expect(manifest.settings.event_subscriptions).toEqual({ request_url: url, bot_events: ['message.channels', 'message.groups'] });
    expect(manifest.settings.interactivity).toEqual({ is_enabled: true, request_url: url });
    expect(manifest.features.slash_commands).toEqual([expect.objectContaining({ command: '/council-queue', url })]);
    expect(manifest.settings.socket_mode_enabled).toBe(false);
  });

  it('refuses to write one without PUBLIC_BASE_URL, saying so', () => {
    const env = { ...process.env };
    delete env.PUBLIC_BASE_URL;
    expect(() => execFileSync('npm', ['run', 'slack:manifest', '--silent'], { cwd: ROOT, env, stdio: 'pipe' })).toThrow(/PUBLIC_BASE_URL/);
  });

  it('asks for the scopes of every Web API method the desk calls, and no others', () => {
    const code = fs.readdirSync(path.join(ROOT, 'channels/slack')).map((file) => fs.readFileSync(path.join(ROOT, 'channels/slack', file), 'utf8')).join('\n');
    const methods = [...new Set([...code.matchAll(/client\.([a-z]+)\s*\.\s*([a-zA-Z]+)\(/g)].map((m) => `${m[1]}.${m[2]}`))].sort();
    expect(methods.length).toBeGreaterThan(3);
    const needed = new Set(methods.flatMap((method) => {
      expect(METHOD_SCOPES).toHaveProperty([method]);
      return METHOD_SCOPES[method] ?? [];
    }));
    // Plus what the events and the command need.
    for (const scope of ['channels:history', 'groups:history', 'commands']) needed.add(scope);
    const asked = (slackManifest({ publicBaseUrl: 'https://x.example' }).oauth_config as { scopes: { bot: string[] } }).scopes.bot;
    expect([...asked].sort()).toEqual([...needed].sort());
    expect(Object.keys(SLACK_BOT_SCOPES).sort()).toEqual([...asked].sort());
  });
});
