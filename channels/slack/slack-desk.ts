/**
 * The Slack agent desk: Bolt on the shared express app at POST /api/slack/events (events,
 * button clicks and the slash command on one URL, every request's signature checked), plus the
 * desk port the outbox delivers through. Nothing outside channels/slack/ imports Bolt.
 */
import { App, ExpressReceiver, LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Router } from 'express';
import type { DeskActions, DeskPort } from '../desk-types';
import type { ChannelMemory } from '../types';
import { DEFAULT_ACK_BUDGET_MS } from './ack-budget';
import { DeskMemory } from './desk-memory';
import { registerDeskListeners, type SlackDeskLogger } from './desk-listeners';
import { createSlackDeskPort } from './slack-desk-port';

/** The one path Slack calls for events, interactivity and slash commands. */
export const SLACK_EVENTS_PATH = '/api/slack/events';

/** The Slack settings (config/settings.ts `slack`). */
export interface SlackDeskConfig {
  botToken: string;
  signingSecret: string;
  handoffChannel: string;
  /** SLACK_API_URL: another Web API base URL (tests point it at a fake). */
  apiUrl?: string;
}

/** What the Slack desk is built from. */
export interface SlackDeskOptions {
  config: SlackDeskConfig;
  actions: DeskActions;
  memory: ChannelMemory;
  logger: SlackDeskLogger;
  /** Largest request body, as express writes it ("100kb"). */
  bodyLimit: string;
  clock?: () => Date;
  /** Time a listener may spend before Slack gets its answer (Slack allows 3 s). */
  ackBudgetMs?: number;
}

/** The router to mount at the app's root, and the desk port for the outbox. */
export interface SlackDesk {
  /** Handles POST /api/slack/events itself: mount it with `app.use(router)`, not under a path. */
  router: Router;
  desk: DeskPort;
  /** Checks the token with Slack (auth.test); rejects with Slack's error (e.g. invalid_auth). */
  verify(): Promise<void>;
}

/** Creates the Slack desk. */
export function createSlackDesk(options: SlackDeskOptions): SlackDesk {
  const { config, logger } = options;
  const clock = options.clock ?? (() => new Date());
  const boltLogger = toBoltLogger(logger);
  const receiver = new ExpressReceiver({
    signingSecret: config.signingSecret,
    endpoints: SLACK_EVENTS_PATH,
    // Answer after the listener: an agent's reply is committed before Slack hears "OK", so a
    // crash makes Slack retry rather than lose it. Listeners cap their own time (ack-budget.ts).
    processBeforeResponse: true,
    bodyLimit: options.bodyLimit,
    logger: boltLogger,
  });
  const app = new App({
    token: config.botToken,
    // Bolt's own check at construction rejects unhandled on a bad token and crashes the process;
    // the service runs the same check itself (verify below) and keeps the other channels up.
    tokenVerificationEnabled: false,
    receiver,
    logger: boltLogger,
    clientOptions: {
      ...(config.apiUrl ? { slackApiUrl: withTrailingSlash(config.apiUrl) } : {}),
      // The outbox is the only thing that retries: the client's own retries (up to 30 minutes)
      // would outlive the outbox's claim on the entry and post twice.
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      timeout: 10_000,
    },
  });
  const memory = new DeskMemory(options.memory);
  registerDeskListeners(app, { actions: options.actions, memory, logger, clock, ackBudgetMs: options.ackBudgetMs ?? DEFAULT_ACK_BUDGET_MS });
  app.error(async (error) => {
    logger.error('Slack listener failed', { error });
    // Rethrown so the receiver answers 500 and Slack retries the event.
    throw error;
  });
  logger.info('Slack agent desk on', { channel: config.handoffChannel, apiUrl: config.apiUrl ?? 'default' });
  return {
    router: receiver.router as Router,
    desk: createSlackDeskPort({ client: app.client, memory, channel: config.handoffChannel, clock }),
    async verify() {
      await app.client.auth.test();
    },
  };
}

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

/** Bolt's logger on ours. Debug lines are dropped: the Web API client's debug output can carry message bodies. */
function toBoltLogger(logger: SlackDeskLogger): BoltLogger {
  let level = LogLevel.INFO;
  const line = (parts: unknown[]) => parts.map((part) => (typeof part === 'string' ? part : part instanceof Error ? part.message : JSON.stringify(part))).join(' ');
  return {
    debug: () => undefined,
    info: (...parts: unknown[]) => logger.info(`slack: ${line(parts)}`),
    warn: (...parts: unknown[]) => logger.warn(`slack: ${line(parts)}`),
    error: (...parts: unknown[]) => logger.error(`slack: ${line(parts)}`),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
