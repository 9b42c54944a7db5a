/**
 * The desk port for Slack: each desk event from the outbox becomes a Web API call. A failure is
 * thrown as ChannelSendError, so the outbox retries it (a 429's Retry-After honoured), never drops it.
 */
import { SLACK_STAFF_PREFIX } from './staff-directory';
import type { webApi } from '@slack/bolt';
import type { DeskEvent, DeskPort, TicketView } from '../desk-types';
import type { DeskMemory, TicketRef } from './desk-memory';
import { toChannelSendError } from './slack-errors';
import { renderCitizenLine, renderDeliveryFailed, renderSafeguardingAlert, renderSlaBreach, renderTicket } from './ticket-blocks';

/** What the Slack desk port needs. */
export interface SlackDeskPortDeps {
  client: webApi.WebClient;
  memory: DeskMemory;
  /** SLACK_HANDOFF_CHANNEL: a channel id (C…) or name. */
  channel: string;
  clock: () => Date;
}

// Citizen text must never unfurl into a preview card that looks like ours.
const NO_UNFURL = { unfurl_links: false, unfurl_media: false } as const;

/** Creates the Slack desk port. */
export function createSlackDeskPort(deps: SlackDeskPortDeps): DeskPort {
  const { client, memory } = deps;

  /** Posts the ticket message, or edits it when it is already there (so a retried "opened" never posts twice). */
  const showTicket = async (ticket: TicketView): Promise<TicketRef> => {
    const body = renderTicket(ticket, deps.clock());
    const existing = await memory.ticketRef(ticket.id);
    if (existing) {
      await client.chat.update({ channel: existing.channel, ts: existing.ts, ...body });
      return existing;
    }
    const posted = await client.chat.postMessage({ channel: deps.channel, ...body, ...NO_UNFURL });
    if (!posted.ts || !posted.channel) throw new Error('Slack did not say where the ticket was posted.');
    const ref = { channel: posted.channel, ts: posted.ts };
    await memory.rememberTicket(ticket.id, ref);
    return ref;
  };

  /** The ticket's thread, posting the ticket first if this desk never saw it (Slack switched on mid-ticket). */
  const threadOf = async (ticket: TicketView): Promise<TicketRef> => (await memory.ticketRef(ticket.id)) ?? showTicket(ticket);

  const inThread = async (ticket: TicketView, text: string, broadcast = false): Promise<void> => {
    const thread = await threadOf(ticket);
    await client.chat.postMessage({ channel: thread.channel, thread_ts: thread.ts, text, reply_broadcast: broadcast, ...NO_UNFURL });
  };

  const handle = async (event: DeskEvent): Promise<void> => {
    switch (event.kind) {
      case 'ticket-opened':
      case 'ticket-updated':
        await showTicket(event.ticket);
        return;
      case 'sla-breached':
        await showTicket(event.ticket);
        // Broadcast to the channel too: an edit alone does not catch anyone's eye.
        await inThread(event.ticket, renderSlaBreach(event.ticket, deps.clock()), true);
        return;
      case 'citizen-message':
        // Internal notes are agents' own lines; only what the citizen said goes to the thread.
        if (event.entry.internal || event.entry.direction !== 'in') return;
        await inThread(event.ticket, renderCitizenLine(event.entry));
        return;
      case 'delivery-failed':
        await inThread(event.ticket, renderDeliveryFailed(event.detail));
        return;
      case 'safeguarding-alert': {
        // Ping the agent who claimed it from Slack; with nobody there, a clear signal pings whoever is online.
        // Someone working in the console has no Slack user to mention, so the channel hears it instead.
        const claimer = event.ticket.status === 'claimed' && event.ticket.claimedById?.startsWith(SLACK_STAFF_PREFIX) ? event.ticket.claimedById.slice(SLACK_STAFF_PREFIX.length) : undefined;
        const mention = claimer ? `<@${claimer}>` : event.level === 'clear' ? '<!here>' : undefined;
        // Broadcast to the channel unless the claiming agent is in the thread and the signal is unclear (lower key).
        await inThread(event.ticket, renderSafeguardingAlert(event, mention), event.level === 'clear' || !claimer);
        return;
      }
    }
  };

  return {
    async deliver(event: DeskEvent): Promise<void> {
      try {
        await handle(event);
      } catch (error) {
        throw toChannelSendError(error);
      }
    },
  };
}
