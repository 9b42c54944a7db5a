/**
 * A bearer-token gate for machine endpoints (the admin API, /metrics): a constant-time check,
 * and an address that keeps sending wrong tokens is refused for a while, so the token cannot
 * be guessed by trying.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { sendError } from '../../channels/web/http-errors';
import type { Logger } from '../logging/logger';

/** Wrong tokens one address may send per window before it is refused. */
const FAILURES_ALLOWED = 10;
const FAILURE_WINDOW_SECONDS = 15 * 60;

/** True when `given` equals `expected`; hashing first makes the comparison constant-time whatever the lengths. */
export function tokensMatch(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** Middleware admitting only `Authorization: Bearer <token>`; `what` names the gate in logs. */
export function bearerGuard(options: { token: string; what: string; logger: Logger }): RequestHandler {
  const failures = new RateLimiterMemory({ keyPrefix: `bearer-${options.what}`, points: FAILURES_ALLOWED, duration: FAILURE_WINDOW_SECONDS });
  return async (req: Request, res: Response, next: NextFunction) => {
    const client = req.ip ?? 'unknown';
    const blocked = await failures.get(client);
    if (blocked && blocked.consumedPoints >= FAILURES_ALLOWED) {
      res.set('Retry-After', String(Math.ceil(blocked.msBeforeNext / 1000)));
      return sendError(res, 429, 'TOO_MANY_FAILURES', 'Too many wrong tokens from this address. Try again later.');
    }
    const match = /^Bearer (.+)$/i.exec(req.get('authorization') ?? '');
    if (match?.[1] && tokensMatch(match[1].trim(), options.token)) return next();
    await failures.consume(client).catch((error: unknown) => {
      if (!(error instanceof RateLimiterRes)) throw error;
    });
    options.logger.warn(`${options.what} request refused: missing or wrong bearer token`, { method: req.method, path: req.baseUrl });
    res.set('WWW-Authenticate', 'Bearer');
    sendError(res, 401, 'UNAUTHORISED', `Send the ${options.what} token as "Authorization: Bearer <token>".`);
  };
}
