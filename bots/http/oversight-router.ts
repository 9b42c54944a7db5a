/**
 * The oversight API (issue 9): GET /oversight answers the OversightReport as JSON, and
 * GET /oversight.csv (or /oversight?format=csv) the group tables as CSV. Mounted inside the
 * admin router, so the bearer token is checked before anything here runs.
 */
import express, { type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import { sendError } from '../../channels/web/http-errors';
import { addDays } from '../oversight/demand';
import { oversightCsv } from '../oversight/csv';
import { defaultWindow, oversightReport, type OversightDeps, type OversightWindow } from '../oversight/oversight-service';

/** The longest window one request may ask for, in days: a year and a day covers a leap year. */
export const MAX_WINDOW_DAYS = 366;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date as YYYY-MM-DD' })
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), { error: 'must be a real calendar date' });

const query = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    format: z.enum(['json', 'csv'], { error: 'must be json or csv' }).optional(),
  })
  .strict();

/** The window asked for, filling a missing end from the other (or from today), or the problems with it. */
function windowFrom(parsed: z.output<typeof query>, now: Date): OversightWindow | string {
  const today = defaultWindow(now).to;
  // Only `from`: 28 days from it, stopping at today. Only `to`: the 28 days ending there.
  const fourWeeksOn = parsed.from ? addDays(parsed.from, 27) : today;
  const to = parsed.to ?? (fourWeeksOn < today ? fourWeeksOn : today);
  const from = parsed.from ?? addDays(to, -27);
  if (from > to) return 'from must not be after to';
  if (addDays(from, MAX_WINDOW_DAYS - 1) < to) return `the window may cover at most ${MAX_WINDOW_DAYS} days`;
  return { from, to };
}

/** The oversight routes, for mounting under /api/admin. */
export function createOversightRouter(deps: OversightDeps): Router {
  const router = express.Router();
  const answer = (csv: boolean) => async (req: Request, res: Response) => {
    const parsed = query.safeParse(req.query);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message));
      return sendError(res, 400, 'BAD_QUERY', `Check the query: ${problems.join('; ')}. Use from and to as YYYY-MM-DD (London days, both included).`);
    }
    const window = windowFrom(parsed.data, deps.clock());
    if (typeof window === 'string') return sendError(res, 400, 'BAD_WINDOW', `Check the window: ${window}.`);
    const report = await oversightReport(deps, window);
    if (csv || parsed.data.format === 'csv') {
      res.type('text/csv; charset=utf-8');
      res.attachment(`oversight-${window.from}-to-${window.to}.csv`);
      return res.send(oversightCsv(report));
    }
    res.json(report);
  };
  router.get('/oversight.csv', answer(true));
  router.get('/oversight', answer(false));
  return router;
}
