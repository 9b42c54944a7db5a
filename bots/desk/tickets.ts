/** Creating handoff tickets and finding a citizen's place in the queue. */
import type { Locale } from '../../channels/types';
import type { HandoffReason, RiskKind } from '../../dialogs/types';
import type { ConversationDoc, HandoffDoc } from '../store/documents';
import type { Store } from '../store/port';
import { newId } from '../ids';

/** What a new ticket needs beyond the conversation. */
export interface NewTicket {
  reason: HandoffReason;
  priority: 'normal' | 'urgent';
  summary: string;
  locale: Locale;
  outOfHours: boolean;
  slaMinutes: number;
  now: Date;
  /** A crisis handoff's kind of risk; the engine sent its signposting with the handoff. */
  riskKind?: RiskKind;
}

/** A new open ticket for the conversation. */
export function newTicket(conversation: ConversationDoc, details: NewTicket): HandoffDoc {
  return {
    _id: newId(),
    conversationId: conversation._id,
    address: conversation.address,
    channel: conversation.channel,
    status: 'open',
    reason: details.reason,
    priority: details.priority,
    summary: details.summary,
    locale: details.locale,
    createdAt: details.now,
    claimedBy: null,
    claimedById: null,
    claimedAt: null,
    closedAt: null,
    slaDueAt: new Date(details.now.getTime() + details.slaMinutes * 60_000),
    reannounced: 0,
    outOfHours: details.outOfHours,
    callbackRequested: false,
    // The engine signposted with this handoff: the 10-minute no-repeat window starts now.
    ...(details.riskKind ? { riskKind: details.riskKind, signpostedAt: { [details.riskKind]: details.now } } : {}),
  };
}

/**
 * The ticket's place among open tickets: urgent ones are served first, then by age.
 * A ticket not yet stored (opened in the commit being built) counts as the newest.
 */
export async function queuePosition(store: Store, ticket: HandoffDoc): Promise<number> {
  const older = { createdAt: { $lt: ticket.createdAt } };
  const ahead =
    ticket.priority === 'urgent'
      ? { status: 'open', priority: 'urgent', ...older, _id: { $ne: ticket._id } }
      : { status: 'open', _id: { $ne: ticket._id }, $or: [{ priority: 'urgent' }, older] };
  return (await store.collection<HandoffDoc>('handoffs').countDocuments(ahead)) + 1;
}
