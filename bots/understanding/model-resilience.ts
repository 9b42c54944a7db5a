/**
 * Bounded retries inside a circuit breaker for model calls. The breaker counts failed turns,
 * not attempts, so one slow turn does not trip it; while it is open no call is made at all,
 * and after the cool-down one trial call decides whether it closes again.
 *
 * Why not cockatiel: version 4 is ESM-only and declares Node >= 22, and this service runs on
 * Node 20 under a CommonJS build and Jest; the little that is needed is written out here.
 */
import { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';

/** Thrown instead of calling while the breaker is open. */
export class CircuitOpenError extends Error {
  override readonly name = 'CircuitOpenError';
  readonly code = 'MODEL_CIRCUIT_OPEN';
}

/** Tuning for the policy. */
export interface ModelResilienceOptions {
  /** Extra attempts after the first for a retryable failure. */
  maxRetries: number;
  /** Failed turns in a row that open the breaker. */
  breakerThreshold: number;
  /** How long it stays open before a trial call. */
  breakerCooldownMs: number;
  onBreakerChange?: (open: boolean) => void;
  now?: () => number;
  /** Pause between attempts (tests pass 0). */
  retryDelayMs?: number;
}

/** Runs a call with retries under the breaker. */
export interface ModelPolicy {
  execute<T>(call: () => Promise<T>): Promise<T>;
  readonly open: boolean;
}

/** Worth another try: timeouts and lost connections, 408, 409, 429 and 5xx. */
export function retryable(error: unknown): boolean {
  if (error instanceof APIConnectionError) return true;
  if (error instanceof APIError) {
    const status = error.status ?? 0;
    return status === 408 || status === 409 || status === 429 || status >= 500;
  }
  return false;
}

/**
 * A timeout, whichever way the runtime's fetch reports the abort: the SDK's own timeout error,
 * or (where fetch's AbortError is not recognised, as under Jest) a connection error that
 * arrived only after the timeout had passed.
 */
export function timedOut(error: unknown, elapsedMs: number, timeoutMs: number | undefined): boolean {
  if (error instanceof APIConnectionTimeoutError) return true;
  return error instanceof APIConnectionError && timeoutMs !== undefined && elapsedMs >= timeoutMs;
}

/** The policy every model call runs through. */
export function createModelPolicy(options: ModelResilienceOptions): ModelPolicy {
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
    async execute<T>(call: () => Promise<T>): Promise<T> {
      let trial = false;
      if (openedAt !== undefined) {
        // Half-open: after the cool-down exactly one turn may try; the others keep falling back.
        if (now() - openedAt < options.breakerCooldownMs || trialRunning) throw new CircuitOpenError('the model circuit breaker is open');
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
            if (attempt >= options.maxRetries || !retryable(error)) throw error;
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
