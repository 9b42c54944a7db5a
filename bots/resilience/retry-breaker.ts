/**
 * Bounded retries inside a circuit breaker, for calls to systems outside the service (the
 * model, the council's back office). The breaker counts failed calls, not attempts, so one slow
 * call does not trip it; while it is open no call is made at all, and after the cool-down one
 * trial call decides whether it closes again.
 *
 * Why not cockatiel: version 4 is ESM-only and declares Node >= 22, and this service runs on
 * Node 20; the little that is needed is written out here, once.
 */

/** Thrown instead of calling while the breaker is open. */
export class CircuitOpenError extends Error {
  override readonly name = 'CircuitOpenError';
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

/** Tuning for one policy. */
export interface RetryBreakerOptions {
  /** Extra attempts after the first for a retryable failure (a call may ask for fewer). */
  maxRetries: number;
  /** Failed calls in a row that open the breaker. */
  breakerThreshold: number;
  /** How long it stays open before a trial call. */
  breakerCooldownMs: number;
  /** Worth another try (timeouts, lost connections, 429, 5xx). */
  retryable: (error: unknown) => boolean;
  /** The CircuitOpenError's code, e.g. MODEL_CIRCUIT_OPEN. */
  openCode: string;
  onBreakerChange?: (open: boolean) => void;
  now?: () => number;
  /** Pause before the first retry, doubled each time (tests pass 0). */
  retryDelayMs?: number;
}

/** Runs calls with retries under the breaker. */
export interface RetryBreaker {
  /** `retries` caps the retries of this call (0 for a write that must not repeat). */
  execute<T>(call: () => Promise<T>, options?: { retries?: number }): Promise<T>;
  readonly open: boolean;
}

/** Creates a policy. */
export function createRetryBreaker(options: RetryBreakerOptions): RetryBreaker {
  const now = options.now ?? Date.now;
  let failures = 0;
  let openedAt: number | undefined;
  let trialRunning = false;

  const setOpen = (open: boolean): void => {
    const was = openedAt !== undefined;
    openedAt = open ? now() : undefined;
    if (was !== open) options.onBreakerChange?.(open);
  };

  return {
    get open() {
      return openedAt !== undefined;
    },
    async execute<T>(call: () => Promise<T>, callOptions: { retries?: number } = {}): Promise<T> {
      const maxRetries = Math.min(options.maxRetries, callOptions.retries ?? options.maxRetries);
      let trial = false;
      if (openedAt !== undefined) {
        // Half-open: after the cool-down exactly one call may try; the others keep falling back.
        if (now() - openedAt < options.breakerCooldownMs || trialRunning) throw new CircuitOpenError(options.openCode, 'the circuit breaker is open');
        trial = trialRunning = true;
      }
      try {
        for (let attempt = 0; ; attempt++) {
          try {
            const result = await call();
            failures = 0;
            setOpen(false);
            return result;
          } catch (error) {
            if (attempt >= maxRetries || !options.retryable(error)) throw error;
            const delay = (options.retryDelayMs ?? 100) * 2 ** attempt;
            if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
          }
        }
      } catch (error) {
        failures++;
        if (trial || failures >= options.breakerThreshold) {
          // A failed trial keeps it open with a fresh cool-down; otherwise it opens now.
          if (openedAt !== undefined) openedAt = now();
          else setOpen(true);
        }
        throw error;
      } finally {
        if (trial) trialRunning = false;
      }
    },
  };
}
