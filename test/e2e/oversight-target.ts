/**
 * What the oversight browser test runs against: the whole service on the embedded store with
 * the admin API on and eight weeks of seeded demo history (audit events only), so the page has
 * real figures, withheld cells and, with a tight fairness margin, flags to show.
 */
import { createService, type Service } from '../../bots/service';
import type { OversightReport } from '../../bots/oversight/report-types';
import { loadSettings } from '../../config/settings';

/** A running service with the admin API on. */
export interface OversightTarget {
  service: Service;
  baseUrl: string;
  token: string;
  /** The report the API answers with for the default window. */
  report(): Promise<OversightReport>;
  /** The CSV the API answers with, for the default window or the query given ("?from=…&to=…"). */
  csv(query?: string): Promise<string>;
  stop(): Promise<void>;
}

/** Starts the service on a free port. */
export async function startOversightTarget(env: Record<string, string> = {}): Promise<OversightTarget> {
  const token = 'oversight-admin-token-0123456789';
  const settings = loadSettings({
    PORT: '0', NODE_ENV: 'test', LOG_LEVEL: 'error', ADMIN_TOKEN: token, DEMO_HISTORY_WEEKS: '8',
    // Tight enough that the demo's small differences between groups raise flags for the page to show.
    OVERSIGHT_FAIRNESS_MARGIN: '0.01',
    ...env,
  });
  const service = await createService({ settings, backgroundTimers: false });
  const { port } = await service.start(0);
  const baseUrl = `http://localhost:${port}`;
  const get = async (path: string) => {
    const response = await fetch(baseUrl + path, { headers: { authorization: `Bearer ${token}` } });
    if (!response.ok) throw new Error(`${path} answered ${response.status}`);
    return response;
  };
  return {
    service,
    baseUrl,
    token,
    report: async () => (await (await get('/api/admin/oversight')).json()) as OversightReport,
    csv: async (query = '') => (await get(`/api/admin/oversight.csv${query}`)).text(),
    stop: () => service.stop(),
  };
}
