/**
 * The HTTP client for the back-office contract (config/backoffice.openapi.yaml): JSON over
 * HTTPS with a bearer token, a timeout on every call, bounded retries for reads only (a report
 * is never sent twice by us; its Idempotency-Key makes the council's side safe anyway), all
 * under a circuit breaker. Answers are checked against the contract: anything else is treated
 * as the system being unavailable, so nothing is ever invented for a citizen.
 */
import { z } from 'zod';
import { CircuitOpenError, createRetryBreaker, type RetryBreaker } from '../resilience/retry-breaker';
import { authorizationSource, type AuthorizationSource, type BackOfficeAuth } from './backoffice-auth';

/** Where the back office is and how to call it (settings `backOffice`). */
export interface BackOfficeSettings {
  baseUrl: string;
  auth: BackOfficeAuth;
  timeoutMs: number;
  maxRetries: number;
  breakerThreshold: number;
  breakerCooldownMs: number;
}

/** What a call came to: the answer, a "no such thing" (404/422), or the system being unavailable. */
export type CallOutcome<T> = { kind: 'ok'; body: T } | { kind: 'no-match'; status: number } | { kind: 'unavailable'; reason: 'timeout' | 'error' | 'circuit-open' | 'bad-answer' };

/** A failure worth a retry and counted by the breaker. */
class BackOfficeUnavailable extends Error {
  override readonly name = 'BackOfficeUnavailable';
  constructor(readonly reason: 'timeout' | 'error' | 'bad-answer', message: string, readonly retryable: boolean) {
    super(message);
  }
}

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const money = z.string().regex(/^-?\d+\.\d{2}$/);
const missedCollection = z.object({ reference: z.string().min(1).max(64), collectBy: date });
const councilTaxAccount = z.object({ balance: money, currency: z.literal('GBP'), nextPaymentDue: date, nextPaymentAmount: money });
const application = z.object({ type: z.literal('blue-badge'), status: z.enum(['received', 'in-review', 'approved', 'refused', 'sent']), updatedAt: date });

/** The contract's answers, as the client returns them. */
export type MissedCollectionAnswer = z.infer<typeof missedCollection>;
export type CouncilTaxAnswer = z.infer<typeof councilTaxAccount>;
export type ApplicationAnswer = z.infer<typeof application>;

/** The three operations of the contract. */
export interface BackOfficeClient {
  reportMissedCollection(report: { postcode: string; house: string; binType: string; collectionDate: string }, idempotencyKey: string): Promise<CallOutcome<MissedCollectionAnswer>>;
  councilTaxAccount(account: string, postcode: string): Promise<CallOutcome<CouncilTaxAnswer>>;
  application(reference: string, postcode: string): Promise<CallOutcome<ApplicationAnswer>>;
  readonly breakerOpen: boolean;
}

/** Creates the client; `fetch` is replaceable so the sandbox can answer in-process. */
export function createBackOfficeClient(settings: BackOfficeSettings, options: { fetch?: typeof fetch; onBreakerChange?: (open: boolean) => void; retryDelayMs?: number } = {}): BackOfficeClient {
  const send = options.fetch ?? fetch;
  const authorization: AuthorizationSource = authorizationSource(settings.auth);
  const policy: RetryBreaker = createRetryBreaker({
    maxRetries: settings.maxRetries,
    breakerThreshold: settings.breakerThreshold,
    breakerCooldownMs: settings.breakerCooldownMs,
    retryable: (error) => error instanceof BackOfficeUnavailable && error.retryable,
    openCode: 'BACKOFFICE_CIRCUIT_OPEN',
    ...(options.onBreakerChange ? { onBreakerChange: options.onBreakerChange } : {}),
    ...(options.retryDelayMs !== undefined ? { retryDelayMs: options.retryDelayMs } : {}),
  });
  const base = settings.baseUrl.replace(/\/+$/, '');

  const call = async <T>(request: { method: 'GET' | 'POST'; path: string; body?: unknown; headers?: Record<string, string> }, schema: z.ZodType<T>, noMatch: readonly number[]): Promise<CallOutcome<T>> => {
    const attempt = async (): Promise<CallOutcome<T>> => {
      let response: Response;
      const started = Date.now();
      try {
        response = await send(`${base}${request.path}`, {
          method: request.method,
          headers: { accept: 'application/json', authorization: await authorization(), ...(request.body ? { 'content-type': 'application/json' } : {}), ...request.headers },
          ...(request.body ? { body: JSON.stringify(request.body) } : {}),
          signal: AbortSignal.timeout(settings.timeoutMs),
        });
      } catch (error) {
        // By name, not instanceof: the abort is a DOMException from another realm under some runners.
        const name = (error as { name?: unknown } | null)?.name;
        const timedOut = name === 'TimeoutError' || name === 'AbortError' || Date.now() - started >= settings.timeoutMs;
        throw new BackOfficeUnavailable(timedOut ? 'timeout' : 'error', timedOut ? `no answer within ${settings.timeoutMs} ms` : 'could not connect', true);
      }
      if (noMatch.includes(response.status)) return { kind: 'no-match', status: response.status };
      if (response.status === 429 || response.status >= 500) throw new BackOfficeUnavailable('error', `answered ${response.status}`, true);
      if (!response.ok) throw new BackOfficeUnavailable('error', `answered ${response.status}`, false);
      const parsed = schema.safeParse(await response.json().catch(() => undefined));
      if (!parsed.success) throw new BackOfficeUnavailable('bad-answer', 'answered outside the contract', false);
      return { kind: 'ok', body: parsed.data };
    };
    try {
      return await policy.execute(attempt, { retries: request.method === 'GET' ? settings.maxRetries : 0 });
    } catch (error) {
      if (error instanceof CircuitOpenError) return { kind: 'unavailable', reason: 'circuit-open' };
      if (error instanceof BackOfficeUnavailable) return { kind: 'unavailable', reason: error.reason };
      return { kind: 'unavailable', reason: 'error' };
    }
  };

  const query = (postcode: string) => `?${new URLSearchParams({ postcode })}`;
  return {
    get breakerOpen() {
      return policy.open;
    },
    reportMissedCollection: (report, idempotencyKey) => call({ method: 'POST', path: '/missed-collections', body: report, headers: { 'idempotency-key': idempotencyKey } }, missedCollection, [404, 422]),
    councilTaxAccount: (account, postcode) => call({ method: 'GET', path: `/council-tax/accounts/${encodeURIComponent(account)}${query(postcode)}` }, councilTaxAccount, [404]),
    application: (reference, postcode) => call({ method: 'GET', path: `/applications/${encodeURIComponent(reference)}${query(postcode)}` }, application, [404]),
  };
}
