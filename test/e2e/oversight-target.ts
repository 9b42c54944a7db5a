/**
 * What the oversight browser test runs against. TEMPORARY: a stub that serves the real pages
 * and a fixture report, until the admin oversight API lands; then the real service.
 */
import type { Server } from 'node:http';
import express from 'express';
import { createPagesRouter } from '../../channels/web/pages';
import type { OversightReport } from '../../bots/oversight/report-types';
import { fixtureReport } from '../oversight/transparency-fixture';

/** A running service with the admin API on. */
export interface OversightTarget {
  baseUrl: string;
  token: string;
  /** The report the API answers with for the default window. */
  report(): Promise<OversightReport>;
  /** The CSV the API answers with for the default window. */
  csv(): Promise<string>;
  stop(): Promise<void>;
}

/** Starts the target on a free port. */
export async function startOversightTarget(): Promise<OversightTarget> {
  const token = 'oversight-admin-token-0123456789';
  const app = express();
  app.use('/api/admin', (req, res, next) => (req.get('authorization') === `Bearer ${token}` ? next() : res.status(401).json({ error: { code: 'UNAUTHORISED', message: 'no' } })));
  app.get('/api/admin/oversight', (_req, res) => res.json(fixtureReport()));
  app.get('/api/admin/oversight.csv', (_req, res) => res.type('text/csv').send('section,group\nall,all\n'));
  app.use(createPagesRouter());
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const get = (p: string) => fetch(baseUrl + p, { headers: { authorization: `Bearer ${token}` } });
  return {
    baseUrl,
    token,
    report: async () => (await (await get('/api/admin/oversight')).json()) as OversightReport,
    csv: async () => (await get('/api/admin/oversight.csv')).text(),
    stop: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
