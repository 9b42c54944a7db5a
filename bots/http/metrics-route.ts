/** GET /metrics: the Prometheus text format, behind a bearer token when one is given. */
import express, { type Router } from 'express';
import type { Registry } from 'prom-client';
import type { Logger } from '../logging/logger';
import { bearerGuard } from './bearer-guard';

/** A router answering GET / with the registry's metrics; `token` requires `Authorization: Bearer <token>`. */
export function createMetricsRouter(registry: Registry, guard?: { token: string; logger: Logger }): Router {
  const router = express.Router();
  if (guard) router.use(bearerGuard({ token: guard.token, what: 'metrics', logger: guard.logger }));
  router.get('/', async (_req, res) => {
    res.type(registry.contentType).send(await registry.metrics());
  });
  return router;
}
