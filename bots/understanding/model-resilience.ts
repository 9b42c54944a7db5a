/**
 * The model's retry-and-breaker policy: the shared one (bots/resilience/retry-breaker.ts) with
 * what counts as worth retrying for OpenAI, and how a timeout shows itself.
 */
import { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';
import { CircuitOpenError, createRetryBreaker, type RetryBreaker } from '../resilience/retry-breaker';

export { CircuitOpenError };

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
export type ModelPolicy = RetryBreaker;

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
  return createRetryBreaker({ ...options, retryable, openCode: 'MODEL_CIRCUIT_OPEN' });
}
