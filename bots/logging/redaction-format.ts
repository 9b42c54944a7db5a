/**
 * A winston format (structurally: logform's `{ transform }`) that redacts personal data and
 * secrets from a log line's message and every meta field before anything is written.
 * It imports nothing from winston so the in-memory logger can run the very same code.
 */
import { createRedactor, type RedactorOptions } from './redact-value';

/** The shape winston passes through formats: level, message, meta fields and symbol keys. */
export interface LogInfo {
  level: string;
  message: unknown;
  [key: string | symbol]: unknown;
}

/** A format object winston's `format.combine` accepts. */
export interface RedactionFormat {
  transform(info: LogInfo): LogInfo;
}

/** Fields written by the logging machinery itself; they hold no user data. */
const TRUSTED_FIELDS = new Set(['level', 'timestamp']);

/** Creates the redaction format; `secrets` are exact values replaced wherever they appear. */
export function redactionFormat(options: RedactorOptions = {}): RedactionFormat {
  const redact = createRedactor(options);
  return {
    transform(info) {
      // Treat the line's string fields as one meta object so key-name rules apply at the top level too.
      const fields: Record<string, unknown> = {};
      for (const key of Object.keys(info)) if (!TRUSTED_FIELDS.has(key)) fields[key] = info[key];
      const clean = redact(fields) as Record<string, unknown>;
      const out: LogInfo = { level: info.level, message: clean.message };
      for (const key of Object.keys(info)) if (TRUSTED_FIELDS.has(key)) out[key] = info[key];
      Object.assign(out, clean);
      // winston keeps its bookkeeping (level, splat, final message) under symbol keys.
      for (const symbol of Object.getOwnPropertySymbols(info)) out[symbol] = info[symbol];
      return out;
    },
  };
}
