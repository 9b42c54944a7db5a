/**
 * What agents do in Slack, wired to the DeskActions port: the Claim and Resolve buttons,
 * replies and notes in a ticket's thread, and the /queue command. Refusals are answered
 * politely with a message only the agent sees.
 */
import type { App, BlockAction, ButtonAction, webApi } from '@slack/bolt';
import { DeskActionError, type DeskActions } from '../desk-types';
import { withinAckBudget } from './ack-budget';
import type { Claimer, DeskMemory } from './desk-memory';
import { parseThreadMessage } from './parse-thread-message';
import { slackToPlainText } from './slack-escape';
import { renderQueue, TICKET_ACTIONS } from './ticket-blocks';

/** The few logger methods the Slack desk uses (the service's Logger fits). */
export interface SlackDeskLogger {
  debug(message: string, meta?: Record<string, unknown>): void;
  info(message: string, meta?: Record<string, unknown>): void;
  warn(message: string, meta?: Record<string, unknown>): void;
  error(message: string, meta?: Record<string, unknown>): void;
}

/** What the listeners need. */
export interface DeskListenerDeps {
  actions: DeskActions;
  memory: DeskMemory;
  logger: SlackDeskLogger;
  clock: () => Date;
  ackBudgetMs: number;
}

type Client = webApi.WebClient;

/** Registers every desk listener on the Bolt app. */
export function registerDeskListeners(app: App, deps: DeskListenerDeps): void {
  const { actions, memory, logger, clock } = deps;
  const names = new AgentNames(logger);

  /** Tells one agent something only they see; failing to tell them must not fail the action. */
  const tell = async (client: Client, where: { channel?: string; user: string; threadTs?: string }, text: string) => {
    if (!where.channel) return;
    await client.chat
      .postEphemeral({ channel: where.channel, user: where.user, text, ...(where.threadTs ? { thread_ts: where.threadTs } : {}) })
      .catch((error: unknown) => logger.warn('Slack ephemeral message failed', { error }));
  };

  /** Runs an agent's action, answering DeskActions refusals politely instead of failing. */
  const politely = async (client: Client, where: { channel?: string; user: string; threadTs?: string }, work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      if (!(error instanceof DeskActionError)) throw error;
      await tell(client, where, error.message);
    }
  };

  const lateFailure = (client: Client, where: { channel?: string; user: string; threadTs?: string }, what: string) => (error: unknown) => {
    logger.error(`Slack ${what} failed after Slack was answered`, { error });
    void tell(client, where, `Sorry, that did not work (${what}). Please try again.`);
  };

  app.action<BlockAction<ButtonAction>>(TICKET_ACTIONS.claim, async ({ ack, body, action, client }) => {
    await ack();
    const ticketId = action.value ?? '';
    const where = { channel: body.channel?.id, user: body.user.id };
    const work = politely(client, where, async () => {
      const existing = await memory.claimer(ticketId);
      if (existing && existing.userId !== body.user.id) throw new DeskActionError('ALREADY_CLAIMED', `${existing.name} has already claimed this conversation.`);
      const name = existing?.name ?? (await names.of(client, body.user.id, body.user.name));
      await actions.claim(ticketId, name);
      await memory.setClaimer(ticketId, { userId: body.user.id, name });
      logger.info('Slack agent claimed a ticket', { ticketId });
    });
    await withinAckBudget(work, deps.ackBudgetMs, lateFailure(client, where, 'claim'));
  });

  app.action<BlockAction<ButtonAction>>(TICKET_ACTIONS.resolve, async ({ ack, body, action, client }) => {
    await ack();
    const ticketId = action.value ?? '';
    const where = { channel: body.channel?.id, user: body.user.id };
    const work = politely(client, where, async () => {
      const claimer = await memory.claimer(ticketId);
      if (claimer && claimer.userId !== body.user.id) throw new DeskActionError('NOT_CLAIMED_BY_YOU', `${claimer.name} is looking after this conversation, so only they can resolve it.`);
      // Claimed in the console (no Slack claimer): the handoff core checks the name and explains.
      await actions.resolve(ticketId, claimer?.name ?? (await names.of(client, body.user.id, body.user.name)));
      logger.info('Slack agent resolved a ticket', { ticketId });
    });
    await withinAckBudget(work, deps.ackBudgetMs, lateFailure(client, where, 'resolve'));
  });

  app.event('message', async ({ event, body, context, client }) => {
    const message = parseThreadMessage(event, context.botUserId);
    if (message.kind === 'ignored') return;
    const ticketId = await memory.ticketForThread(message.channel, message.threadTs);
    if (!ticketId) return; // A thread that is not a ticket: ordinary team chat.
    const eventId = body.event_id;
    if (!(await memory.beginEvent(eventId))) {
      logger.info('Slack event already handled; this retry is dropped', { retryNum: context.retryNum, retryReason: context.retryReason });
      return;
    }
    const where = { channel: message.channel, user: message.userId, threadTs: message.threadTs };
    const work = politely(client, where, async () => {
      if (message.kind === 'note') {
        const claimer = await memory.claimer(ticketId);
        const name = claimer?.userId === message.userId ? claimer.name : await names.of(client, message.userId);
        await actions.addNote(ticketId, name, slackToPlainText(message.text));
        return;
      }
      const claimer = await requireClaimer(memory, ticketId, message.userId);
      await actions.sendAgentMessage(ticketId, claimer.name, slackToPlainText(message.text));
    }).then(
      () => memory.finishEvent(eventId, true, clock()),
      async (error: unknown) => {
        // Not remembered as handled, so Slack's retry of this event gets another go.
        await memory.finishEvent(eventId, false, clock());
        throw error;
      },
    );
    await withinAckBudget(work, deps.ackBudgetMs, lateFailure(client, where, 'sending your message'));
  });

  app.command(/queue$/, async ({ ack }) => {
    const tickets = await actions.listTickets({ statuses: ['open', 'claimed'] });
    await ack({ response_type: 'ephemeral', text: renderQueue(tickets, clock()) });
  });
}

/** Only the Slack user who claimed a ticket may talk for it or resolve it. */
async function requireClaimer(memory: DeskMemory, ticketId: string, userId: string): Promise<Claimer> {
  const claimer = await memory.claimer(ticketId);
  if (!claimer) throw new DeskActionError('NOT_CLAIMED_BY_YOU', 'Claim this conversation before you reply. Start a message with note: to write a note only the team sees.');
  if (claimer.userId !== userId) {
    throw new DeskActionError('NOT_CLAIMED_BY_YOU', `${claimer.name} is looking after this conversation, so your message was not sent to the citizen. Start a message with note: to write a note only the team sees.`);
  }
  return claimer;
}

/** The name a citizen sees for an agent: their Slack display name, looked up once per user. */
class AgentNames {
  private readonly cache = new Map<string, string>();

  constructor(private readonly logger: SlackDeskLogger) {}

  async of(client: Client, userId: string, fallback?: string): Promise<string> {
    const cached = this.cache.get(userId);
    if (cached) return cached;
    try {
      const { user } = await client.users.info({ user: userId });
      const name = user?.profile?.display_name || user?.real_name || user?.name || fallback || userId;
      this.cache.set(userId, name);
      return name;
    } catch (error) {
      // Without the users:read scope the username from the payload is the best we have.
      this.logger.warn('Slack users.info failed; using the username instead', { error });
      return fallback || userId;
    }
  }
}
