/**
 * What happens to a citizen's message while the conversation waits in the queue or an agent
 * owns it: the bot stays silent apart from honest queue updates (and safeguarding signposting,
 * see safeguarding-while-with-people.ts), and the message goes to the desk.
 */
import type { Locale } from '../../channels/types';
import { detectCommand } from '../../dialogs/commands';
import type { BusinessHours } from '../../config/content/business-hours';
import { deskReplies } from '../../config/content/desk-replies';
import { describeOpening, nextOpening } from '../desk/business-hours';
import { toTicketView, toTranscriptEntry } from '../desk/ticket-view';
import { queuePosition } from '../desk/tickets';
import type { HandoffDoc, InboundDoc, MessageDoc } from '../store/documents';
import type { Store } from '../store/port';
import { say } from '../text';
import type { CommitBuilder } from './records';

/** Choice values offered to a queued citizen. */
export const QUEUE_CHOICES = {
  callbackYes: 'queue:callback-yes',
  callbackNo: 'queue:callback-no',
  leave: 'queue:leave',
} as const;

/** What the queued routing decided, for the commit and the conversation update. */
export type QueuedOutcome = { kind: 'held' } | { kind: 'left-queue' } | { kind: 'callback'; wanted: boolean };

/** Queue-only phrases; "cancel" and its Welsh are the dialog engine's own cancel command. */
const LEAVE_QUEUE = /^\s*(leave( the)? queue|back to (the )?(bot|assistant)|gadael y ciw)\s*[.!]*\s*$/i;

/** Options for routing a message while a person owns or is about to own the conversation. */
export interface QueuedRoutingInput {
  store: Store;
  commit: CommitBuilder;
  ticket: HandoffDoc;
  inbound: InboundDoc;
  line: MessageDoc;
  locale: Locale;
  businessHours: BusinessHours;
  /** True when the queue-position reminder is due (it is rate-limited per conversation). */
  queueNoticeDue: boolean;
  /** What the safeguarding check found in this message (safeguarding-while-with-people.ts), if anything. */
  concern?: 'clear' | 'unclear' | null;
}

/** Routes one message for a queued or agent-owned conversation. */
export async function routeWhileWithPeople(input: QueuedRoutingInput): Promise<QueuedOutcome> {
  const { commit, ticket, inbound, locale } = input;
  const now = commit.ctx.now;
  // A message with a safeguarding signal always goes to a person: never read as leaving the queue.
  if (ticket.status === 'open' && !input.concern) {
    const choice = inbound.choice ?? '';
    if (ticket.outOfHours && (choice === QUEUE_CHOICES.callbackYes || choice === QUEUE_CHOICES.callbackNo)) {
      const wanted = choice === QUEUE_CHOICES.callbackYes;
      const opening = nextOpening(input.businessHours, now);
      const when = opening ? describeOpening(opening, locale, input.businessHours.timeZone) : '';
      const text = wanted ? (ticket.channel === 'sms' ? deskReplies.callbackSms : deskReplies.callbackOther) : deskReplies.callbackDeclined;
      commit.say({ text: say(text, locale, { opening: when }) }, { kind: 'system' });
      return { kind: 'callback', wanted };
    }
    if (choice === QUEUE_CHOICES.leave || detectCommand(inbound.text)?.kind === 'cancel' || LEAVE_QUEUE.test(inbound.text)) {
      commit.say({ text: say(deskReplies.leftQueue, locale) }, { kind: 'system' });
      return { kind: 'left-queue' };
    }
  }
  commit.enqueue({ destination: 'desk', event: { kind: 'citizen-message', ticket: toTicketView(ticket), entry: toTranscriptEntry(input.line) } });
  // After signposting (which says a person is coming), a queue reminder would only bury the numbers.
  if (ticket.status === 'open' && input.queueNoticeDue && input.concern !== 'clear') {
    const position = await queuePosition(input.store, ticket);
    commit.say({ text: say(deskReplies.stillQueued, locale, { position }) }, { kind: 'system' });
  }
  return { kind: 'held' };
}
