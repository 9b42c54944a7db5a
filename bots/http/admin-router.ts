/**
 * The admin API for data-protection requests: export and erase everything held about one
 * address. Mounted at /api/admin only when ADMIN_TOKEN is set; every request needs
 * `Authorization: Bearer <ADMIN_TOKEN>`, compared in constant time.
 */
import express, { type Router } from 'express';
import { eraseSubject, exportSubject, type SubjectDeps } from '../dp/subject-data';
import type { Logger } from '../logging/logger';
import { bearerGuard } from './bearer-guard';

/** What the admin router needs. */
export interface AdminRouterOptions {
  token: string;
  subjects: Omit<SubjectDeps, 'requestedBy'>;
  logger: Logger;
  /** Routes served behind the same token, e.g. the oversight figures (issue 9). */
  extra?: Router;
}

/** The /api/admin router. */
export function createAdminRouter(options: AdminRouterOptions): Router {
  const router = express.Router();
  router.use(bearerGuard({ token: options.token, what: 'admin', logger: options.logger }));
  const subjects: SubjectDeps = { ...options.subjects, requestedBy: 'admin-api' };

  router.get('/subjects/:address/export', async (req, res) => {
    const address = String(req.params.address);
    res.json(await exportSubject(subjects, address));
  });
  router.delete('/subjects/:address', async (req, res) => {
    const address = String(req.params.address);
    const report = await eraseSubject(subjects, address);
    // The address itself stays out of the log: the reference ties this line to the audit entry.
    options.logger.info('data-protection erasure done', { reference: report.reference, deleted: report.deleted });
    res.json(report);
  });
  if (options.extra) router.use(options.extra);
  return router;
}
