/**
 * The agent desk's ports. A desk (the web console in the sandbox, Slack in production)
 * receives desk events from the outbox and calls back through DeskActions. Desks see
 * these narrow ports, never the service itself.
 */
import type { ChannelName, OutboundMessage } from './types';

/** Why a person was asked to take over. */
export type HandoffReasonView = 'requested' | 'complaint' | 'crisis' | 'unsure' | 'repeated-failure' | 'no-answer' | 'outage';

/** A kind of risk to a person (mirrors the dialog engine's RiskKind; channels import nothing from dialogs/). */
export type RiskKindView = 'suicide' | 'danger' | 'self-harm' | 'abuse' | 'child' | 'homeless';

/** The latest safeguarding signal seen while people owned the conversation, so every desk can show it. */
export interface SafeguardingConcernView {
  /** clear: the citizen was signposted; unclear: someone should check, nothing was said to the citizen. */
  level: 'clear' | 'unclear';
  riskKind: RiskKindView;
  at: Date;
  signposting: SignpostingView;
}

/** What the bot did about signposting for a message: sent it, skipped it (sent in the last 10 minutes), or said nothing (unclear signal). */
export type SignpostingView = 'sent' | 'sent-recently' | 'not-sent';

/** A handoff ticket as a desk shows it. */
export interface TicketView {
  id: string;
  status: 'open' | 'claimed' | 'resolved' | 'cancelled';
  reason: HandoffReasonView;
  priority: 'normal' | 'urgent';
  channel: ChannelName;
  address: string;
  /** Written for the agent: what was asked, what the bot did, details collected. */
  summary: string;
  createdAt: Date;
  /** The name shown for whoever claimed it; claimedById is who they are. */
  claimedBy: string | null;
  claimedById: string | null;
  outOfHours: boolean;
  callbackRequested: boolean;
  /** How many times an unclaimed ticket has been re-announced after its SLA passed. */
  reannounced: number;
  /** The kind of risk, when the ticket is (or became) a crisis. */
  riskKind?: RiskKindView;
  /** Why the ticket was opened, before a crisis while waiting or talking changed its reason. */
  previousReason?: HandoffReasonView;
  /** The latest safeguarding signal since the handoff. */
  concern?: SafeguardingConcernView;
}

/** One line of a conversation's transcript as a desk shows it. */
export interface TranscriptEntryView {
  id: string;
  direction: 'in' | 'out';
  text: string;
  speaker: NonNullable<OutboundMessage['speaker']> | { kind: 'citizen' };
  /** An internal note between agents: never sent to the citizen. */
  internal: boolean;
  at: Date;
}

/** Something the desk must show; delivered through the outbox, so retried until it lands. */
export type DeskEvent =
  | { kind: 'ticket-opened'; ticket: TicketView }
  | { kind: 'ticket-updated'; ticket: TicketView }
  | { kind: 'sla-breached'; ticket: TicketView }
  | { kind: 'citizen-message'; ticket: TicketView; entry: TranscriptEntryView }
  | { kind: 'delivery-failed'; ticket: TicketView; detail: string }
  /**
   * A safeguarding signal in a message sent while the ticket waits or an agent talks: shown so it
   * cannot be missed. `signposting` says whether the bot just sent the citizen where to get help.
   */
  | { kind: 'safeguarding-alert'; ticket: TicketView; riskKind: RiskKindView; level: 'clear' | 'unclear'; signposting: SignpostingView };

/** Port: a desk that shows handoff events to agents. */
export interface DeskPort {
  deliver(event: DeskEvent): Promise<void>;
}

/** Why a desk action was refused; each maps to a polite message for the agent. */
export type DeskActionErrorCode = 'NOT_FOUND' | 'ALREADY_CLAIMED' | 'NOT_CLAIMED_BY_YOU' | 'TICKET_CLOSED' | 'EMPTY_MESSAGE' | 'NOT_STAFF';

/** Raised by DeskActions when an agent's action cannot be done. */
export class DeskActionError extends Error {
  constructor(
    readonly code: DeskActionErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A member of staff acting at a desk, as their sign-in proved them: `id` is stable and unique
 * (`oidc:<subject>` from the console, `slack:<user id>` from Slack), `name` is what people see.
 * Desk rules compare ids, never names, so typing someone's name takes nothing over.
 */
export interface StaffMember {
  id: string;
  name: string;
}

/** The narrow port desks call: the handoff core's operations and queries. */
export interface DeskActions {
  listTickets(filter?: { statuses?: TicketView['status'][] }): Promise<TicketView[]>;
  getTicket(ticketId: string): Promise<{ ticket: TicketView; transcript: TranscriptEntryView[] }>;
  claim(ticketId: string, staff: StaffMember): Promise<TicketView>;
  /** A supervisor moves a claimed (or open) conversation to themselves; the desk checks the role first. */
  takeOver(ticketId: string, supervisor: StaffMember): Promise<TicketView>;
  /** A supervisor puts a claimed conversation back in the queue for someone else to claim; the desk checks the role first. */
  release(ticketId: string, supervisor: StaffMember): Promise<TicketView>;
  sendAgentMessage(ticketId: string, staff: StaffMember, text: string): Promise<void>;
  addNote(ticketId: string, staff: StaffMember, text: string): Promise<void>;
  resolve(ticketId: string, staff: StaffMember): Promise<TicketView>;
}
