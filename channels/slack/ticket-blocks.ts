/**
 * How a handoff ticket looks in the queue channel (Block Kit) and the short lines posted into
 * its thread. Everything the bot or a citizen wrote is escaped before it reaches Slack.
 */
import type { types } from '@slack/bolt';
import type { DeskEvent, HandoffReasonView, RiskKindView, TicketView, TranscriptEntryView } from '../desk-types';
import type { ChannelName } from '../types';
import { escapeSlackText } from './slack-escape';

/** Action ids of the ticket buttons; the button value is the ticket id. */
export const TICKET_ACTIONS = { claim: 'ticket_claim', resolve: 'ticket_resolve' } as const;

/** The prefix that turns a thread message into an internal note (case-insensitive). */
export const NOTE_PREFIX = 'note:';

/** A message body for chat.postMessage / chat.update: fallback text plus blocks. */
export interface SlackMessage {
  text: string;
  blocks: types.KnownBlock[];
}

const REASONS: Record<HandoffReasonView, string> = {
  requested: 'Asked for a person',
  complaint: 'Wants to make a complaint',
  crisis: 'Crisis signal: urgent',
  unsure: 'The bot could not understand',
  'repeated-failure': 'The bot got stuck (repeated failures)',
  'no-answer': 'No answer in our articles',
  outage: 'The bot was not working',
};

/** The kinds of risk as an agent reads them. */
export const RISKS: Record<RiskKindView, string> = {
  suicide: 'Suicide risk',
  danger: 'In immediate danger',
  'self-harm': 'Self-harm',
  abuse: 'Abuse or domestic abuse',
  child: 'A child at risk',
  homeless: 'Homeless tonight',
};

const CHANNELS: Record<ChannelName, string> = { sms: 'SMS (text message)', teams: 'Microsoft Teams (staff)', web: 'Web chat' };

const SECTION_LIMIT = 2_900;

/** Minutes the citizen has waited, rounded down, never negative. */
export function waitingMinutes(ticket: TicketView, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - new Date(ticket.createdAt).getTime()) / 60_000));
}

/** "4 min", "1 h 5 min": short enough for a Slack field. */
export function formatWait(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** Slack formats the date in each reader's own time zone; the fallback is UTC. */
function slackTime(at: Date): string {
  const seconds = Math.floor(new Date(at).getTime() / 1000);
  return `<!date^${seconds}^{time}|${new Date(at).toISOString().slice(11, 16)} UTC>`;
}

function statusLine(ticket: TicketView): string {
  const by = escapeSlackText(ticket.claimedBy ?? 'someone');
  switch (ticket.status) {
    case 'open':
      return ':hourglass_flowing_sand: Waiting for someone to claim it';
    case 'claimed':
      return `:speech_balloon: Claimed by *${by}*`;
    case 'resolved':
      return `:white_check_mark: Resolved by *${by}*: back with the bot`;
    case 'cancelled':
      return ':leftwards_arrow_with_hook: The citizen left the queue';
  }
}

/** The ticket message: why, where, how long, the summary, its state, and Claim / Resolve. */
export function renderTicket(ticket: TicketView, now: Date): SlackMessage {
  const urgent = ticket.priority === 'urgent';
  const title = `${urgent ? '🚨 URGENT: ' : ''}Handover: ${REASONS[ticket.reason]}${ticket.riskKind ? ` (${RISKS[ticket.riskKind]})` : ''}`;
  const wait = formatWait(waitingMinutes(ticket, now));
  const blocks: types.KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: title, emoji: true } },
    {
      type: 'section',
      fields: [
        { type: 'mrkdwn', text: `*Why*\n${whyLines(ticket)}` },
        { type: 'mrkdwn', text: `*Citizen's channel*\n${CHANNELS[ticket.channel]}` },
        { type: 'mrkdwn', text: `*Waiting*\n${ticket.status === 'open' ? wait : '—'} (since ${slackTime(ticket.createdAt)})` },
        { type: 'mrkdwn', text: `*Status*\n${statusLine(ticket)}` },
      ],
    },
    { type: 'section', text: { type: 'mrkdwn', text: `*Summary for you*\n${escapeSlackText(ticket.summary).slice(0, SECTION_LIMIT) || '_No summary._'}` } },
  ];
  const notes: string[] = [];
  if (ticket.concern) notes.push(concernLine(ticket.concern));
  if (ticket.outOfHours) notes.push(':crescent_moon: Out of hours: the citizen was told the team is closed and when we open.');
  if (ticket.callbackRequested) notes.push(':telephone_receiver: The citizen asked for someone to get back to them.');
  if (ticket.reannounced > 0) notes.push(`:alarm_clock: Past its target time: re-announced ${ticket.reannounced} time${ticket.reannounced === 1 ? '' : 's'}.`);
  if (notes.length > 0) blocks.push({ type: 'context', elements: notes.map((text) => ({ type: 'mrkdwn', text })) });
  const buttons: types.Button[] = [];
  if (ticket.status === 'open') buttons.push({ type: 'button', action_id: TICKET_ACTIONS.claim, text: { type: 'plain_text', text: 'Claim' }, style: 'primary', value: ticket.id });
  if (ticket.status === 'claimed') buttons.push({ type: 'button', action_id: TICKET_ACTIONS.resolve, text: { type: 'plain_text', text: 'Resolve' }, value: ticket.id });
  if (buttons.length > 0) {
    blocks.push({ type: 'actions', block_id: `ticket:${ticket.id}`, elements: buttons });
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `Claim it, then reply in this thread to talk to the citizen. Start a reply with \`${NOTE_PREFIX}\` to keep it inside the team.` }] });
  }
  const text = `${urgent ? 'URGENT: ' : ''}${REASONS[ticket.reason]}${ticket.riskKind ? ` (${RISKS[ticket.riskKind]})` : ''} on ${CHANNELS[ticket.channel]}: ${statusLine(ticket).replace(/^:[a-z_]+: /, '')}`;
  return { text, blocks };
}

