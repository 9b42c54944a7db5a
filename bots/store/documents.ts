/**
 * The documents of each collection (DESIGN §5). Ids are app-chosen strings so the embedded
 * store and MongoDB hold identical documents.
 */
import type { Attachment, ChannelName, InboundControl, Locale, OutboundMessage } from '../../channels/types';
import type { DeskEvent, HandoffReasonView, SafeguardingConcernView, TranscriptEntryView } from '../../channels/desk-types';
import type { DialogState, RiskKind } from '../../dialogs/types';

/** Who speaks for the conversation right now (DESIGN §3). */
export type Ownership = 'bot' | 'queued' | 'agent';

/** One conversation per address: ownership, dialog state, locale and the turn lease. */
export interface ConversationDoc {
  _id: string;
  address: string;
  channel: ChannelName;
  ownership: Ownership;
  dialog: DialogState | null;
  locale: Locale;
  /** The open or claimed handoff ticket, while one exists. */
  ticketId: string | null;
  /** Bumped by every committed change; writes are version-checked. */
  version: number;
  /** The turn lease: who runs turns for this conversation, and until when. */
  leaseOwner: string | null;
  leaseUntil: Date | null;
  /** When the citizen was last told their place in the queue. */
  queueNoticeAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  /** Set at each commit: an idle conversation is removed with its transcript (retention). */
  expiresAt?: Date;
}

/** A provider message seen once; the unique (channel, providerMessageId) index dedupes retries. */
export interface InboundDoc {
  _id: string;
  channel: ChannelName;
  providerMessageId: string;
  address: string;
  /** Arrival order within the service; turns consume pending messages in this order. */
  seq: number;
  text: string;
  choice: string | null;
  locale: Locale | null;
  sender: { id: string; name?: string };
  attachments: Attachment[];
  /** A channel-level instruction (STOP, HELP, an abuse limit): recorded, answered with a fixed text, no engine turn. */
  control?: InboundControl;
  status: 'pending' | 'done';
  receivedAt: Date;
  turnId: string | null;
  expiresAt: Date;
}

/** Who wrote a transcript line. */
export type Speaker = TranscriptEntryView['speaker'];

/** One transcript line, in either direction. */
export interface MessageDoc {
  _id: string;
  conversationId: string;
  address: string;
  direction: 'in' | 'out';
  speaker: Speaker;
  text: string;
  choices?: OutboundMessage['choices'];
  card?: OutboundMessage['card'];
  /** What the citizen attached (MMS pictures), so an agent can see it. */
  attachments?: Attachment[];
  internal: boolean;
  ticketId: string | null;
  turnId: string | null;
  at: Date;
  /** Transcript order: lines written in one commit share `at`, so order by this. */
  seq: number;
  expiresAt: Date;
}

/** What an outbox entry delivers: a message to the citizen, or an event to the desk. */
export type OutboxPayload =
  | { destination: 'citizen'; address: string; message: OutboundMessage }
  | { destination: 'desk'; event: DeskEvent };

/** A reply or desk event waiting to be delivered (the transactional outbox). */
export interface OutboxDoc {
  _id: string;
  /** Unique: the same entry is never enqueued twice, and providers can dedupe on it. */
  idempotencyKey: string;
  conversationId: string;
  /** Delivery order within the conversation. */
  seq: number;
  payload: OutboxPayload;
  /** `suppressed`: never sent because the person opted out (SMS STOP). */
  status: 'pending' | 'sending' | 'sent' | 'failed' | 'suppressed';
  attempts: number;
  dueAt: Date;
  /** While "sending": when the claim lapses, so a crashed worker's entry is retried. */
  claimedUntil: Date | null;
  lastError: string | null;
  providerMessageId: string | null;
  /** Every provider id when the channel sent it in parts (a long SMS). */
  providerMessageIds?: string[];
  /** When the latest attempt was claimed, so a worker that finds the claim lapsed knows since when to look at the provider. */
  attemptStartedAt?: Date;
  /** Set when an attempt may have reached the provider without us knowing (timeout, reset): look there before sending again. */
  reconcileSince?: Date | null;
  /** The provider's delivery status from status callbacks (SMS); only ever moves forward. */
  deliveryStatus?: string;
  /** Orders delivery statuses so a late callback never moves one backwards. */
  deliveryRank?: number;
  /** The provider's error code for an undelivered or failed message. */
  deliveryErrorCode?: string | null;
  createdAt: Date;
  sentAt: Date | null;
  /** Kept as long as the transcript line it delivers (it holds the same text). */
  expiresAt?: Date;
}

/** A handoff ticket. */
export interface HandoffDoc {
  _id: string;
  conversationId: string;
  address: string;
  channel: ChannelName;
  status: 'open' | 'claimed' | 'resolved' | 'cancelled';
  reason: HandoffReasonView;
  priority: 'normal' | 'urgent';
  summary: string;
  locale: Locale;
  createdAt: Date;
  claimedBy: string | null;
  /** The staff id (StaffMember.id) of whoever claimed it; desk rules compare this, never the name. */
  claimedById?: string | null;
  claimedAt: Date | null;
  closedAt: Date | null;
  /** When an unclaimed ticket is next due for re-announcement. */
  slaDueAt: Date;
  reannounced: number;
  outOfHours: boolean;
  callbackRequested: boolean;
  /** The kind of risk when the ticket is a crisis: from the engine's handoff, or a clear signal while waiting or talking. */
  riskKind?: RiskKind;
  /** The reason the ticket was opened with, kept when a crisis later made the reason 'crisis'. */
  previousReason?: HandoffReasonView;
  /** When each kind's signposting was last sent on this ticket, so it is not repeated within 10 minutes. */
  signpostedAt?: Partial<Record<RiskKind, Date>>;
  /** The latest safeguarding signal since the handoff, for the desks. */
  concern?: SafeguardingConcernView;
  /** Set when the ticket closes (resolved or cancelled); open tickets never expire. */
  expiresAt?: Date | null;
}

/** One fact a channel keeps about a conversation (see ChannelMemory). */
export interface ChannelMemoryDoc {
  _id: string;
  address: string;
  key: string;
  value: unknown;
  updatedAt: Date;
  expiresAt: Date;
}

/** Kinds of audit event: every AI decision, ownership change, agent action and delivery problem. */
export type AuditKind =
  | 'decision'
  | 'ownership'
  | 'agent-action'
  | 'sla-breach'
  | 'delivery-retry'
  | 'delivery-failed'
  /** Before a resend, the provider was asked whether an earlier, uncertain attempt had arrived. */
  | 'delivery-reconciled'
  | 'turn-error'
  /** A channel-level instruction: opt-out, opt-in, help, or an abuse limit. */
  | 'channel-control'
  /** A provider reported that a sent message was not delivered. */
  | 'delivery-status'
  /** A subject access export or erasure; never names the subject. */
  | 'data-protection'
  /** The end-of-conversation question asked, or its 1–5 answer (issue 9). */
  | 'feedback'
  /** A safeguarding signal while a person owned or was about to own the conversation: kind, level, what was done; never text. */
  | 'safeguarding';

/** One audit event. `data` never holds raw citizen text. */
export interface AuditDoc {
  _id: string;
  at: Date;
  kind: AuditKind;
  conversationId: string;
  turnId: string | null;
  data: Record<string, unknown>;
  expiresAt: Date;
}
