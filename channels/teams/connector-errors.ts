/**
 * The one place Bot Framework connector failures become ChannelSendError, so the outbox knows
 * whether to try again and when.
 */
import { ChannelSendError } from '../types';

/** Statuses worth retrying: throttled (429), conflicting update (412), gateway trouble (502/504), and other 5xx. */
const RETRYABLE = new Set([408, 412, 429, 500, 502, 503, 504]);

/** Translates whatever the connector client threw into a ChannelSendError. */
export function toChannelSendError(error: unknown): ChannelSendError {
  if (error instanceof ChannelSendError) return error;
  const status = statusOf(error);
  const retryAfterMs = retryAfterOf(error);
  if (status === undefined) {
    // No HTTP status: the connector could not be reached (DNS, refused, reset, timeout). Try again later.
    return new ChannelSendError(`Teams connector unreachable: ${messageOf(error)}`, true, undefined, { cause: error });
  }
  const retryable = RETRYABLE.has(status);
  const why =
    status === 401 || status === 403 ? 'the bot is not allowed to post here (check the app id, password and tenant)'
    : status === 404 ? 'the conversation no longer exists (the app was removed or the chat deleted)'
    : status === 429 ? 'throttled'
    : `HTTP ${status}`;
  return new ChannelSendError(`Teams connector refused the message: ${why}`, retryable, retryable ? retryAfterMs : undefined, { cause: error });
}

function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as { statusCode?: unknown; status?: unknown; response?: { status?: unknown } };
  for (const candidate of [e.statusCode, e.response?.status, e.status]) {
    if (typeof candidate === 'number' && candidate >= 100) return candidate;
  }
  return undefined;
}

/** Retry-After in seconds or as an HTTP date, from either header style the client may expose. */
function retryAfterOf(error: unknown): number | undefined {
  const headers = (error as { response?: { headers?: unknown } } | null)?.response?.headers;
  let value: unknown;
  if (headers && typeof (headers as { get?: unknown }).get === 'function') value = (headers as { get(name: string): unknown }).get('retry-after');
  else if (headers && typeof headers === 'object') value = (headers as Record<string, unknown>)['retry-after'];
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
