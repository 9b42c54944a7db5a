/**
 * The data-protection command line: `npm run dp -- export <address>` and
 * `npm run dp -- erase <address>`. Against MongoDB it works on MONGODB_URI directly (the
 * service may be running or not). The embedded store lives inside the running service's
 * memory, so there it calls the service's admin API instead: `--url http://localhost:3978`
 * with ADMIN_TOKEN set.
 */
import { loadSettings, type Settings } from '../../config/settings';
import type { RawEnv } from '../../config/env';
import { ConversationLeases } from '../pipeline/conversation-lease';
import { createMongoStore } from '../store/mongo-store';
import { eraseSubject, exportSubject } from './subject-data';

/** Where the CLI writes; tests capture both. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

const USAGE = `Usage:
  npm run dp -- export <address> [--url <service base URL>]
  npm run dp -- erase <address> [--url <service base URL>]
An address is how the service names a person, e.g. sms:+447700900123 or web:<session>.
Without --url the command works on MONGODB_URI directly. With --url it calls the running
service's admin API and needs ADMIN_TOKEN (use this for the embedded store).`;

/** Parsed command-line arguments. */
interface Command {
  action: 'export' | 'erase';
  address: string;
  url?: string;
}

function parse(args: readonly string[]): Command | null {
  const rest = [...args];
  let url: string | undefined;
  const at = rest.indexOf('--url');
  if (at >= 0) {
    url = rest[at + 1];
    if (!url) return null;
    rest.splice(at, 2);
  }
  const [action, address, ...extra] = rest;
  if ((action !== 'export' && action !== 'erase') || !address || extra.length > 0) return null;
  return { action, address, ...(url ? { url: url.replace(/\/+$/, '') } : {}) };
}

/** Runs one command; resolves with the process exit code (0 done, 1 failed, 2 usage). */
export async function runDpCli(args: readonly string[], io: CliIo, env?: RawEnv): Promise<number> {
  const command = parse(args);
  if (!command) {
    io.err(`${USAGE}\n`);
    return 2;
  }
  try {
    const settings = env ? loadSettings(env) : loadSettings();
    const result = command.url ? await viaAdminApi(command, command.url, settings) : await viaMongo(command, settings);
    io.out(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } catch (error) {
    io.err(`dp ${command.action} failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

async function viaMongo(command: Command, settings: Settings): Promise<unknown> {
  if (!settings.mongodbUri) {
    throw new Error('MONGODB_URI is not set. The embedded store lives inside the running service: add --url http://localhost:3978 and set ADMIN_TOKEN.');
  }
  const store = await createMongoStore({ uri: settings.mongodbUri, serverSelectionTimeoutMS: settings.mongodbServerSelectionTimeoutMs });
  const clock = () => new Date();
  try {
    const deps = { store, clock, leases: new ConversationLeases(store, settings.lease.ttlMs, clock), requestedBy: 'dp-cli' };
    return command.action === 'export' ? await exportSubject(deps, command.address) : await eraseSubject(deps, command.address);
  } finally {
    await store.close();
  }
}

async function viaAdminApi(command: Command, url: string, settings: Settings): Promise<unknown> {
  if (!settings.adminToken) throw new Error('ADMIN_TOKEN is not set; the admin API needs it.');
  const subject = `${url}/api/admin/subjects/${encodeURIComponent(command.address)}`;
  const response = await fetch(command.action === 'export' ? `${subject}/export` : subject, {
    method: command.action === 'export' ? 'GET' : 'DELETE',
    headers: { authorization: `Bearer ${settings.adminToken}` },
  });
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (!response.ok) {
    const hint = response.status === 404 ? ' (is ADMIN_TOKEN set on the service too?)' : '';
    throw new Error(`the service answered ${response.status}: ${body?.error?.message ?? 'no details'}${hint}`);
  }
  return body;
}

if (require.main === module) {
  void runDpCli(process.argv.slice(2), { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) }).then((code) => {
    process.exitCode = code;
  });
}
