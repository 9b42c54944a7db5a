/**
 * The admin API for data-protection requests: export and erase everything held about one
 * address. Mounted at /api/admin only when ADMIN_TOKEN is set; every request needs
 * `Authorization: Bearer <ADMIN_TOKEN>`, compared in constant time.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { sendError } from '../../channels/web/http-errors';
import { eraseSubject, exportSubject, type SubjectDeps } from '../dp/subject-data';
import type { Logger } from '../logging/logger';

/** What the admin router needs. */
export interface AdminRouterOptions {
  token: string;
  subjects: Omit<SubjectDeps, 'requestedBy'>;
  logger: Logger;
  /** Routes served behind the same token, e.g. the oversight figures (issue 9). */
  extra?: Router;
}

/** True when `given` equals `expected`; hashing first makes the comparison constant-time whatever the lengths. */
export function tokensMatch(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** The /api/admin router. */
export function createAdminRouter(options: AdminRouterOptions): Router {
  const router = express.Router();
  router.use((req: Request, res: Response, next: NextFunction) => {
    const header = req.get('authorization') ?? '';
    const match = /^Bearer (.+)$/i.exec(header);
    if (!match?.[1] || !tokensMatch(match[1].trim(), options.token)) {
      options.logger.warn('admin API request refused: missing or wrong bearer token', { method: req.method, path: req.baseUrl });
      res.set('WWW-Authenticate', 'Bearer');
      return sendError(res, 401, 'UNAUTHORISED', 'Send the admin token as "Authorization: Bearer <token>".');
    }
    // Answers name a person: never cache them anywhere on the way back.
    res.set('Cache-Control', 'no-store');
    next();
  });
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
