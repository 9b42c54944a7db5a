/**
 * The logger interface the rest of the service depends on. winston is wired in one file
 * (winston-logger.ts); tests can use the in-memory logger from memory-logger.ts.
 */

/** Structured extra fields for a log line. Personal data in them is redacted by the formatter. */
export type LogMeta = Record<string, unknown>;

/** A small logger: four levels and child loggers that carry fixed fields. */
export interface Logger {
  debug(message: string, meta?: LogMeta): void;
  info(message: string, meta?: LogMeta): void;
  warn(message: string, meta?: LogMeta): void;
  error(message: string, meta?: LogMeta): void;
  child(meta: LogMeta): Logger;
}
