/**
 * The handoff core: what agents can do with a ticket (claim, talk, note, resolve), each
 * change committed with the conversation under its lease, so a desk action never races a turn.
 * Implements the DeskActions port that the console and Slack call.
 */
import { DeskActionError, type DeskActions, type StaffMember, type TicketView, type TranscriptEntryView } from '../../channels/desk-types';
import { deskReplies } from '../../config/content/desk-replies';
import type { ConversationLeases } from '../pipeline/conversation-lease';
import { anyoneMayBeAsked, type ContactConsent } from '../pipeline/contact-consent';
import { restartedDialog, type DialogEngine } from '../pipeline/engine-port';
import { CommitBuilder, outboundLine, type Committed } from '../pipeline/records';
import { audienceFor } from '../pipeline/turn-processor';
import type { DialogState } from '../../dialogs/types';
import type { ConversationDoc, HandoffDoc, MessageDoc } from '../store/documents';
import type { Store } from '../store/port';
import { expiresAt } from '../store/retention';
import { say } from '../text';
import { toTicketView, toTranscriptEntry } from './ticket-view';

/** What the handoff service needs. */
export interface HandoffServiceDeps {
  store: Store;
  leases: ConversationLeases;
  engine: DialogEngine;
  clock: () => Date;
  onCommitted: (committed: Committed) => void;
  /** How long a desk action waits for a running turn to finish. */
  leaseWaitMs?: number;
  /** Whether the feedback question may follow a resolve (no to an opted-out SMS number); everyone by default. */
  consent?: ContactConsent;
}

const MAX_AGENT_TEXT = 4_000;

/** The handoff core behind every desk. */
export class HandoffService implements DeskActions {
  constructor(private readonly deps: HandoffServiceDeps) {}

  /** Open and claimed tickets by default: urgent first, then oldest first. */
  async listTickets(filter: { statuses?: TicketView['status'][] } = {}): Promise<TicketView[]> {
    const statuses = filter.statuses ?? ['open', 'claimed'];
    const docs = await this.deps.store.collection<HandoffDoc>('handoffs').find({ status: { $in: statuses } }, { sort: { createdAt: 1 } });
    const rank = (doc: HandoffDoc) => (doc.priority === 'urgent' ? 0 : 1);
    return docs.sort((a, b) => rank(a) - rank(b)).map(toTicketView);
  }

  /** A ticket with its conversation's transcript, internal notes included. */
  async getTicket(ticketId: string): Promise<{ ticket: TicketView; transcript: TranscriptEntryView[] }> {
    const ticket = await this.findTicket(ticketId);
    const lines = await this.deps.store.collection<MessageDoc>('messages').find({ conversationId: ticket.conversationId }, { sort: { seq: 1 } });
    return { ticket: toTicketView(ticket), transcript: lines.map(toTranscriptEntry) };
  }

  /** Claims an open ticket; the conversation becomes the agent's. Claiming your own claim again is fine. */
  async claim(ticketId: string, staff: StaffMember): Promise<TicketView> {
    const who = requireStaff(staff);
    return this.withTicket(ticketId, async (ticket, commit) => {
      if (ticket.status === 'claimed' && ticket.claimedById === who.id) return { ticket, set: {} };
      if (ticket.status === 'claimed') throw new DeskActionError('ALREADY_CLAIMED', `${ticket.claimedBy} has already claimed this conversation.`);
      if (ticket.status !== 'open') throw new DeskActionError('TICKET_CLOSED', 'This conversation is already closed.');
      const now = commit.ctx.now;
      const claimed: HandoffDoc = { ...ticket, status: 'claimed', claimedBy: who.name, claimedById: who.id, claimedAt: now };
      commit
        .write({ collection: 'handoffs', kind: 'updateOne', filter: { _id: ticket._id, status: 'open' }, update: { $set: { status: 'claimed', claimedBy: who.name, claimedById: who.id, claimedAt: now } }, mustMatch: true })
        .say({ text: say(deskReplies.agentJoined, ticket.locale, { agent: who.name }) }, { kind: 'system' })
        .enqueue({ destination: 'desk', event: { kind: 'ticket-updated', ticket: toTicketView(claimed) } })
        .audit('ownership', { from: 'queued', to: 'agent', ticketId: ticket._id, agent: who.name, staffId: who.id, waitedMs: now.getTime() - ticket.createdAt.getTime() });
      return { ticket: claimed, set: { ownership: 'agent' } };
    }).then(toTicketView);
  }

