/**
 * The production logger: winston, wired here and nowhere else. JSON lines for log shippers
 * in production; short colourless single lines for people in development. Every line is
 * redacted before it is written and carries the turn id when written inside a turn.
 */
import winston from 'winston';
import type { Logger } from './logger';
import { redactionFormat, type LogInfo } from './redaction-format';
import { LOG_LEVELS, loggerOverSink, type LogLevel } from './sink-logger';

/** Options for createWinstonLogger. */
export interface WinstonLoggerOptions {
  level: LogLevel;
  /** JSON lines (production) or readable text lines (development). */
  json: boolean;
  /** Exact secret values to replace with [REDACTED] wherever they appear. */
  secrets?: readonly string[];
  /** Where lines go; stdout by default. Tests pass a stream to capture output. */
  stream?: NodeJS.WritableStream;
}

/** Creates our Logger backed by winston. */
export function createWinstonLogger(options: WinstonLoggerOptions): Logger {
  const { combine, timestamp, json, printf } = winston.format;
  const logger = winston.createLogger({
    level: options.level,
    levels: LOG_LEVELS,
    format: combine(timestamp(), redactionFormat({ secrets: options.secrets ?? [] }), options.json ? json() : printf(readableLine)),
    transports: [new winston.transports.Stream({ stream: options.stream ?? process.stdout })],
  });
  return loggerOverSink((level, message, meta) => logger.log({ ...meta, level, message }));
}

/** `2026-07-15T08:00:00.000Z info  message turn=… {"key":"value"}`, always one line. */
function readableLine(info: LogInfo): string {
  const { level, message, timestamp, turnId, ...meta } = info;
  const parts = [String(timestamp), level.padEnd(5), oneLine(String(message))];
  if (turnId !== undefined) parts.push(`turn=${String(turnId)}`);
  // JSON.stringify escapes newlines (stack traces included), keeping the line single.
  if (Object.keys(meta).length > 0) parts.push(JSON.stringify(meta));
  return parts.join(' ');
}

function oneLine(text: string): string {
  return text.replace(/\r?\n/g, '\\n');
}
