/**
 * Turns a plain "write one line" function into our Logger. Both the winston and in-memory
 * loggers use it, so child fields and turn ids behave identically in tests and production.
 */
import type { LogMeta, Logger } from './logger';
import { turnLogFields } from './turn-context';

/** The four levels of our Logger, most severe first. */
export type LogLevel = 'error' | 'warn' | 'info' | 'debug';

/** Numeric priorities in winston's convention: lower is more severe. */
export const LOG_LEVELS: Record<LogLevel, number> = { error: 0, warn: 1, info: 2, debug: 3 };

/** Receives one log line with its fully merged meta. */
export type LogSink = (level: LogLevel, message: string, meta: LogMeta) => void;

/** A Logger that writes to `sink`, adding the current turn and any child fields to each line. */
export function loggerOverSink(sink: LogSink, bound: LogMeta = {}): Logger {
  // The turn is read at call time, on the caller's async path: a transport that buffers and
  // formats later could otherwise lose the AsyncLocalStorage context.
  const write = (level: LogLevel) => (message: string, meta?: LogMeta) => sink(level, message, { ...turnLogFields(), ...bound, ...meta });
  return {
    error: write('error'),
    warn: write('warn'),
    info: write('info'),
    debug: write('debug'),
    child: (meta) => loggerOverSink(sink, { ...bound, ...meta }),
  };
}