/** The reason, the kind of risk, and what the ticket was opened for before a crisis changed it. */
function whyLines(ticket: TicketView): string {
  const lines = [REASONS[ticket.reason]];
  if (ticket.riskKind) lines.push(`:rotating_light: *${RISKS[ticket.riskKind]}*`);
  if (ticket.previousReason && ticket.previousReason !== ticket.reason) lines.push(`First: ${REASONS[ticket.previousReason]}`);
  return lines.join('\n');
}

const SIGNPOSTING: Record<NonNullable<TicketView['concern']>['signposting'], string> = {
  sent: 'the bot sent them where to get help now',
  'sent-recently': 'the bot had sent them where to get help in the last 10 minutes, so it did not repeat it',
  'not-sent': 'the bot said nothing to them',
};

/** The ticket's latest safeguarding signal, as a line on the ticket message. */
function concernLine(concern: NonNullable<TicketView['concern']>): string {
  const what = concern.level === 'clear' ? `*${RISKS[concern.riskKind]}*` : `may be at risk (${RISKS[concern.riskKind].toLowerCase()}): please check`;
  return `:rotating_light: Safeguarding at ${slackTime(concern.at)}: ${what}; ${SIGNPOSTING[concern.signposting]}.`;
}

/**
 * The thread reply for a safeguarding alert. A clear signal names the kind and says whether the
 * signposting went; an unclear one asks a person to check. `mention` is who to ping: the claiming
 * agent (`<@U…>`) or, for a waiting ticket with a clear signal, `<!here>`. Our own text, so not escaped.
 */
export function renderSafeguardingAlert(alert: Extract<DeskEvent, { kind: 'safeguarding-alert' }>, mention?: string): string {
  const who = mention ? `${mention} ` : '';
  const next = alert.ticket.status === 'open' ? 'Please claim this conversation now.' : 'Please reply to them now.';
  if (alert.level === 'clear') {
    return `${who}:rotating_light: *Safeguarding alert: ${RISKS[alert.riskKind]}.* The citizen's latest message says they may be at risk; ${SIGNPOSTING[alert.signposting]}. The ticket is now urgent. ${next}`;
  }
  return `${who}:warning: *The citizen may be at risk (${RISKS[alert.riskKind].toLowerCase()}): please check.* The signal in their latest message is not clear, so ${SIGNPOSTING[alert.signposting]}. The ticket is now urgent.`;
}

/** A citizen's message as posted into the ticket's thread (escaped). */
export function renderCitizenLine(entry: TranscriptEntryView): string {
  return `*Citizen:* ${escapeSlackText(entry.text)}`;
}

/** The broadcast thread reply when a ticket waits past its target time. */
export function renderSlaBreach(ticket: TicketView, now: Date): string {
  return `:alarm_clock: Still waiting after ${formatWait(waitingMinutes(ticket, now))}. Can someone claim this? The citizen has been told they are still in the queue.`;
}

/** The thread reply when something could not be delivered to the citizen. */
export function renderDeliveryFailed(detail: string): string {
  return `:warning: A message could not be delivered to the citizen: ${escapeSlackText(detail)}`;
}

/** The /queue answer: open and claimed tickets with their ages, oldest first. */
export function renderQueue(tickets: TicketView[], now: Date): string {
  if (tickets.length === 0) return 'The queue is empty. Nobody is waiting.';
  const lines = tickets.map((ticket) => {
    const who = ticket.status === 'claimed' ? `claimed by ${escapeSlackText(ticket.claimedBy ?? 'someone')}` : 'waiting';
    const urgent = ticket.priority === 'urgent' ? ':rotating_light: ' : '';
    const risk = ticket.riskKind ? ` (${RISKS[ticket.riskKind]})` : '';
    return `• ${urgent}${formatWait(waitingMinutes(ticket, now))}: ${REASONS[ticket.reason]}${risk}, ${CHANNELS[ticket.channel]}, ${who}${ticket.outOfHours ? ', out of hours' : ''}`;
  });
  const open = tickets.filter((ticket) => ticket.status === 'open').length;
  return `*Queue: ${open} waiting, ${tickets.length - open} being helped*\n${lines.join('\n')}`;
}
