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
import type { Lease } from './conversation-lease';

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
    ...(inbound.attachments.length > 0 ? { attachments: inbound.attachments } : {}),
    internal: false,
    ticketId: ctx.conversation.ticketId,
    turnId: ctx.turnId,
    at: inbound.receivedAt,
    seq: inbound.seq,
    expiresAt: expiresAt('messages', ctx.now),
  };
}

/** The transcript line for a message sent to the citizen (or an internal note). */
export function outboundLine(ctx: RecordContext, message: OutboundMessage, speaker: Speaker, internal = false, id: string = newId()): MessageDoc {
  return {
    _id: id,
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
export function outboxEntry(ctx: RecordContext, payload: OutboxPayload, idempotencyKey: string = newId(), id: string = newId()): OutboxDoc {
  return {
    _id: id,
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
    expiresAt: expiresAt('messages', ctx.now),
  };
}

/** An audit event. Callers keep raw citizen text out of `data`. */
export function auditEvent(ctx: RecordContext, kind: AuditKind, data: Record<string, unknown>, id: string = newId()): AuditDoc {
  return {
    _id: id,
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
 * plus any extra ops, applied atomically with the conversation update, which checks both the
 * version read and the lease held: a writer that lost either commits nothing.
 *
 * Records written because of an inbound message (see `causedBy`) get ids derived from that
 * message's id, so the same reply can never be committed twice under two ids (the outbox's
 * idempotency key is unique).
 */
export class CommitBuilder {
  private readonly ops: WriteOp[] = [];
  /** Inbound messages marked done, each checked to be still pending. */
  private readonly doneMarks: WriteOp[] = [];
  private cause: string | null = null;
  private readonly counters = new Map<string, number>();
  readonly outbox: OutboxDoc[] = [];
  readonly lines: MessageDoc[] = [];

  constructor(readonly ctx: RecordContext) {}

  /** Records written from now on were caused by this inbound message: their ids derive from its id. */
  causedBy(inboundId: string | null): this {
    this.cause = inboundId;
    return this;
  }

  /** An id for a new record: derived from the cause and a per-kind counter, or random without a cause. */
  idFor(kind: string): string {
    if (!this.cause) return newId();
    const key = `${this.cause}:${kind}`;
    const n = this.counters.get(key) ?? 0;
    this.counters.set(key, n + 1);
    return `${key}:${n}`;
  }

  /** Marks an inbound message done; a message another turn already answered aborts the commit. */
  markDone(inbound: InboundDoc): this {
    this.doneMarks.push({
      collection: 'inbound',
      kind: 'updateOne',
      filter: { _id: inbound._id, status: 'pending' },
      update: { $set: { status: 'done', turnId: this.ctx.turnId } },
      mustMatch: true,
    });
    return this;
  }

  /** Sends a message to the citizen: a transcript line plus an outbox entry sharing its id. */
  say(message: OutboundMessage, speaker: Speaker = { kind: 'bot' }): this {
    const line = outboundLine(this.ctx, { ...message, speaker: speakerForChannel(speaker) }, speaker, false, this.idFor('reply'));
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
    const key = idempotencyKey ?? this.idFor('event');
    const entry = outboxEntry(this.ctx, payload, key, this.cause ? `${key}:outbox` : newId());
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
    this.ops.push({ collection: 'audit', kind: 'insertOne', doc: auditEvent(this.ctx, kind, data, this.idFor('audit')) });
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

  /**
   * The ops of one transaction: the conversation update checked against the version read and
   * the lease held (a lost race or a lapsed lease aborts it all), inbound messages marked
   * done, then the records.
   */
  build(conversationSet: Partial<ConversationDoc>, lease: Lease): WriteOp[] {
    const { conversation, now } = this.ctx;
    const update: WriteOp = {
      collection: 'conversations',
      kind: 'updateOne',
      filter: { _id: conversation._id, version: conversation.version, leaseOwner: lease.token },
      update: { $set: { ...conversationSet, updatedAt: now, expiresAt: expiresAt('messages', now) }, $inc: { version: 1 } },
      mustMatch: true,
    };
    // The checks go first, so a writer that lost the race fails on them (a conflict it can
    // explain) rather than on a record the winner already wrote.
    return [update, ...this.doneMarks, ...this.ops];
  }
}

function speakerForChannel(speaker: Speaker): OutboundMessage['speaker'] {
  return speaker.kind === 'citizen' ? { kind: 'system' } : speaker;
}
