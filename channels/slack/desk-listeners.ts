/**
 * What agents do in Slack, wired to the DeskActions port: the Claim and Resolve buttons,
 * replies and notes in a ticket's thread, and the /queue command. Refusals are answered
 * politely with a message only the agent sees.
 */
import type { App, BlockAction, ButtonAction, webApi } from '@slack/bolt';
import { DeskActionError, type DeskActions } from '../desk-types';
import { withinAckBudget } from './ack-budget';
import type { DeskMemory } from './desk-memory';
import { parseThreadMessage } from './parse-thread-message';
import { slackToPlainText } from './slack-escape';
import { SlackStaffDirectory } from './staff-directory';
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
  const directory = new SlackStaffDirectory(logger, () => clock().getTime());

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

  /** The member of staff behind a click or message in `channel`; the handoff core applies every claim rule. */
  const staffOf = (client: Client, userId: string, channel: string | undefined, username?: string) => {
    if (!channel) throw new DeskActionError('NOT_STAFF', 'This action only works in the handoff channel.');
    return directory.staff(client, userId, channel, username);
  };

  app.action<BlockAction<ButtonAction>>(TICKET_ACTIONS.claim, async ({ ack, body, action, client }) => {
    await ack();
    const ticketId = action.value ?? '';
    const where = { channel: body.channel?.id, user: body.user.id };
    const work = politely(client, where, async () => {
      await actions.claim(ticketId, await staffOf(client, body.user.id, body.channel?.id, body.user.name));
      logger.info('Slack agent claimed a ticket', { ticketId });
    });
    await withinAckBudget(work, deps.ackBudgetMs, lateFailure(client, where, 'claim'));
  });

  app.action<BlockAction<ButtonAction>>(TICKET_ACTIONS.resolve, async ({ ack, body, action, client }) => {
    await ack();
    const ticketId = action.value ?? '';
    const where = { channel: body.channel?.id, user: body.user.id };
    const work = politely(client, where, async () => {
      await actions.resolve(ticketId, await staffOf(client, body.user.id, body.channel?.id, body.user.name));
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
      const staff = await staffOf(client, message.userId, message.channel);
      if (message.kind === 'note') return actions.addNote(ticketId, staff, slackToPlainText(message.text));
      await actions.sendAgentMessage(ticketId, staff, slackToPlainText(message.text)).catch((error: unknown) => {
        // The core says why; in a thread, add how to write to colleagues instead.
        if (error instanceof DeskActionError && error.code === 'NOT_CLAIMED_BY_YOU') {
          throw new DeskActionError(error.code, `${error.message} Your message was not sent to the citizen. Start a message with note: to write a note only the team sees.`);
        }
        throw error;
      });
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

  app.command(/queue$/, async ({ ack, command, client }) => {
    // The queue names citizens' requests: only staff may list it, from the handoff channel.
    const channel = await memory.handoffChannel();
    try {
      await directory.staff(client, command.user_id, channel ?? command.channel_id, command.user_name);
    } catch (error) {
      if (!(error instanceof DeskActionError)) throw error;
      return ack({ response_type: 'ephemeral', text: error.message });
    }
    const tickets = await actions.listTickets({ statuses: ['open', 'claimed'] });
    await ack({ response_type: 'ephemeral', text: renderQueue(tickets, clock()) });
  });
}
