/**
 * The express app: health and readiness, the channels' routers, static pages, and one
 * error handler that answers every failure with the stable JSON shape.
 */
import express, { type Express, type NextFunction, type Request, type Response, type Router } from 'express';
import { sendError } from '../../channels/web/http-errors';
import type { Logger } from '../logging/logger';

/** What the app is built from. */
export interface HttpAppOptions {
  logger: Logger;
  /** Resolves when the store answers; rejects otherwise. */
  ready: () => Promise<void>;
  /** Routers by mount path, e.g. { '/api/web': webRouter }. */
  routes: Record<string, Router>;
  /** Mounted last, for static pages. */
  pages?: Router;
}

/** Builds the express app. Body parsers live on each router, so signature checks that need raw bodies keep them. */
export function createHttpApp(options: HttpAppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await options.ready();
      res.json({ status: 'ready' });
    } catch (error) {
      options.logger.warn('readiness check failed', { error });
      sendError(res, 503, 'NOT_READY', 'The store is not reachable.');
    }
  });

  for (const [path, router] of Object.entries(options.routes)) app.use(path, router);
  if (options.pages) app.use(options.pages);

  app.use((_req, res) => sendError(res, 404, 'NOT_FOUND', 'There is nothing at this address.'));
  app.use((error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const status = httpStatusOf(error);
    if (status === 413) return sendError(res, 413, 'PAYLOAD_TOO_LARGE', 'The request is too large.');
    if (status === 400) return sendError(res, 400, 'INVALID_REQUEST', 'The request body could not be read. Send valid JSON.');
    if (status === 503) return sendError(res, 503, 'UNAVAILABLE', error instanceof Error ? error.message : 'Try again shortly.');
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
