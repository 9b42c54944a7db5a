/**
 * The composition root: joins config, channels, dialogs and infrastructure into a running
 * service. The same wiring runs in the sandbox and in production; channels switch on when
 * their secrets are present.
 */
import { createMetrics, outboxObserver, pipelineObserver, storeSamples } from './metrics';
import { createMetricsRouter } from './http/metrics-route';
import { modelMetricsObserver } from './understanding/model-metrics';
import type { Server } from 'node:http';
import type { Express, Response, Router } from 'express';
import { createConsoleDesk, createConsoleRouter, type ConsoleStaff } from '../channels/web/console';
import { staffOn } from './http/staff-auth';
import { createStaffAccess, type StaffAccess } from './staff/staff-access';
import { createPagesRouter } from '../channels/web/pages';
import { SseHub } from '../channels/web/sse-hub';
import { createWebChatAdapter, createWebChatRouter } from '../channels/web/web-chat';
import { missingProductionCredentials } from '../channels/teams/teams-config';
import { createTeamsChannel } from '../channels/teams/teams-channel';
import { createSlackDesk } from '../channels/slack/slack-desk';
import { createSlackUrlCheck } from '../channels/slack/url-check';
import { createSmsChannel, SMS_PATH } from '../channels/sms/sms-channel';
import { createDeliveryStatusRecorder } from './outbox/delivery-status';
import { teamsWelcome } from '../config/content/teams';
import type { ChannelAdapter, ChannelMemory, ChannelName } from '../channels/types';
import { createChannelMemory } from './channel-memory';
import { channelMemoryConsent } from './pipeline/contact-consent';
import type { DeskPort } from '../channels/desk-types';
import { businessHours } from '../config/content/business-hours';
import type { Settings } from '../config/settings';
import { HandoffService } from './desk/handoff-service';
import { fanOutDesk } from './desk/fan-out-desk';
import { SlaMonitor } from './desk/sla-monitor';
import { createDialogEngineFromContent } from './dialog-wiring';
import { ServiceEventBus } from './events';
import { createHttpApp } from './http/app';
import { Readiness } from './http/readiness';
import { watchChannel } from './http/channel-watch';
import express from 'express';
import type { Registry } from 'prom-client';
import type { Logger } from './logging/logger';
import { createWinstonLogger } from './logging/winston-logger';
import { OutboxWorker } from './outbox/outbox-worker';
import { ConversationLeases } from './pipeline/conversation-lease';
import type { DialogEngine } from './pipeline/engine-port';
import type { Committed } from './pipeline/records';
import { TurnPipeline } from './pipeline/turn-pipeline';
import { TurnProcessor } from './pipeline/turn-processor';
import { createEmbeddedStore } from './store/embedded-store';
import { createMongoStore } from './store/mongo-store';
import { configureRetention } from './store/retention';
import { createAdminRouter } from './http/admin-router';
import { createOversightRouter } from './http/oversight-router';
import { INDEXES } from './store/indexes';
import type { Store } from './store/port';
import type { IndexChange } from './store/index-plan';
import { createChatHistory, createDecisionFeed, createTranscriptFeed } from './views';
import { createChatSessions } from './web-chat-sessions';
import { seedDemoHistory } from './oversight/demo-history';

/** How long an idle keep-alive connection stays open. */
const KEEP_ALIVE_MS = 65_000;

/** What a service is built from; everything but settings has a sandbox default. */
export interface ServiceOptions {
  settings: Settings;
  logger?: Logger;
  store?: Store;
  clock?: () => Date;
  engine?: DialogEngine;
  /** Extra or replacement channel senders (tests use this to watch deliveries). */
  channels?: Partial<Record<ChannelName, ChannelAdapter>>;
  /** The agent desk; the web console by default. */
  desk?: DeskPort;
  /** Background timers (outbox poll, sweeper, SLA); tests may drive these by hand. */
  backgroundTimers?: boolean;
  /** Deliver the outbox right after each commit (default). Tests turn it off to simulate a crash before sending. */
  deliverAfterCommit?: boolean;
}

/** A running (or ready to run) service. */
export interface Service {
  app: Express;
  store: Store;
  pipeline: TurnPipeline;
  outbox: OutboxWorker;
  handoff: HandoffService;
  sla: SlaMonitor;
  events: ServiceEventBus;
  /** Staff sign-in (absent when STAFF_CONSOLE=off). */
  staff: StaffAccess | null;
  /** Facts channels keep per conversation (see ChannelMemory). */
  memory: ChannelMemory;
  /** Listens on the port (0 picks a free one); resolves with the port in use. */
  start(port?: number): Promise<{ port: number }>;
  /** Graceful shutdown: stop accepting, finish turns in flight, flush the outbox, close the store. */
  stop(): Promise<void>;
}

