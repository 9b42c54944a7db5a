/**
 * `npm run transparency [-- --out record.md] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--url <service>]`:
 * writes the algorithmic transparency record from settings, the prompt version and the live
 * figures. The figures come from the running service's admin API (`--url`, with ADMIN_TOKEN),
 * which is the only way to reach the embedded store, since it lives in the service's memory.
 */
import { writeFile } from 'node:fs/promises';
import type { RawEnv } from '../../config/env';
import { understandingPrompt } from '../../config/prompts';
import { loadSettings, type Settings } from '../../config/settings';
import type { OversightReport } from './report-types';
import { renderTransparencyRecord } from './transparency';
import { transparencyFacts } from './transparency-facts';

/** Where the CLI writes; tests capture both. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

const USAGE = `Usage:
  npm run transparency -- [--out <file.md>] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--url <service base URL>]
Writes the algorithmic transparency record (Markdown) to the file, or to standard output.
The live figures come from the running service's admin API (by default http://localhost:PORT),
so ADMIN_TOKEN must be set to the value the service runs with.`;

/** Parsed command-line options. */
export interface TransparencyCommand {
  /** The service's base URL; http://localhost:PORT when not given. */
  url?: string;
  out?: string;
  from?: string;
  to?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads `--name value` pairs; null when anything is missing, unknown or malformed. */
export function parseTransparencyArgs(args: readonly string[]): TransparencyCommand | null {
  const values: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 2) {
    const name = args[i];
    const value = args[i + 1];
    if (!name || !['--url', '--out', '--from', '--to'].includes(name) || value === undefined || value.startsWith('--')) return null;
    values[name.slice(2)] = value;
  }
  if (values.url && !/^https?:\/\//.test(values.url)) return null;
  if ((values.from && !DATE.test(values.from)) || (values.to && !DATE.test(values.to))) return null;
  return {
    ...(values.url ? { url: values.url.replace(/\/+$/, '') } : {}),
    ...(values.out ? { out: values.out } : {}),
    ...(values.from ? { from: values.from } : {}),
    ...(values.to ? { to: values.to } : {}),
  };
}

/** Fetches the oversight report from a running service's admin API. */
export async function fetchOversightReport(command: TransparencyCommand, settings: Settings): Promise<OversightReport> {
  if (!settings.adminToken) throw new Error('ADMIN_TOKEN is not set; the admin API needs it.');
  const query = new URLSearchParams();
  if (command.from) query.set('from', command.from);
  if (command.to) query.set('to', command.to);
  const base = command.url ?? `http://localhost:${settings.port}`;
  const url = `${base}/api/admin/oversight${query.size ? `?${query.toString()}` : ''}`;
  const response = await fetch(url, { headers: { authorization: `Bearer ${settings.adminToken}`, accept: 'application/json' } }).catch((error: unknown) => {
    throw new Error(`could not reach the service at ${base} (is it running? start it with npm start, or pass --url)`, { cause: error });
  });
  const body = (await response.json().catch(() => null)) as (OversightReport & { error?: { message?: string } }) | null;
  if (!response.ok || !body) {
    const hint = response.status === 404 ? ' (is ADMIN_TOKEN set on the service too?)' : '';
    throw new Error(`the service answered ${response.status}: ${body?.error?.message ?? 'no details'}${hint}`);
  }
  return body;
}

/** Runs the command; resolves with the exit code (0 written, 1 failed, 2 usage). */
export async function runTransparencyCli(args: readonly string[], io: CliIo, env?: RawEnv): Promise<number> {
  const command = parseTransparencyArgs(args);
  if (!command) {
    io.err(`${USAGE}\n`);
    return 2;
  }
  try {
    const settings = env ? loadSettings(env) : loadSettings();
    const report = await fetchOversightReport(command, settings);
    const record = renderTransparencyRecord({ facts: transparencyFacts(settings, understandingPrompt), report });
    if (command.out) {
      await writeFile(command.out, record, 'utf8');
      io.err(`transparency record written to ${command.out} (figures ${report.window.from} to ${report.window.to})\n`);
    } else {
      io.out(record);
    }
    return 0;
  } catch (error) {
    io.err(`transparency failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

if (require.main === module) {
  void runTransparencyCli(process.argv.slice(2), { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) }).then((code) => {
    process.exitCode = code;
  });
}
