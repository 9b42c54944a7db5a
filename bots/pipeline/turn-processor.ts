/**
 * One turn for one conversation: the pending inbound messages, routed by ownership, turned
 * into one atomic commit of state, transcript, tickets, outbox entries and audit events.
 */
import type { ChannelName } from '../../channels/types';
import type { BusinessHours } from '../../config/content/business-hours';
import { deskReplies } from '../../config/content/desk-replies';
import type { Audience, DialogState, Reply, TurnResult } from '../../dialogs/types';
import { describeOpening, isOpen, nextOpening } from '../desk/business-hours';
import { toTicketView, toTranscriptEntry } from '../desk/ticket-view';
import { newTicket, queuePosition } from '../desk/tickets';
import { summariseUnderstanding, type DecisionRecord } from '../events';
import { newId } from '../ids';
import type { Logger } from '../logging/logger';
import type { ConversationDoc, HandoffDoc, InboundDoc, Ownership } from '../store/documents';
import type { Store } from '../store/port';
import { expiresAt } from '../store/retention';
import { say } from '../text';
import { controlAuditData, controlReply, mediaReply } from './channel-control';
import { anyoneMayBeAsked, type ContactConsent } from './contact-consent';
import type { Lease } from './conversation-lease';
import { restartedDialog, type DialogEngine } from './engine-port';
import { QUEUE_CHOICES, routeWhileWithPeople } from './queued-routing';
import { CommitBuilder, inboundLine, type Committed } from './records';
import { safeguardWhileWithPeople } from './safeguarding-while-with-people';

/** What a turn needs from the rest of the service. */
export interface TurnProcessorDeps {
  store: Store;
  engine: DialogEngine;
  logger: Logger;
  businessHours: BusinessHours;
  handoff: { slaMinutes: number; queueUpdateMinutes: number };
  /** Whether the feedback question may be sent (no to an opted-out SMS number); everyone by default. */
  consent?: ContactConsent;
}

/** What a committed turn produced, for the outbox worker and live views. */
export interface TurnOutput {
  decisions: DecisionRecord[];
  committed: Committed;
}

/** The audience whose knowledge and flows a channel uses: staff on Teams, the public elsewhere. */
export function audienceFor(channel: ChannelName): Audience {
  return channel === 'teams' ? 'staff' : 'public';
}

/** Runs turns; one instance serves every conversation. */
export class TurnProcessor {
  constructor(private readonly deps: TurnProcessorDeps) {}