  /** Moves an open or claimed conversation to a supervisor; the citizen hears that someone new has joined. */
  async takeOver(ticketId: string, supervisor: StaffMember): Promise<TicketView> {
    const who = requireStaff(supervisor);
    return this.withTicket(ticketId, async (ticket, commit) => {
      if (ticket.status === 'resolved' || ticket.status === 'cancelled') throw new DeskActionError('TICKET_CLOSED', 'This conversation is already closed.');
      if (ticket.status === 'claimed' && ticket.claimedById === who.id) return { ticket, set: {} };
      const now = commit.ctx.now;
      const taken: HandoffDoc = { ...ticket, status: 'claimed', claimedBy: who.name, claimedById: who.id, claimedAt: now };
      commit
        .write({ collection: 'handoffs', kind: 'updateOne', filter: { _id: ticket._id, status: ticket.status, claimedById: ticket.claimedById ?? null }, update: { $set: { status: 'claimed', claimedBy: who.name, claimedById: who.id, claimedAt: now } }, mustMatch: true })
        .say({ text: say(deskReplies.agentJoined, ticket.locale, { agent: who.name }) }, { kind: 'system' })
        .enqueue({ destination: 'desk', event: { kind: 'ticket-updated', ticket: toTicketView(taken) } })
        .audit('agent-action', { action: 'take-over', ticketId: ticket._id, agent: who.name, staffId: who.id, fromStaffId: ticket.claimedById ?? null });
      return { ticket: taken, set: { ownership: 'agent' } };
    }).then(toTicketView);
  }

  /** Puts a claimed conversation back in the queue (a supervisor reassigning it); the citizen is told someone else will pick it up. */
  async release(ticketId: string, supervisor: StaffMember): Promise<TicketView> {
    const who = requireStaff(supervisor);
    return this.withTicket(ticketId, async (ticket, commit) => {
      if (ticket.status !== 'claimed') throw new DeskActionError(ticket.status === 'open' ? 'NOT_CLAIMED_BY_YOU' : 'TICKET_CLOSED', ticket.status === 'open' ? 'This conversation is already waiting in the queue.' : 'This conversation is already closed.');
      const released: HandoffDoc = { ...ticket, status: 'open', claimedBy: null, claimedById: null, claimedAt: null };
      commit
        .write({ collection: 'handoffs', kind: 'updateOne', filter: { _id: ticket._id, status: 'claimed', claimedById: ticket.claimedById ?? null }, update: { $set: { status: 'open', claimedBy: null, claimedById: null, claimedAt: null } }, mustMatch: true })
        .say({ text: say(deskReplies.released, ticket.locale) }, { kind: 'system' })
        .enqueue({ destination: 'desk', event: { kind: 'ticket-updated', ticket: toTicketView(released) } })
        .audit('agent-action', { action: 'release', ticketId: ticket._id, agent: who.name, staffId: who.id, fromStaffId: ticket.claimedById ?? null });
      return { ticket: released, set: { ownership: 'queued' } };
    }).then(toTicketView);
  }

  /** Sends the claiming agent's message to the citizen on their own channel. */
  async sendAgentMessage(ticketId: string, staff: StaffMember, text: string): Promise<void> {
    const who = requireStaff(staff);
    const body = requireText(text);
    await this.withTicket(ticketId, async (ticket, commit) => {
      requireClaimedBy(ticket, who);
      commit.say({ text: body }, { kind: 'agent', name: who.name }).audit('agent-action', { action: 'message', ticketId: ticket._id, agent: who.name, staffId: who.id });
      return { ticket, set: {} };
    });
  }

  /** Adds an internal note: kept in the transcript for agents, never sent to the citizen. */
  async addNote(ticketId: string, staff: StaffMember, text: string): Promise<void> {
    const who = requireStaff(staff);
    const body = requireText(text);
    await this.withTicket(ticketId, async (ticket, commit) => {
      if (ticket.status === 'resolved' || ticket.status === 'cancelled') throw new DeskActionError('TICKET_CLOSED', 'This conversation is already closed.');
      commit.record(outboundLine(commit.ctx, { text: body }, { kind: 'agent', name: who.name }, true)).audit('agent-action', { action: 'note', ticketId: ticket._id, agent: who.name, staffId: who.id });
      return { ticket, set: {} };
    });
  }

