/**
 * The admin API for data-protection requests: export and erase everything held about one
 * address, and the oversight figures. Machines send `Authorization: Bearer <ADMIN_TOKEN>`
 * (compared in constant time); people sign in to the console with the admin role.
 */
import express, { type RequestHandler, type Response, type Router } from 'express';
import { sendError } from '../../channels/web/http-errors';
import { eraseSubject, exportSubject, type SubjectDeps } from '../dp/subject-data';
import type { Logger } from '../logging/logger';
import { bearerGuard } from './bearer-guard';

/** What the admin router needs: the bearer token for machines, a staff guard for signed-in admins, or both. */
export interface AdminRouterOptions {
  token?: string;
  /** Admits a signed-in member of staff with the admin role (session, role and CSRF checked). */
  staffGuard?: RequestHandler;
  subjects: Omit<SubjectDeps, 'requestedBy'>;
  logger: Logger;
  /** Routes served behind the same token, e.g. the oversight figures (issue 9). */
  extra?: Router;
}

/** The /api/admin router. */
export function createAdminRouter(options: AdminRouterOptions): Router {
  const router = express.Router();
  const bearer = options.token ? bearerGuard({ token: options.token, what: 'admin', logger: options.logger }) : null;
  router.use((req, res, next) => {
    // A request carrying a bearer token is a machine's; anything else must be a signed-in admin.
    if (req.get('authorization') || !options.staffGuard) {
      if (bearer) return bearer(req, res, next);
      return sendError(res, 401, 'UNAUTHORISED', 'Sign in as an admin to use this.');
    }
    // Refusals still name the bearer scheme a machine could use; a signed-in admin's answer does not need it.
    res.set('WWW-Authenticate', 'Bearer');
    return options.staffGuard(req, res, (error?: unknown) => {
      res.removeHeader('WWW-Authenticate');
      next(error);
    });
  });
  // Audited as the signed-in admin's staff id, or as the admin API for a machine's token.
  const subjectsFor = (res: Response): SubjectDeps => {
    const staff = res.locals.staff as { staffId?: string } | undefined;
    return { ...options.subjects, requestedBy: staff?.staffId ?? 'admin-api' };
  };

  router.get('/subjects/:address/export', async (req, res) => {
    const address = String(req.params.address);
    res.json(await exportSubject(subjectsFor(res), address));
  });
  router.delete('/subjects/:address', async (req, res) => {
    const address = String(req.params.address);
    const report = await eraseSubject(subjectsFor(res), address);
    // The address itself stays out of the log: the reference ties this line to the audit entry.
    options.logger.info('data-protection erasure done', { reference: report.reference, deleted: report.deleted });
    res.json(report);
  });
  if (options.extra) router.use(options.extra);
  return router;
}