  /** Processes `batch` (oldest first) for `conversation` and commits the result atomically, if `lease` is still held. */
  async process(conversation: ConversationDoc, batch: InboundDoc[], turn: { id: string; now: Date; lease: Lease }): Promise<TurnOutput> {
    const { id: turnId, now, lease } = turn;
    const { store, engine } = this.deps;
    const commit = new CommitBuilder({ conversation, turnId, now });
    let ownership: Ownership = conversation.ownership;
    let dialog: DialogState = conversation.dialog ?? engine.initialState(audienceFor(conversation.channel), conversation.locale);
    let ticket = conversation.ticketId ? await store.collection<HandoffDoc>('handoffs').findOne({ _id: conversation.ticketId }) : null;
    let queueNoticeAt = conversation.queueNoticeAt;
    const decisions: DecisionRecord[] = [];
    // Replies wait here so a question answered by a later message in the same batch is dropped.
    let buffered: { reply: Reply; index: number; cause: string }[] = [];
    // Each reply's ids derive from the message that caused it, so a retried turn repeats them.
    const flush = (current: string | null) => {
      for (const b of buffered) commit.causedBy(b.cause).say(b.reply);
      buffered = [];
      commit.causedBy(current);
    };
    // Read once, and only when the engine runs: an opted-out number is never asked for feedback.
    let mayAskFeedback: Promise<boolean> | undefined;
    const consent = () => (mayAskFeedback ??= (this.deps.consent ?? anyoneMayBeAsked).mayAsk(conversation.address));

    for (const [index, inbound] of batch.entries()) {
      commit.markDone(inbound);
      commit.causedBy(inbound._id);
      const line = inboundLine({ ...commit.ctx, conversation: { ...conversation, ticketId: ticket?._id ?? null } }, inbound);
      commit.record(line);

      // STOP / START / HELP and abuse limits: recorded (and shown to a person who owns the conversation), never an engine turn.
      if (inbound.control) {
        commit.audit('channel-control', controlAuditData(inbound.control));
        if (ticket && ownership !== 'bot') commit.enqueue({ destination: 'desk', event: { kind: 'citizen-message', ticket: toTicketView(ticket), entry: toTranscriptEntry(line) } });
        const text = controlReply(inbound.control, dialog.locale);
        if (text) buffered.push({ reply: { text }, index, cause: inbound._id });
        continue;
      }

      if (ownership === 'bot' || !ticket) {
        buffered = buffered.filter((b) => !(b.reply.prompt && b.index === index - 1));
        // A picture by text: say honestly that the bot cannot look at it; words sent with it still get their turn.
        const media = conversation.channel === 'sms' && inbound.attachments.length > 0;
        if (media) {
          buffered.push({ reply: { text: mediaReply(dialog.locale) }, index, cause: inbound._id });
          commit.audit('channel-control', { kind: 'media', attachments: inbound.attachments.length });
          if (!inbound.text.trim()) continue;
        }
        const result = await this.runEngine(dialog, inbound, now, conversation, commit, await consent());
        dialog = result.state;
        buffered.push(...result.replies.map((reply) => ({ reply, index, cause: inbound._id })));
        decisions.push(this.decisionRecord(conversation, turnId, now, result));
        // Channel and language ride on every decision so oversight figures never need the conversation (or its address).
        commit.audit('decision', { ...decisionData(result), channel: conversation.channel, locale: result.state.locale });
        if (result.feedback) commit.audit('feedback', { ...result.feedback, channel: conversation.channel, locale: result.state.locale });
        if (result.outcome.status === 'handoff') {
          flush(inbound._id);
          ticket = newTicket(conversation, {
            reason: result.outcome.reason,
            priority: result.outcome.priority,
            summary: result.outcome.summary,
            locale: dialog.locale,
            outOfHours: !isOpen(this.deps.businessHours, now),
            slaMinutes: this.deps.handoff.slaMinutes,
            now,
            ...(result.outcome.riskKind ? { riskKind: result.outcome.riskKind } : {}),
          });
          ticket = { ...ticket, _id: commit.idFor('ticket') };
          commit.write({ collection: 'handoffs', kind: 'insertOne', doc: ticket });
          commit.audit('ownership', { from: ownership, to: 'queued', reason: ticket.reason, ticketId: ticket._id });
          ownership = 'queued';
          queueNoticeAt = now;
          await this.announceQueue(commit, ticket);
        }
        continue;
      }

      // Safeguarding first, in this state too: the engine (which checks while the bot owns it) does not run here.
      const safety = safeguardWhileWithPeople({ commit, ticket, inbound, locale: dialog.locale, ownership, businessHours: this.deps.businessHours });
      ticket = safety.ticket;
      const due = !queueNoticeAt || now.getTime() - queueNoticeAt.getTime() >= this.deps.handoff.queueUpdateMinutes * 60_000;
      const routed = await routeWhileWithPeople({ store, commit, ticket, inbound, line, locale: dialog.locale, businessHours: this.deps.businessHours, queueNoticeDue: due, concern: safety.level });
      if (due && ticket.status === 'open') queueNoticeAt = now;
      if (routed.kind === 'callback') {
        ticket = { ...ticket, callbackRequested: routed.wanted };
        commit.write({ collection: 'handoffs', kind: 'updateOne', filter: { _id: ticket._id }, update: { $set: { callbackRequested: routed.wanted } } });
        commit.enqueue({ destination: 'desk', event: { kind: 'ticket-updated', ticket: toTicketView(ticket) } });
      } else if (routed.kind === 'left-queue') {
        ticket = { ...ticket, status: 'cancelled', closedAt: now, expiresAt: expiresAt('tickets', now) };
        commit.write({ collection: 'handoffs', kind: 'updateOne', filter: { _id: ticket._id, status: 'open' }, update: { $set: { status: 'cancelled', closedAt: now, expiresAt: ticket.expiresAt } }, mustMatch: true });
        commit.enqueue({ destination: 'desk', event: { kind: 'ticket-updated', ticket: toTicketView(ticket) } });
        commit.audit('ownership', { from: ownership, to: 'bot', reason: 'citizen-left-queue', ticketId: ticket._id });
        ownership = 'bot';
        dialog = restartedDialog(engine, dialog, dialog.audience, dialog.locale);
        ticket = null;
      }
    }
    flush(null);

    const ops = commit.build({ ownership, dialog, locale: dialog.locale, ticketId: ticket?._id ?? null, queueNoticeAt }, lease);
    await store.writeAtomically(ops);
    return { decisions, committed: commit.committed() };
  }