  /** Hands the conversation back to the bot and tells the citizen. */
  async resolve(ticketId: string, staff: StaffMember): Promise<TicketView> {
    const who = requireStaff(staff);
    return this.withTicket(ticketId, async (ticket, commit, conversation) => {
      requireClaimedBy(ticket, who);
      const now = commit.ctx.now;
      const resolved: HandoffDoc = { ...ticket, status: 'resolved', closedAt: now, expiresAt: expiresAt('tickets', now) };
      commit
        .write({ collection: 'handoffs', kind: 'updateOne', filter: { _id: ticket._id, status: 'claimed' }, update: { $set: { status: 'resolved', closedAt: now, expiresAt: resolved.expiresAt } }, mustMatch: true })
        .say({ text: say(deskReplies.resolved, ticket.locale, { agent: who.name }) }, { kind: 'system' })
        .enqueue({ destination: 'desk', event: { kind: 'ticket-updated', ticket: toTicketView(resolved) } })
        .audit('ownership', { from: 'agent', to: 'bot', ticketId: ticket._id, agent: who.name, staffId: who.id });
      let dialog: DialogState = restartedDialog(this.deps.engine, conversation.dialog, audienceFor(conversation.channel), conversation.locale, ticket.reason === 'crisis');
      // An agent closing the conversation is an end: ask how it went, unless a crisis or consent forbids it.
      const mayAskFeedback = await (this.deps.consent ?? anyoneMayBeAsked).mayAsk(conversation.address);
      const asked = this.deps.engine.askFeedback?.(dialog, { now, mayAskFeedback }) ?? null;
      if (asked) {
        dialog = asked.state;
        commit.say(asked.reply).audit('feedback', { event: 'asked', channel: conversation.channel, locale: dialog.locale });
      }
      return { ticket: resolved, set: { ownership: 'bot', ticketId: null, dialog } };
    }).then(toTicketView);
  }

  private async findTicket(ticketId: string): Promise<HandoffDoc> {
    const ticket = await this.deps.store.collection<HandoffDoc>('handoffs').findOne({ _id: ticketId });
    if (!ticket) throw new DeskActionError('NOT_FOUND', 'There is no such conversation in the queue.');
    return ticket;
  }

  /** Runs a change under the conversation's lease and commits it with a version check. */
  private async withTicket(
    ticketId: string,
    change: (ticket: HandoffDoc, commit: CommitBuilder, conversation: ConversationDoc) => Promise<{ ticket: HandoffDoc; set: Partial<ConversationDoc> }>,
  ): Promise<HandoffDoc> {
    const { store, leases, clock } = this.deps;
    const first = await this.findTicket(ticketId);
    return leases.withLease(first.address, this.deps.leaseWaitMs ?? 10_000, async (lease) => {
      const ticket = await this.findTicket(ticketId);
      const conversation = await store.collection<ConversationDoc>('conversations').findOne({ _id: ticket.conversationId });
      if (!conversation) throw new DeskActionError('NOT_FOUND', 'The conversation for this ticket no longer exists.');
      const commit = new CommitBuilder({ conversation, turnId: null, now: clock() });
      const result = await change(ticket, commit, conversation);
      await store.writeAtomically(commit.build(result.set, lease));
      this.deps.onCommitted(commit.committed());
      return result.ticket;
    });
  }
}

function requireStaff(staff: StaffMember): StaffMember {
  const name = staff.name.trim().slice(0, 80);
  // Identities come from a sign-in, so an empty one is a wiring bug, not something an agent typed.
  if (!staff.id || !name) throw new Error('A desk action needs a signed-in member of staff.');
  return { id: staff.id, name };
}

function requireText(text: string): string {
  const body = text.trim();
  if (!body) throw new DeskActionError('EMPTY_MESSAGE', 'Please type a message first.');
  return body.slice(0, MAX_AGENT_TEXT);
}

function requireClaimedBy(ticket: HandoffDoc, staff: StaffMember): void {
  if (ticket.status !== 'claimed') throw new DeskActionError(ticket.status === 'open' ? 'NOT_CLAIMED_BY_YOU' : 'TICKET_CLOSED', ticket.status === 'open' ? 'Claim this conversation before you reply.' : 'This conversation is already closed.');
  if (ticket.claimedById !== staff.id) throw new DeskActionError('NOT_CLAIMED_BY_YOU', `${ticket.claimedBy} is looking after this conversation.`);
}
