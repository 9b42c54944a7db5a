/**
 * The service as the fault suite runs it: the real pipeline with SMS on, the real Twilio SDK
 * pointed at the fake API, and the sandbox dialog engine (offline matcher, sandbox connector)
 * on a pinned clock, so the reference run and the faulty run give the same answers.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { demoData, feedbackContent, flows, knowledgeArticles, replies } from '../../config/content';
import { loadSettings, type Settings } from '../../config/settings';
import { createDialogEngine } from '../../dialogs/engine';
import { createSandboxConnector } from '../../dialogs/sandbox-connector';
import { createOfflineMatcher } from '../../dialogs/understanding/offline-matcher';
import { createMemoryLogger } from '../../bots/logging/memory-logger';
import type { DialogEngine } from '../../bots/pipeline/engine-port';
import { createService, type Service } from '../../bots/service';
import type { Store } from '../../bots/store/port';
import { benchEnv } from '../sms-traffic';

/** A Wednesday morning in London (GMT): the council is open, so handoffs read the same in every run. */
const PINNED_START = Date.parse('2026-03-04T10:30:00Z');

/** A clock that starts at the pinned time when created and then runs in real time. */
export function pinnedClock(): () => Date {
  const started = performance.now();
  return () => new Date(PINNED_START + (performance.now() - started));
}

/** Timings for the service under test. */
export interface ChaosTimings {
  /** The Twilio SDK's per-call timeout. */
  twilioTimeoutMs: number;
  outboxBaseDelayMs: number;
  outboxMaxDelayMs: number;
}

/** Settings for a fault-suite service: the bench's Twilio identity, burst window off, rate limit out of the way. */
export function chaosSettings(apiUrl: string, timings: ChaosTimings): Settings {
  // Each text is its own turn (no burst window), as in the reference run; bursts are a different test.
  return loadSettings(
    benchEnv(apiUrl, {
      TWILIO_TIMEOUT_MS: String(timings.twilioTimeoutMs),
      OUTBOX_BASE_DELAY_MS: String(timings.outboxBaseDelayMs),
      OUTBOX_MAX_DELAY_MS: String(timings.outboxMaxDelayMs),
    }),
  );
}

/** The sandbox engine (as bots/dialog-wiring.ts builds it without a model key: the offline matcher), its dates from `clock`. */
export function sandboxEngine(settings: Settings, clock: () => Date): DialogEngine {
  return createDialogEngine({
    flows,
    articles: knowledgeArticles,
    understander: createOfflineMatcher({ flows, articles: knowledgeArticles }),
    connector: createSandboxConnector(demoData, { now: clock }),
    replies,
    maxReprompts: settings.dialog.maxReprompts,
    maxUnsure: settings.dialog.maxUnsure,
    feedback: feedbackContent,
  });
}

/** A service listening on a port of its own, and a way to make it vanish without a graceful stop. */
export interface RunningService {
  service: Service;
  port: number;
  /** Closes the HTTP server only: nothing is flushed, as when a process dies. */
  crash(): Promise<void>;
}

/** Builds and starts a fault-suite service on `store`. */
export async function startChaosService(options: { settings: Settings; store: Store; clock: () => Date; engine: DialogEngine; worker: 'normal' | 'commit-only' }): Promise<RunningService> {
  const commitOnly = options.worker === 'commit-only';
  const service = await createService({
    settings: options.settings,
    store: options.store,
    clock: options.clock,
    engine: options.engine,
    logger: createMemoryLogger({ level: 'error' }),
    // A commit-only worker commits turns and their replies, then is stopped before sending any.
    ...(commitOnly ? { deliverAfterCommit: false, backgroundTimers: false } : {}),
  });
  const server = http.createServer(service.app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    service,
    port: (server.address() as AddressInfo).port,
    crash: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
