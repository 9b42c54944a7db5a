/**
 * The one place Slack Web API failures become ChannelSendError, so the outbox knows whether to
 * try again and when (a 429's Retry-After wins over its own backoff).
 */
import { webApi } from '@slack/bolt';
import { ChannelSendError } from '../types';

/** Platform errors (HTTP 200, `ok: false`) that are worth another try later. */
const RETRYABLE_PLATFORM_ERRORS = new Set(['ratelimited', 'internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']);

/** Translates whatever the Web API client threw into a ChannelSendError. */
export function toChannelSendError(error: unknown): ChannelSendError {
  if (error instanceof ChannelSendError) return error;
  const coded = error as Partial<webApi.WebAPICallError> | null;
  switch (coded?.code) {
    case webApi.ErrorCode.RateLimitedError: {
      const seconds = (coded as { retryAfter?: number }).retryAfter ?? 1;
      return new ChannelSendError(`Slack rate limit: retry after ${seconds} s`, true, seconds * 1000, { cause: error });
    }
    case webApi.ErrorCode.PlatformError: {
      const reason = String((coded as { data?: { error?: unknown } }).data?.error ?? 'unknown');
      return new ChannelSendError(`Slack refused the call: ${reason}`, RETRYABLE_PLATFORM_ERRORS.has(reason), undefined, { cause: error });
    }
    case webApi.ErrorCode.HTTPError: {
      const status = (coded as { statusCode?: number }).statusCode ?? 0;
      return new ChannelSendError(`Slack answered HTTP ${status}`, status >= 500 || status === 408, undefined, { cause: error });
    }
    default:
      // No answer at all (refused, reset, timeout): Slack may be back shortly.
      return new ChannelSendError(`Slack unreachable: ${error instanceof Error ? error.message : String(error)}`, true, undefined, { cause: error });
  }
}