/** Builds the service from settings. */
export async function createService(options: ServiceOptions): Promise<Service> {
  const { settings } = options;
  const logger = options.logger ?? createWinstonLogger({ level: settings.logLevel, json: settings.nodeEnv === 'production' });
  const clock = options.clock ?? (() => new Date());
  configureRetention(settings.retention);
  const store = options.store ?? (await createConfiguredStore(settings, clock, logger));
  logIndexChanges(await store.ensureIndexes(INDEXES), logger, Boolean(options.store || settings.mongodbUri));
  // Sandbox demo history (issue 9): only into an embedded store this service made itself, never MongoDB.
  if (settings.demoHistoryWeeks > 0 && !options.store && !settings.mongodbUri) {
    const started = performance.now();
    const seeded = await seedDemoHistory(store, { now: clock(), weeks: settings.demoHistoryWeeks });
    logger.info('demo history seeded', { weeks: settings.demoHistoryWeeks, audits: seeded.audits, skipped: seeded.skipped, ms: Math.round(performance.now() - started) });
  }

  const metrics = createMetrics(storeSamples(store, clock));
  const events = new ServiceEventBus();
  const memory = createChannelMemory(store, clock);
  const hub = new SseHub();
  const readiness = new Readiness(() => store.ping());
  /** Stops the background connection checks of channels that could not connect at start-up. */
  const watchers: (() => void)[] = [];
  const engine = options.engine ?? createDialogEngineFromContent(settings, { logger, modelObserver: modelMetricsObserver(metrics), backOfficeMetrics: metrics });
  const leases = new ConversationLeases(store, settings.lease.ttlMs, clock);
  const channels: Partial<Record<ChannelName, ChannelAdapter>> = { web: createWebChatAdapter(hub, clock), ...options.channels };
  // Desk events go to every desk: the console (or the test's desk), and Slack when it is configured below.
  const desks: DeskPort[] = [options.desk ?? createConsoleDesk(hub)];
  const outbox = new OutboxWorker({ store, channels, desk: fanOutDesk(desks), logger, clock, retry: settings.outbox, observe: outboxObserver(metrics) });
  const deliver = options.deliverAfterCommit !== false;
  const onCommitted = (committed: Committed) => {
    if (deliver && committed.outboxCount > 0) void outbox.kick(committed.conversationId);
    for (const line of committed.lines) events.emit('transcript', line);
  };
  // The feedback question is never sent to an SMS number that opted out.
  const consent = channelMemoryConsent(memory, clock);
  const processor = new TurnProcessor({ store, engine, logger, businessHours, handoff: settings.handoff, consent });
  const pipeline = new TurnPipeline({ store, processor, leases, logger, events, clock, onCommitted, observe: pipelineObserver(metrics) });
  const handoff = new HandoffService({ store, leases, engine, clock, onCommitted, consent });
  const sla = new SlaMonitor({ store, leases, clock, logger, slaMinutes: settings.handoff.slaMinutes, onCommitted });

  const bodyLimit = settings.http.bodyLimit;
  const routes: Record<string, Router> = {
    '/api/web': createWebChatRouter({
      sink: pipeline,
      history: createChatHistory(store),
      hub,
      sessions: createChatSessions(store, clock),
      limits: settings.webChat,
      bodyLimit,
      secureCookies: settings.publicBaseUrl?.startsWith('https://') ?? false,
      now: clock,
    }),
  };
  const staff = settings.staff.console ? createStaffAccess({ settings, store, clock, logger }) : null;
  if (staff) {
    Object.assign(routes, staff.routes);
    const consoleApi = createConsoleRouter({ desk: handoff, decisions: createDecisionFeed(store, events), transcripts: createTranscriptFeed(events), hub, bodyLimit, staffOf: consoleStaffOf });
    routes['/api/console'] = express.Router().use(staff.requireRole('agent'), consoleApi);
  } else {
    logger.info('agent console off (STAFF_CONSOLE=off): agents work in Slack');
  }
  // Teams: emulator mode in development; production never serves /api/messages unauthenticated.
  if (settings.nodeEnv === 'production' && !settings.microsoft.appId) {
    logger.warn('Teams channel off: it needs credentials in production', { missing: missingProductionCredentials(settings.microsoft) });
  } else {
    const teams = createTeamsChannel({ config: settings.microsoft, nodeEnv: settings.nodeEnv, sink: pipeline, memory, logger, bodyLimit, welcome: teamsWelcome, clock });
    channels.teams ??= teams.adapter;
    routes['/api/messages'] = teams.router;
  }
  // SMS: on when the Twilio settings are present (settings guarantee PUBLIC_BASE_URL with them).
  if (settings.twilio && settings.publicBaseUrl) {
    const statusSink = createDeliveryStatusRecorder({ store, clock, logger, onCommitted });
    const sms = createSmsChannel({ twilio: settings.twilio, publicBaseUrl: settings.publicBaseUrl, sms: settings.sms, sink: pipeline, memory, statusSink, logger, bodyLimit, clock });
    channels.sms ??= sms.adapter;
    routes[SMS_PATH] = sms.router;
    watchers.push(watchChannel({ channel: 'sms', check: () => sms.verify(), readiness, logger, reasonOf: twilioReason }));
    logger.info('SMS channel on', { webhook: `${settings.publicBaseUrl}${SMS_PATH}`, apiBaseUrl: settings.twilio.apiBaseUrl ?? 'default' });
  }
  if (settings.adminToken || staff) {
    const oversight = createOversightRouter({ store, clock, settings: settings.oversight });
    routes['/api/admin'] = createAdminRouter({
      ...(settings.adminToken ? { token: settings.adminToken } : {}),
      ...(staff ? { staffGuard: staff.requireRole('admin') } : {}),
      subjects: { store, clock, leases },
      logger,
      extra: oversight,
    });
  } else {
    logger.info('admin API off (404): set ADMIN_TOKEN (or turn the console on) to enable subject export and erasure at /api/admin');
  }
  // Slack: the agent desk beside the console, so the sandbox console keeps working. Its router
  // matches the full path /api/slack/events itself and reads its own raw body, so it is mounted at the root.
  if (settings.slackUrlCheck) {
    routes['/'] = createSlackUrlCheck({ signingSecret: settings.slackUrlCheck.signingSecret, bodyLimit });
    readiness.set('slack', { ready: false, reason: 'only the signing secret is set: answering Slack’s URL check until SLACK_BOT_TOKEN and SLACK_HANDOFF_CHANNEL are added' });
    logger.warn('Slack desk not running yet: answering Slack’s URL check only (set SLACK_BOT_TOKEN and SLACK_HANDOFF_CHANNEL once Slack shows the token)');
  }
  if (settings.slack) {
    const slack = createSlackDesk({ config: settings.slack, actions: handoff, memory, logger, bodyLimit, clock });
    desks.push(slack.desk);
    routes['/'] = slack.router;
    watchers.push(watchChannel({ channel: 'slack', check: () => slack.verify(), readiness, logger, reasonOf: slackReason }));
  }
  const metricsApp = mountMetrics(settings, routes, metrics.registry, logger);
  const app = createHttpApp({ logger, readiness, routes, pages: createPagesRouter(staff ? { consoleGuard: staff.pageGuard } : { consoleGuard: null }), httpsOnly: settings.publicBaseUrl?.startsWith('https://') ?? false, trustProxy: settings.http.trustProxy });

  const timers: NodeJS.Timeout[] = [];
  if (settings.nodeEnv === 'production' && !settings.mongodbUri) {
    // Allowed only for evaluation (ALLOW_EMBEDDED_STORE): say so at start and every hour, so nobody forgets.
    const warn = () => logger.warn('store: in memory (ALLOW_EMBEDDED_STORE=true): every message, ticket and reply is lost on restart; set MONGODB_URI before going live');
    warn();
    const hourly = setInterval(warn, 3_600_000);
    hourly.unref();
    timers.push(hourly);
  }
  if (options.backgroundTimers !== false) {
    outbox.start();
    sla.start();
    const sweeper = setInterval(() => void pipeline.sweep().catch((error) => logger.error('inbound sweep failed', { error })), 5_000);
    sweeper.unref();
    timers.push(sweeper);
  }

  let server: Server | null = null;
  let metricsServer: Server | null = null;
  return {
    app,
    store,
    pipeline,
    outbox,
    handoff,
    sla,
    events,
    staff,
    memory,
    start(port = settings.port) {
      return new Promise((resolve, reject) => {
        const listening = app.listen(port, () => {
          const address = listening.address();
          const inUse = typeof address === 'object' && address ? address.port : port;
          staff?.listening(inUse);
          resolve({ port: inUse });
        });
        listening.once('error', reject);
        // Idle keep-alive connections stay open longer than providers' and load balancers'
        // (60 s is common): closing first races a request the other side is already sending on
        // that connection, which it then sees as a reset (the bench saw a few at 500 texts/s).
        listening.keepAliveTimeout = KEEP_ALIVE_MS;
        listening.headersTimeout = KEEP_ALIVE_MS + 1_000;
        server = listening;
        if (metricsApp && settings.metrics.port) metricsServer = metricsApp.listen(settings.metrics.port);
      });
    },
    async stop() {
      readiness.startDraining();
      for (const stopWatching of watchers) stopWatching();
      metricsServer?.close();
      const closed = server ? new Promise<void>((resolve) => server?.close(() => resolve())) : Promise.resolve();
      hub.close();
      server?.closeIdleConnections();
      for (const timer of timers) clearInterval(timer);
      sla.stop();
      await withTimeout(
        (async () => {
          await pipeline.close();
          await outbox.deliverDue();
          await outbox.stop();
        })(),
        settings.http.shutdownTimeoutMs,
        () => logger.warn('shutdown timed out; unsent replies stay in the outbox for the next start'),
      );
      server?.closeAllConnections();
      await closed;
      await store.close();
    },
  };
}

