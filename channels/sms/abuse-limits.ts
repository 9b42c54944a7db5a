/**
 * Per-number abuse limits: a rate limit and a length cap. Over a limit the message is still
 * recorded; the bot does not answer it, and the polite notice goes out once per window.
 * In memory for now (per instance): a shared store (rate-limiter-flexible's Mongo limiter) can
 * replace it behind the same function when the service runs on several instances.
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { InboundControl } from '../types';

/** The configured limits. */
export interface AbuseLimitSettings {
  rateLimit: { messages: number; windowSeconds: number };
  maxInboundChars: number;
}

/** Checks one inbound text against the limits. */
export interface AbuseLimits {
  /** A `limited` control when the text is over a limit, else null. */
  check(number: string, text: string): Promise<InboundControl | null>;
}

/** Creates the limits. */
export function createAbuseLimits(settings: AbuseLimitSettings): AbuseLimits {
  const duration = settings.rateLimit.windowSeconds;
  const messages = new RateLimiterMemory({ keyPrefix: 'sms-rate', points: settings.rateLimit.messages, duration });
  // One notice per number, reason and window: the first text over the limit gets it, the rest do not.
  const notices = new RateLimiterMemory({ keyPrefix: 'sms-notice', points: 1, duration });
  const noticeDue = async (key: string) => consumed(notices, key);

  return {
    async check(number, text) {
      if ([...text].length > settings.maxInboundChars) {
        return { kind: 'limited', reason: 'length', notify: await noticeDue(`${number}:length`), maxChars: settings.maxInboundChars };
      }
      if (await consumed(messages, number)) return null;
      return { kind: 'limited', reason: 'rate', notify: await noticeDue(`${number}:rate`) };
    },
  };
}

/** True when a point was available (and is now used). */
async function consumed(limiter: RateLimiterMemory, key: string): Promise<boolean> {
  try {
    await limiter.consume(key);
    return true;
  } catch (error) {
    if (error instanceof RateLimiterRes) return false;
    throw error;
  }
}
