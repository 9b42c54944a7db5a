/**
 * An in-memory Logger for tests and the sandbox console. Lines go through the same redaction
 * as production, so a test asserting on `lines` sees exactly what would be logged.
 */
import type { LogMeta, Logger } from './logger';
import { redactionFormat } from './redaction-format';
import { LOG_LEVELS, loggerOverSink, type LogLevel } from './sink-logger';

/** One captured log line, after redaction. */
export interface MemoryLogLine {
  level: LogLevel;
  message: string;
  meta: LogMeta;
}

/** A Logger that keeps its lines; children share the parent's `lines`. */
export interface MemoryLogger extends Logger {
  readonly lines: MemoryLogLine[];
}

/** Options for createMemoryLogger; by default every level is kept and no secrets are configured. */
export interface MemoryLoggerOptions {
  level?: LogLevel;
  secrets?: readonly string[];
}

/** Creates a Logger that records redacted lines in memory. */
export function createMemoryLogger(options: MemoryLoggerOptions = {}): MemoryLogger {
  const lines: MemoryLogLine[] = [];
  const threshold = LOG_LEVELS[options.level ?? 'debug'];
  const format = redactionFormat({ secrets: options.secrets ?? [] });
  const logger = loggerOverSink((level, message, meta) => {
    if (LOG_LEVELS[level] > threshold) return;
    const { level: _level, message: redacted, ...rest } = format.transform({ ...meta, level, message });
    lines.push({ level, message: String(redacted), meta: rest });
  });
  return Object.assign(logger, { lines });
}
