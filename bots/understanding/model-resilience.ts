/**
 * Bounded retries inside a circuit breaker (cockatiel). The breaker counts failed turns, not
 * attempts, so one slow turn does not trip it; while it is open no call is made at all.
 */
import { ConsecutiveBreaker, ExponentialBackoff, circuitBreaker, handleAll, handleWhen, retry, wrap, type IPolicy } from 'cockatiel';
import { APIConnectionError, APIError } from 'openai';

/** Tuning for the policy. */
export interface ModelResilienceOptions {
  maxRetries: number;
  breakerThreshold: number;
  breakerCooldownMs: number;
  onBreakerChange?: (open: boolean) => void;
}

/** Worth another try: timeouts and lost connections, 408, 409, 429 and 5xx. */
function retryable(error: unknown): boolean {
  if (error instanceof APIConnectionError) return true;
  if (error instanceof APIError) {
    const status = error.status ?? 0;
    return status === 408 || status === 409 || status === 429 || status >= 500;
  }
  return false;
}

/** The policy every model call runs through. */
export function createModelPolicy(options: ModelResilienceOptions): IPolicy {
  const breaker = circuitBreaker(handleAll, { halfOpenAfter: options.breakerCooldownMs, breaker: new ConsecutiveBreaker(options.breakerThreshold) });
  breaker.onBreak(() => options.onBreakerChange?.(true));
  breaker.onReset(() => options.onBreakerChange?.(false));
  const retries = retry(handleWhen(retryable), { maxAttempts: options.maxRetries, backoff: new ExponentialBackoff({ initialDelay: 100, maxDelay: 500 }) });
  return wrap(breaker, retries);
}