  /** One engine step; an engine failure becomes a kind reply and an audit entry, never a lost message. */
  private async runEngine(dialog: DialogState, inbound: InboundDoc, now: Date, conversation: ConversationDoc, commit: CommitBuilder, mayAskFeedback: boolean): Promise<TurnResult> {
    try {
      return await this.deps.engine.turn(dialog, {
        text: inbound.text,
        ...(inbound.choice ? { choice: inbound.choice } : {}),
        ...(inbound.locale ? { locale: inbound.locale } : {}),
        now,
        mayAskFeedback,
        conversationId: conversation._id,
      });
    } catch (error) {
      this.deps.logger.error('dialog engine failed; sent the apology reply', { error, conversationId: conversation._id });
      commit.audit('turn-error', { error: error instanceof Error ? error.name : 'unknown' });
      return {
        outcome: { status: 'unsure' },
        state: { ...dialog, offer: 'person' },
        replies: [{ text: say(deskReplies.botFailure, dialog.locale) }],
        decision: { rule: 'engine-error', guardrails: [] },
      };
    }
  }

  /** Tells the citizen where they are in the queue, or that the team is closed, and tells the desk. */
  private async announceQueue(commit: CommitBuilder, ticket: HandoffDoc): Promise<void> {
    const { businessHours } = this.deps;
    const opening = ticket.outOfHours ? nextOpening(businessHours, commit.ctx.now) : null;
    const when = opening ? describeOpening(opening, ticket.locale, businessHours.timeZone) : '';
    if (ticket.outOfHours && ticket.priority === 'urgent') {
      // After crisis signposting, a callback menu would be noise: point back to the numbers that work now.
      commit.say({ text: say(deskReplies.urgentOutOfHours, ticket.locale, { opening: when }) }, { kind: 'system' });
    } else if (ticket.outOfHours) {
      commit.say(
        {
          text: say(deskReplies.outOfHours, ticket.locale, { opening: when }),
          choices: [
            { value: QUEUE_CHOICES.callbackYes, label: say(deskReplies.callbackYes, ticket.locale) },
            { value: QUEUE_CHOICES.callbackNo, label: say(deskReplies.callbackNo, ticket.locale) },
          ],
        },
        { kind: 'system' },
      );
    } else {
      const position = await queuePosition(this.deps.store, ticket);
      commit.say({ text: say(deskReplies.queuePosition, ticket.locale, { position }) }, { kind: 'system' });
    }
    commit.enqueue({ destination: 'desk', event: { kind: 'ticket-opened', ticket: toTicketView(ticket) } });
  }

  private decisionRecord(conversation: ConversationDoc, turnId: string, now: Date, result: TurnResult): DecisionRecord {
    return { id: newId(), at: now, address: conversation.address, conversationId: conversation._id, turnId, ...decisionData(result) };
  }
}

/** The explainable part of a turn result: no citizen text, only rules, flows and slot names. */
function decisionData(result: TurnResult): Omit<DecisionRecord, 'id' | 'at' | 'address' | 'conversationId' | 'turnId'> {
  const { decision } = result;
  return {
    rule: decision.rule,
    guardrails: decision.guardrails,
    ...(decision.risk ? { risk: decision.risk } : {}),
    outcome: result.outcome.status,
    ...(decision.understanding ? { understanding: summariseUnderstanding(decision.understanding) } : {}),
    ...(decision.flowId ? { flowId: decision.flowId } : {}),
    ...(decision.filledSlots ? { filledSlots: decision.filledSlots } : {}),
    ...(decision.step ? { step: decision.step } : {}),
    ...(decision.backOffice ? { backOffice: decision.backOffice } : {}),
  };
}