/** Slack's error code (invalid_auth, account_inactive…) or the network failure, never the token. */
function slackReason(error: unknown): string {
  const data = (error as { data?: { error?: unknown } }).data;
  if (typeof data?.error === 'string') return `Slack said ${data.error}`;
  return `Slack could not be reached (${(error as { code?: unknown }).code ?? 'network error'})`;
}

/** Twilio's status and error code (20003: wrong account or token), or the network failure. */
function twilioReason(error: unknown): string {
  const { status, code } = error as { status?: unknown; code?: unknown };
  if (typeof status === 'number') return `Twilio answered ${status}${code ? ` (error ${String(code)})` : ''}`;
  return `Twilio could not be reached (${typeof code === 'string' ? code : 'network error'})`;
}

/** The console's view of the session the staff guard found. */
function consoleStaffOf(res: Response): ConsoleStaff {
  const session = staffOn(res);
  return { id: session.staffId, name: session.name, roles: session.roles };
}

/**
 * Where /metrics goes: its own port (METRICS_PORT, returned as an app to listen on), behind
 * METRICS_TOKEN on the main port, open in the sandbox, and nowhere in production without either.
 */
function mountMetrics(
  settings: Settings,
  routes: Record<string, Router>,
  registry: Registry,
  logger: Logger,
): Express | null {
  const guard = settings.metrics.token ? { token: settings.metrics.token, logger } : undefined;
  if (settings.metrics.port) {
    const metricsApp = express();
    metricsApp.disable('x-powered-by');
    metricsApp.use('/metrics', createMetricsRouter(registry, guard));
    logger.info('metrics on their own port', { port: settings.metrics.port, token: guard ? 'required' : 'not required' });
    return metricsApp;
  }
  if (guard) routes['/metrics'] = createMetricsRouter(registry, guard);
  else if (settings.nodeEnv !== 'production') routes['/metrics'] = createMetricsRouter(registry);
  else logger.info('metrics off: set METRICS_TOKEN (bearer on this port) or METRICS_PORT (a port of their own)');
  return null;
}

