/**
 * Deep redaction of anything that may end up in a log line: personal data (via the shared
 * dialogs/privacy redactor) and secrets (by key name and by exact configured value).
 * Logs are kept longer and seen by more people than the data itself, so this errs on the
 * side of hiding too much.
 */
import { redactPersonalData } from '../../dialogs/privacy/redact';

/** What replaces a secret. */
export const REDACTED = '[REDACTED]';

/** Key names whose values are secrets whatever they look like. */
const SECRET_KEY = /passw(?:or)?d|passphrase|pwd|token|secret|authori[sz]ation|api[-_]?key|cookie|signature|credential|private[-_]?key/i;
/** Token *counts* (OpenAI usage: prompt_tokens, totalTokens) are metrics, not secrets. */
const TOKEN_COUNT_KEY = /tokens$|token[-_]?count$/i;
/** Credentials embedded in URLs: scheme://user:password@host. */
const URL_CREDENTIALS = /(\b[a-z][a-z0-9+.-]*:\/\/)[^\s/@:]+:[^\s/@]+@/gi;
/** Authorization header values written into free text. */
const BEARER = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/g;

/**
 * Identifiers the service and its providers make, which are never personal data but whose digit
 * groups look like it: a UUID (bots/ids.ts newId) holds card- and phone-like runs, a Slack ts
 * starts with ten digits like an NHS number, an ISO timestamp starts like a year-first date.
 * They are set aside before the personal-data rules run, so the rules themselves stay strict.
 */
// None may touch an "@": an email address that happens to contain one of these shapes stays whole for the email rule.
const SERVICE_IDS = new RegExp(
  [
    /(?<![0-9a-fA-F@-])[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![0-9a-fA-F@-])/.source, // UUID
    /(?<![A-Za-z0-9@])[A-Z]{2}[0-9a-f]{32}(?![A-Za-z0-9@])/.source, // Twilio SID: SM…, MM…, AC…, MG…
    /(?<![\d.@])\d{10}\.\d{6}(?![\d.@])/.source, // Slack ts
    /(?<![\d-])\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?(?![\d:])/.source, // ISO timestamp
  ].join('|'),
  'g',
);

/** Runs `redact` on the text between service identifiers, leaving the identifiers as they were. */
function outsideServiceIds(input: string, redact: (text: string) => string): string {
  let out = '';
  let last = 0;
  for (const m of input.matchAll(SERVICE_IDS)) {
    out += redact(input.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + redact(input.slice(last));
}

/** Shortest configured secret we replace by value; shorter strings would mangle ordinary text. */
const MIN_SECRET_LENGTH = 6;
/** Nesting beyond this is summarised rather than walked, bounding the cost of a log call. */
const MAX_DEPTH = 10;

/** Options for a redactor. */
export interface RedactorOptions {
  /** Exact secret values (API keys, tokens) to replace wherever they appear. */
  secrets?: readonly string[];
}

/** Returns a function that deep-copies any value with personal data and secrets replaced. */
export function createRedactor(options: RedactorOptions = {}): (value: unknown) => unknown {
  // Longest first, so a secret that contains another is replaced whole.
  const secrets = [...new Set(options.secrets ?? [])].filter((s) => s.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);

  const text = (input: string): string => {
    let out = input;
    // Exact secrets go first: personal-data placeholders could split a secret and hide it from the match.
    for (const secret of secrets) out = out.split(secret).join(REDACTED);
    out = out.replace(URL_CREDENTIALS, `$1${REDACTED}@`).replace(BEARER, `$1 ${REDACTED}`);
    return outsideServiceIds(out, (part) => redactPersonalData(part).text);
  };

  const walk = (value: unknown, depth: number, seen: WeakSet<object>): unknown => {
    if (typeof value === 'string') return text(value);
    // Numbers, booleans, bigints: counts and durations. Personal data reaches us as text, and
    // testing numbers (timestamps especially) against card/NHS checksums would hide real metrics.
    if (value === null || typeof value !== 'object') return typeof value === 'function' || typeof value === 'symbol' ? String(value) : value;
    if (value instanceof Date) return value;
    if (seen.has(value)) return '[Circular]';
    if (depth >= MAX_DEPTH) return '[Truncated]';
    if (ArrayBuffer.isView(value)) return `[Binary ${value.byteLength} bytes]`;
    seen.add(value);
    try {
      if (Array.isArray(value)) return value.map((item) => walk(item, depth + 1, seen));
      if (value instanceof Set) return [...value].map((item) => walk(item, depth + 1, seen));
      const entries: [unknown, unknown][] = value instanceof Map ? [...value.entries()] : Object.entries(value);
      const out: Record<string, unknown> = {};
      if (value instanceof Error) {
        // Error fields are not enumerable, so copy them explicitly (and JSON would drop them).
        out.name = value.name;
        out.message = text(value.message);
        if (value.stack) out.stack = text(value.stack);
        if (value.cause !== undefined) out.cause = walk(value.cause, depth + 1, seen);
      }
      for (const [key, item] of entries) {
        const name = text(String(key));
        out[name] = isSecretKey(name, item) ? REDACTED : walk(item, depth + 1, seen);
      }
      return out;
    } finally {
      seen.delete(value);
    }
  };

  return (value) => walk(value, 0, new WeakSet());
}

/** Presence markers (as in describeSettings) reveal nothing and are worth keeping in start-up logs. */
const PRESENCE_MARKERS = new Set(['set', 'not set']);

/** True when a field's name says its value is a secret. */
export function isSecretKey(key: string, value: unknown): boolean {
  if (!SECRET_KEY.test(key)) return false;
  if (typeof value === 'string' && PRESENCE_MARKERS.has(value)) return false;
  return !(typeof value === 'number' && TOKEN_COUNT_KEY.test(key));
}
