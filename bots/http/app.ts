/**
 * The express app: security headers on every response, health and readiness, the channels'
 * routers, static pages, and one error handler that answers every failure with the stable
 * JSON shape (a client's mistake gets its 4xx, never a 500).
 */
import express, { type Express, type NextFunction, type Request, type Response, type Router } from 'express';
import helmet from 'helmet';
import { sendError } from '../../channels/web/http-errors';
import type { Logger } from '../logging/logger';
import type { Readiness } from './readiness';

/** What the app is built from. */
export interface HttpAppOptions {
  logger: Logger;
  readiness: Readiness;
  /** Routers by mount path, e.g. { '/api/web': webRouter }. */
  routes: Record<string, Router>;
  /** Mounted last, for static pages. */
  pages?: Router;
  /** HSTS is sent only when people reach the service over https. */
  httpsOnly: boolean;
  /** express's `trust proxy`: which proxies to believe about the caller's address (per-address limits depend on it). */
  trustProxy: number | boolean | string;
}

/** Pages load only their own scripts and styles and talk only to this service; nobody may frame them. */
const CONTENT_SECURITY_POLICY = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
};

/** Client errors by status: the code and message every endpoint answers with. */
const CLIENT_ERRORS: Record<number, { code: string; message: string }> = {
  400: { code: 'INVALID_REQUEST', message: 'The request body could not be read. Send valid JSON.' },
  413: { code: 'PAYLOAD_TOO_LARGE', message: 'The request is too large.' },
  415: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'The request body uses a character set or encoding this service does not accept. Send UTF-8, uncompressed or gzip.' },
};

/** Builds the express app. Body parsers live on each router, so signature checks that need raw bodies keep them. */
export function createHttpApp(options: HttpAppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy);
  app.use(
    helmet({
      contentSecurityPolicy: CONTENT_SECURITY_POLICY,
      referrerPolicy: { policy: 'no-referrer' },
      strictTransportSecurity: options.httpsOnly ? { maxAge: 31_536_000, includeSubDomains: true } : false,
      crossOriginEmbedderPolicy: false,
    }),
  );

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const report = await options.readiness.report();
    if (report.ready) return res.json({ status: 'ready', checks: report.checks });
    options.logger.warn('readiness check failed', { checks: report.checks });
    res.status(503).json({ error: { code: 'NOT_READY', message: 'The service is not ready: see checks.' }, checks: report.checks });
  });

  // Every API answer is about a conversation, a ticket or a person: never kept in any cache on the way.
  app.use('/api', (_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  for (const [path, router] of Object.entries(options.routes)) app.use(path, router);
  if (options.pages) app.use(options.pages);

  app.use((_req, res) => sendError(res, 404, 'NOT_FOUND', 'There is nothing at this address.'));
  app.use((error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const status = httpStatusOf(error);
    if (status === 503) return sendError(res, 503, 'UNAVAILABLE', error instanceof Error ? error.message : 'Try again shortly.');
    if (status >= 400 && status < 500) {
      const known = CLIENT_ERRORS[status] ?? { code: 'BAD_REQUEST', message: 'The request could not be accepted.' };
      return sendError(res, status, known.code, known.message);
    }
    options.logger.error('request failed', { error, method: req.method, path: req.path });
    sendError(res, 500, 'INTERNAL', 'Something went wrong on our side. Nothing you sent has been lost; please try again.');
  });
  return app;
}

/** The HTTP status an error asks for: body-parser sets `status`, our closing error has a code. */
function httpStatusOf(error: unknown): number {
  if (typeof error !== 'object' || error === null) return 500;
  const { status, code } = error as { status?: unknown; code?: unknown };
  if (code === 'SERVICE_CLOSING' || code === 'LEASE_TIMEOUT') return 503;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : 500;
}
