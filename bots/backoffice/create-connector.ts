/**
 * The service connector the engine runs: the back-office contract over HTTP when
 * BACKOFFICE_BASE_URL is set, else the same client answered in-process from the sandbox's demo
 * data. Calls feed /metrics when metrics are given.
 */
import type { Counter, Gauge, Histogram } from 'prom-client';
import type { Settings } from '../../config/settings';
import type { SandboxData, ServiceConnector } from '../../dialogs/types';
import { createBackOfficeClient, type BackOfficeSettings } from './backoffice-client';
import { createBackOfficeConnector } from './backoffice-connector';
import { SANDBOX_BACKOFFICE_URL, sandboxBackOfficeFetch } from './sandbox-backoffice';

/** The metrics back-office calls feed. */
export interface BackOfficeMetrics {
  backOfficeCalls: Counter<'operation' | 'outcome'>;
  backOfficeSeconds: Histogram<'operation'>;
  backOfficeCircuitOpen: Gauge<never>;
}

/** Builds the connector from settings (production and tests) or the demo data (the sandbox). */
export function createServiceConnector(settings: Settings, demoData: SandboxData, metrics?: BackOfficeMetrics): ServiceConnector {
  const sandbox: BackOfficeSettings = { baseUrl: SANDBOX_BACKOFFICE_URL, auth: { token: 'sandbox' }, timeoutMs: 5_000, maxRetries: 0, breakerThreshold: 1_000, breakerCooldownMs: 1_000 };
  const client = createBackOfficeClient(settings.backOffice ?? sandbox, {
    ...(settings.backOffice ? {} : { fetch: sandboxBackOfficeFetch(demoData) }),
    ...(metrics ? { onBreakerChange: (open: boolean) => metrics.backOfficeCircuitOpen.set(open ? 1 : 0) } : {}),
  });
  return createBackOfficeConnector(client, {
    ...(metrics
      ? {
          observe: (call) => {
            metrics.backOfficeCalls.inc({ operation: call.operation, outcome: call.outcome });
            if (call.outcome !== 'circuit-open') metrics.backOfficeSeconds.observe({ operation: call.operation }, call.ms / 1000);
          },
        }
      : {}),
  });
}
