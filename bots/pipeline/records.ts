/**
 * Builders for the documents a commit writes: transcript lines, outbox entries and audit
 * events. Keeping them here means every writer (turns, desk actions, SLA checks) stores
 * the same shapes.
 */
import type { OutboundMessage } from '../../channels/types';
import type { AuditDoc, AuditKind, ConversationDoc, InboundDoc, MessageDoc, OutboxDoc, OutboxPayload, Speaker } from '../store/documents';
import type { WriteOp } from '../store/port';
import { newId, nextSeq } from '../ids';
import { expiresAt } from '../store/retention';

/** What every builder needs to know about the write in progress. */
export interface RecordContext {
  conversation: ConversationDoc;
  turnId: string | null;
  now: Date;
}

/** The transcript line for a citizen's inbound message. */
export function inboundLine(ctx: RecordContext, inbound: InboundDoc): MessageDoc {
  return {
    _id: `in-${inbound._id}`,
    conversationId: ctx.conversation._id,
    address: ctx.conversation.address,
    direction: 'in',
    speaker: { kind: 'citizen' },
    text: inbound.text,
    internal: false,
    ticketId: ctx.conversation.ticketId,
    turnId: ctx.turnId,
    at: inbound.receivedAt,
    seq: inbound.seq,
    expiresAt: expiresAt('messages', ctx.now),
  };
}

/** The transcript line for a message sent to the citizen (or an internal note). */
export function outboundLine(ctx: RecordContext, message: OutboundMessage, speaker: Speaker, internal = false): MessageDoc {
  return {
    _id: newId(),
    conversationId: ctx.conversation._id,
    address: ctx.conversation.address,
    direction: 'out',
    speaker,
    text: message.text,
    ...(message.choices ? { choices: message.choices } : {}),
    ...(message.card ? { card: message.card } : {}),
    internal,
    ticketId: ctx.conversation.ticketId,
    turnId: ctx.turnId,
    at: ctx.now,
    seq: nextSeq(ctx.now),
    expiresAt: expiresAt('messages', ctx.now),
  };
}

/** An outbox entry; its idempotency key ties it to the transcript line or event it delivers. */
export function outboxEntry(ctx: RecordContext, payload: OutboxPayload, idempotencyKey: string = newId()): OutboxDoc {
  return {
    _id: newId(),
    idempotencyKey,
    conversationId: ctx.conversation._id,
    seq: nextSeq(ctx.now),
    payload,
    status: 'pending',
    attempts: 0,
    dueAt: ctx.now,
    claimedUntil: null,
    lastError: null,
    providerMessageId: null,
    createdAt: ctx.now,
    sentAt: null,
  };
}

/** An audit event. Callers keep raw citizen text out of `data`. */
export function auditEvent(ctx: RecordContext, kind: AuditKind, data: Record<string, unknown>): AuditDoc {
  return {
    _id: newId(),
    at: ctx.now,
    kind,
    conversationId: ctx.conversation._id,
    turnId: ctx.turnId,
    data,
    expiresAt: expiresAt('audit', ctx.now),
  };
}

/** What a committed write produced, for the outbox worker and live views. */
export interface Committed {
  conversationId: string;
  address: string;
  lines: MessageDoc[];
  outboxCount: number;
}

/**
 * Collects the writes of one commit: transcript lines, outbox entries and audit events,
 * plus any extra ops, applied atomically with the version-checked conversation update.
 */
export class CommitBuilder {
  private readonly ops: WriteOp[] = [];
  readonly outbox: OutboxDoc[] = [];
  readonly lines: MessageDoc[] = [];

  constructor(readonly ctx: RecordContext) {}

  /** Sends a message to the citizen: a transcript line plus an outbox entry sharing its id. */
  say(message: OutboundMessage, speaker: Speaker = { kind: 'bot' }): this {
    const line = outboundLine(this.ctx, { ...message, speaker: speakerForChannel(speaker) }, speaker);
    this.record(line);
    const payload: OutboxPayload = {
      destination: 'citizen',
      address: this.ctx.conversation.address,
      message: { ...message, speaker: speakerForChannel(speaker) },
    };
    return this.enqueue(payload, line._id);
  }

  /** Queues a delivery without a transcript line (desk events). */
  enqueue(payload: OutboxPayload, idempotencyKey?: string): this {
    const entry = outboxEntry(this.ctx, payload, idempotencyKey);
    this.outbox.push(entry);
    this.ops.push({ collection: 'outbox', kind: 'insertOne', doc: entry });
    return this;
  }

  /** Adds a transcript line that is not delivered (inbound lines, internal notes). */
  record(line: MessageDoc): this {
    this.lines.push(line);
    this.ops.push({ collection: 'messages', kind: 'insertOne', doc: line });
    return this;
  }

  /** Adds an audit event. */
  audit(kind: AuditKind, data: Record<string, unknown>): this {
    this.ops.push({ collection: 'audit', kind: 'insertOne', doc: auditEvent(this.ctx, kind, data) });
    return this;
  }

  /** Adds any other write. */
  write(op: WriteOp): this {
    this.ops.push(op);
    return this;
  }

  /** A summary of what this builder wrote, once the commit has succeeded. */
  committed(): Committed {
    return { conversationId: this.ctx.conversation._id, address: this.ctx.conversation.address, lines: this.lines, outboxCount: this.outbox.length };
  }

  /** The ops, led by the version-checked conversation update so a lost race aborts everything. */
  build(conversationSet: Partial<ConversationDoc>): WriteOp[] {
    const { conversation, now } = this.ctx;
    const update: WriteOp = {
      collection: 'conversations',
      kind: 'updateOne',
      filter: { _id: conversation._id, version: conversation.version },
      update: { $set: { ...conversationSet, updatedAt: now }, $inc: { version: 1 } },
      mustMatch: true,
    };
    return [update, ...this.ops];
  }
}

function speakerForChannel(speaker: Speaker): OutboundMessage['speaker'] {
  return speaker.kind === 'citizen' ? { kind: 'system' } : speaker;
}
