/**
 * Keeps an eye on a channel's connection to its provider at start-up: the check (Slack's
 * auth.test, Twilio's account fetch) runs in the background, so a bad token or an unreachable
 * provider never stops the service; the channel reports not ready on /readyz, the failure is
 * logged once (not on every retry), and the check is retried with a growing delay until it passes.
 */
import type { Logger } from '../logging/logger';
import type { Readiness } from './readiness';

/** First retry after a failed check; doubles up to the ceiling. */
const FIRST_RETRY_MS = 5_000;
const MAX_RETRY_MS = 5 * 60_000;

/** Runs `check` until it passes; returns a function that stops retrying (for shutdown). */
export function watchChannel(options: {
  channel: string;
  check: () => Promise<void>;
  readiness: Readiness;
  logger: Logger;
  /** Turns a failure into a short reason for /readyz and the log (never a secret). */
  reasonOf: (error: unknown) => string;
}): () => void {
  const { channel, readiness, logger } = options;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let lastReason: string | null = null;
  readiness.set(channel, { ready: false, reason: 'connecting' });

  const attempt = async (delay: number) => {
    try {
      await options.check();
      readiness.set(channel, { ready: true });
      if (lastReason) logger.info(`${channel} channel connected after failing at start-up`, { channel });
    } catch (error) {
      const reason = options.reasonOf(error);
      readiness.set(channel, { ready: false, reason });
      if (reason !== lastReason) logger.error(`${channel} channel cannot connect; the other channels carry on and it is retried`, { channel, reason });
      lastReason = reason;
      if (stopped) return;
      timer = setTimeout(() => void attempt(Math.min(delay * 2, MAX_RETRY_MS)), delay);
      timer.unref();
    }
  };
  void attempt(FIRST_RETRY_MS);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
