/** GET /metrics: the Prometheus text format. */
import express, { type Router } from 'express';
import type { Registry } from 'prom-client';

/** A router answering GET / with the registry's metrics. */
export function createMetricsRouter(registry: Registry): Router {
  const router = express.Router();
  router.get('/', async (_req, res) => {
    res.type(registry.contentType).send(await registry.metrics());
  });
  return router;
}
