/**
 * The safeguarding check for messages that go to people rather than the bot (DESIGN §10: it runs
 * first, on every turn, in every ownership state). While the bot owns the conversation the dialog
 * engine runs the same local check; while the ticket waits in the queue or an agent owns it, the
 * engine does not run, so this module does, before the message is relayed to the desk.
 */
import type { Locale } from '../../channels/types';
import type { SafeguardingConcernView, SignpostingView } from '../../channels/desk-types';
import type { BusinessHours } from '../../config/content/business-hours';
import { deskReplies } from '../../config/content/desk-replies';
import { signpostingWithTeam } from '../../config/content/signposting';
import { stripHiddenCharacters } from '../../dialogs/guardrails/hidden-characters';
import { assessRisk } from '../../dialogs/guardrails/risk/assess-risk';
import { describeOpening, isOpen, nextOpening } from '../desk/business-hours';
import { toTicketView } from '../desk/ticket-view';
import type { HandoffDoc, InboundDoc, Ownership } from '../store/documents';
import { say } from '../text';
import type { CommitBuilder } from './records';

/** The same kind's signposting is sent to one ticket at most once in this time. */
export const SIGNPOSTING_REPEAT_MS = 10 * 60_000;

/** What the check needs about the message and the ticket it belongs to. */
export interface SafeguardingInput {
  commit: CommitBuilder;
  ticket: HandoffDoc;
  inbound: InboundDoc;
  /** The conversation's language: the signposting is sent in it. */
  locale: Locale;
  ownership: Exclude<Ownership, 'bot'>;
  businessHours: BusinessHours;
}

/** The ticket after the check, and what it found (null: nothing, and nothing was done). */
export interface SafeguardingResult {
  ticket: HandoffDoc;
  level: 'clear' | 'unclear' | null;
}

/**
 * Checks one message sent while people own the conversation. A clear signal sends the signposting
 * for its kind (unless sent in the last 10 minutes) and makes the ticket an urgent crisis; an unclear
 * one makes it urgent and asks the desk to check, saying nothing to the citizen: while a person owns
 * the conversation the bot asks no questions. Either way the desk gets the updated ticket and an
 * alert, and the decision is audited (kind and level, never text). The caller still relays the message.
 */
export function safeguardWhileWithPeople(input: SafeguardingInput): SafeguardingResult {
  const { commit, ticket, inbound } = input;
  // On the raw text, before anything reads it; hidden characters could split a word ("ki\u200Bll").
  const found = inbound.text.trim() ? assessRisk(stripHiddenCharacters(inbound.text).text) : null;
  // Only a waiting or claimed ticket is routed here; a closed one cannot be updated.
  if (!found || (ticket.status !== 'open' && ticket.status !== 'claimed')) return { ticket, level: null };
  const now = commit.ctx.now;
  const kind = found.kind;
  // A crisis written in Welsh is answered in Welsh, whatever the conversation began in.
  const locale = found.welsh ? 'cy' : input.locale;
  const set: Partial<HandoffDoc> = { priority: 'urgent' };
  let done: SignpostingView = 'not-sent';

  if (found.level === 'clear') {
    const last = ticket.signpostedAt?.[kind];
    if (last && now.getTime() - new Date(last).getTime() < SIGNPOSTING_REPEAT_MS) {
      // The same numbers a few minutes ago: repeating them reads as a machine not listening.
      done = 'sent-recently';
    } else {
      // Sent even while an agent owns the conversation: a person can be slower than a number that
      // works now (the agent may be typing, reading or away), and the agent is told it went.
      commit.say({ text: signpostingWithTeam[kind][locale] }, { kind: 'system' });
      if (ticket.status === 'open' && !isOpen(input.businessHours, now)) {
        // Nobody will claim this before morning: say so, and point back to the numbers.
        const opening = nextOpening(input.businessHours, now);
        const when = opening ? describeOpening(opening, locale, input.businessHours.timeZone) : '';
        commit.say({ text: say(deskReplies.urgentOutOfHours, locale, { opening: when }) }, { kind: 'system' });
      }
      set.signpostedAt = { ...ticket.signpostedAt, [kind]: now };
      done = 'sent';
    }
    set.reason = 'crisis';
    if (ticket.reason !== 'crisis') set.previousReason = ticket.reason;
    // The latest clear kind is the one to act on now; the transcript keeps the earlier ones.
    set.riskKind = kind;
  }
  const concern: SafeguardingConcernView = { level: found.level, riskKind: kind, at: now, signposting: done };
  set.concern = concern;
  const updated: HandoffDoc = { ...ticket, ...set };
  const view = toTicketView(updated);

  commit
    // Filtered on the status read at the start of the turn: claims and closes take the same lease.
    .write({ collection: 'handoffs', kind: 'updateOne', filter: { _id: ticket._id, status: ticket.status }, update: { $set: set }, mustMatch: true })
    .enqueue({ destination: 'desk', event: { kind: 'ticket-updated', ticket: view } })
    .enqueue({ destination: 'desk', event: { kind: 'safeguarding-alert', ticket: view, riskKind: kind, level: found.level, signposting: done } })
    .audit('safeguarding', {
      kind,
      level: found.level,
      source: 'local',
      score: found.level === 'clear' ? 1 : 0.5,
      ownership: input.ownership,
      ticketId: ticket._id,
      signposting: done,
      channel: ticket.channel,
      locale,
    });
  return { ticket: updated, level: found.level };
}
