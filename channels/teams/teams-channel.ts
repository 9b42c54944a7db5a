/**
 * The Teams channel: POST /api/messages through botbuilder's CloudAdapter (verify → parse →
 * dispatch), and a sender that always posts proactively from the stored conversation reference,
 * so a reply seconds later and an agent's message hours later take the same path.
 */
import { TurnContext, type Activity, type ConversationReference, type TurnContext as TurnContextType } from 'botbuilder';
import express, { type Router } from 'express';
import { ChannelSendError, encodeAddress, type Address, type ChannelAdapter, type ChannelMemory, type InboundSink, type Locale, type OutboundMessage, type SendReceipt } from '../types';
import { createBotAdapter } from './bot-adapter';
import { toChannelSendError } from './connector-errors';
import { parseActivity } from './parse-activity';
import { renderActivity } from './render-activity';
import { assertTeamsCanStart, type TeamsConfig, type TeamsLogger } from './teams-config';

/** The ChannelMemory key under which a conversation's reference is kept. */
export const REFERENCE_KEY = 'teams.reference';

/** What the Teams channel is built from. */
export interface TeamsChannelOptions {
  config: TeamsConfig;
  nodeEnv: string;
  sink: InboundSink;
  memory: ChannelMemory;
  logger: TeamsLogger;
  bodyLimit: string;
  /** Said when the bot is added to a chat or team. */
  welcome: Record<Locale, string>;
  clock?: () => Date;
}

/** The router for /api/messages and the sender the outbox delivers through. */
export interface TeamsChannel {
  router: Router;
  adapter: ChannelAdapter;
  /** True when running without authentication (no MICROSOFT_APP_ID). */
  emulator: boolean;
}

/** Creates the Teams channel; throws TeamsConfigError in production without credentials. */
export function createTeamsChannel(options: TeamsChannelOptions): TeamsChannel {
  const { config, sink, memory, logger } = options;
  assertTeamsCanStart(config, options.nodeEnv);
  const clock = options.clock ?? (() => new Date());
  const bot = createBotAdapter(config);
  if (bot.emulator) logger.warn('Teams channel in emulator mode: MICROSOFT_APP_ID is not set, so /api/messages is NOT authenticated. Development only.');
  else logger.info('Teams channel on', { appType: config.appType, tenants: config.allowedTenants.length || 'any' });

  const logic = async (context: TurnContextType): Promise<void> => {
    const parsed = parseActivity(context.activity, config.allowedTenants, clock());
    switch (parsed.kind) {
      case 'foreign-tenant':
        // Acked (200) so Teams does not retry, but never processed or answered.
        logger.warn('Teams activity from a tenant not on the allowlist; ignored', { tenantId: parsed.tenantId ?? 'none' });
        return;
      case 'unsupported':
        logger.debug('Teams activity ignored', { reason: parsed.reason });
        return;
      case 'welcome':
        await rememberReference(memory, parsed.address, context);
        await context.sendActivity(renderActivity({ text: options.welcome[parsed.locale ?? 'en'] }));
        return;
      case 'message': {
        await rememberReference(memory, parsed.message.address, context);
        // Typing first, so it never shows after the reply the turn sends; a failure here must not lose the message.
        await context.sendActivity({ type: 'typing' }).catch((error: unknown) => logger.warn('Teams typing indicator failed', { error }));
        const { duplicate } = await sink.receive(parsed.message);
        if (duplicate) logger.info('Teams activity already received; not processed again');
        // Returning lets the adapter answer 200: the turn itself runs after the ack.
        return;
      }
    }
  };

  const router = express.Router();
  router.post('/', express.json({ limit: options.bodyLimit }), async (req, res) => {
    const body: unknown = req.body;
    if (typeof body !== 'object' || body === null || typeof (body as { type?: unknown }).type !== 'string') {
      res.status(400).json({ error: { code: 'INVALID_ACTIVITY', message: 'The body must be a Bot Framework activity.' } });
      return;
    }
    // processActivity rather than the adapter's process(): that one prints every error with its
    // stack to stdout and answers a forged token (wrong key, alg=none) with 500 and the SDK's message.
    let started = false;
    try {
      const invoke = await bot.adapter.authenticateAndRun(req.get('authorization') ?? '', body as Activity, async (context) => {
        started = true;
        await logic(context);
      });
      res.status(invoke?.status ?? 200);
      if (invoke?.body !== undefined) res.json(invoke.body);
      else res.end();
    } catch (error) {
      if (!started) {
        // Nothing ran: the token was missing, forged, expired or for another bot. Logged once, briefly.
        logger.warn('Teams request refused: its Bot Framework token did not verify', { reason: error instanceof Error ? error.message : String(error) });
        res.status(401).json({ error: { code: 'UNAUTHORISED', message: 'The Bot Framework token was missing or did not verify.' } });
        return;
      }
      logger.error('Teams activity failed', { error });
      res.status(500).json({ error: { code: 'INTERNAL', message: 'The activity could not be processed; Teams will retry it.' } });
    }
  });

  const proactive = async (address: Address, activity: ReturnType<typeof renderActivity>): Promise<SendReceipt> => {
    const reference = await memory.get<Partial<ConversationReference>>(encodeAddress(address), REFERENCE_KEY);
    if (!reference) throw new ChannelSendError('No Teams conversation reference is stored for this conversation.', false);
    let id: string | undefined;
    try {
      await bot.adapter.continueConversationAsync(bot.appId, reference, async (context) => {
        id = (await context.sendActivity(activity))?.id;
      });
    } catch (error) {
      throw toChannelSendError(error);
    }
    return id ? { providerMessageId: id } : {};
  };

  const adapter: ChannelAdapter = {
    channel: 'teams',
    send: (address: Address, message: OutboundMessage) => proactive(address, renderActivity(message)),
    async typing(address: Address) {
      await proactive(address, { type: 'typing' });
    },
  };
  return { router, adapter, emulator: bot.emulator };
}

/** Stores where to reach this conversation later (service URL, ids, tenant); refreshed on every activity. */
async function rememberReference(memory: ChannelMemory, address: string, context: TurnContextType): Promise<void> {
  await memory.set(address, REFERENCE_KEY, TurnContext.getConversationReference(context.activity));
}