/** MongoDB when MONGODB_URI is set (failing fast when unreachable), else the embedded store. */
async function createConfiguredStore(settings: Settings, clock: () => Date, logger: Logger): Promise<Store> {
  if (!settings.mongodbUri) return createEmbeddedStore({ clock });
  const store = await createMongoStore({ uri: settings.mongodbUri, serverSelectionTimeoutMS: settings.mongodbServerSelectionTimeoutMs });
  logger.info('store: MongoDB', { deployment: store.deployment });
  return store;
}

/** A rebuilt or altered index is worth a line each; on a fresh store every index is new, so one line says so. */
function logIndexChanges(changes: readonly IndexChange[], logger: Logger, persistent: boolean): void {
  const created = changes.filter((change) => change.action === 'created');
  if (persistent && created.length > 0) logger.info('indexes created', { count: created.length, names: created.map((change) => change.name) });
  for (const change of changes) {
    if (change.action !== 'created') logger.warn(`index ${change.action} to match its definition in code`, { collection: change.collection, index: change.name, detail: change.detail });
  }
}

async function withTimeout(work: Promise<void>, ms: number, onTimeout: () => void): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      onTimeout();
      resolve();
    }, ms);
  });
  await Promise.race([work, timeout]);
  clearTimeout(timer);
}
