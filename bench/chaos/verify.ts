/**
 * The fault suite's checks: every conversation got exactly the replies of the fault-free
 * reference run, in order, none lost and none twice; and every provider attempt that failed has
 * an audit naming its cause (the error code the outbox saw).
 */
import type { AuditDoc, ConversationDoc, OutboxDoc } from '../../bots/store/documents';
import type { CreateRequest, FakeReply } from '../fake-twilio-api';

/** What a conversation should have received and what reached the fake provider. */
export interface ConversationReplies {
  number: string;
  expected: string[];
  actual: string[];
}

/** Per conversation: replies missing, replies extra, and whether the ones that came are in the wrong order. */
export interface ReplyCheck {
  lost: number;
  duplicated: number;
  outOfOrder: number;
  /** A few examples of conversations that went wrong, numbers only (no message text). */
  examples: string[];
}

/** Compares each conversation's replies with the reference, as multisets and as sequences. */
export function checkReplies(conversations: ConversationReplies[]): ReplyCheck {
  const check: ReplyCheck = { lost: 0, duplicated: 0, outOfOrder: 0, examples: [] };
  for (const c of conversations) {
    const remaining = new Map<string, number>();
    for (const body of c.expected) remaining.set(body, (remaining.get(body) ?? 0) + 1);
    let extra = 0;
    for (const body of c.actual) {
      const left = remaining.get(body) ?? 0;
      if (left > 0) remaining.set(body, left - 1);
      else extra += 1;
    }
    const missing = [...remaining.values()].reduce((a, b) => a + b, 0);
    check.lost += missing;
    check.duplicated += extra;
    const sameSequence = c.actual.length === c.expected.length && c.actual.every((body, i) => body === c.expected[i]);
    if (missing === 0 && extra === 0 && !sameSequence) check.outOfOrder += 1;
    if ((missing || extra || !sameSequence) && check.examples.length < 5) check.examples.push(`${c.number}: ${missing} missing, ${extra} extra${missing === 0 && extra === 0 ? ', out of order' : ''}`);
  }
  return check;
}

/** The error code the outbox should have audited for a failed create, or null when the create succeeded for the client. */
export function expectedCode(request: CreateRequest): string | null {
  if (request.fault === 'rateLimited') return '429';
  if (request.fault === 'serverError') return '503';
  if (request.fault === 'reset') return 'ECONNRESET';
  // A timeout, or any answer that came after the client had given up (a slow answer on a busy machine).
  if (request.fault === 'timeout' || request.clientGaveUp) return 'ECONNABORTED';
  return null;
}

/** How the failed provider attempts compare with the audit trail. */
export interface AuditCheck {
  /** Creates the client saw fail (each needs a retry, or a reconciliation). */
  failedAttempts: number;
  failedByCode: Record<string, number>;
  /** Failed attempts matched by a delivery-retry (or delivery-failed) audit with the same code for the same number. */
  audited: number;
  /** Failed attempts without such an audit. */
  unexplained: number;
  /** Retry audits with no failed attempt at the fake to explain them. */
  unmatchedAudits: number;
  reconciled: { alreadySent: number; notFound: number };
}

/** Matches failed creates at the fake with the outbox's retry audits, per number and code. */
export function checkAudit(requests: CreateRequest[], audits: AuditDoc[], conversations: ConversationDoc[]): AuditCheck {
  const numberOf = new Map(conversations.map((c) => [c._id, c.address.replace(/^sms:/, '')]));
  const key = (to: string, code: string) => `${to} ${code}`;
  const audited = new Map<string, number>();
  const reconciled = { alreadySent: 0, notFound: 0 };
  for (const audit of audits) {
    if (audit.kind === 'delivery-reconciled') {
      if (audit.data.outcome === 'already-sent') reconciled.alreadySent += 1;
      else reconciled.notFound += 1;
      continue;
    }
    // A text held back because the person opted out made no provider attempt.
    if ((audit.kind !== 'delivery-retry' && audit.kind !== 'delivery-failed') || audit.data.destination !== 'citizen' || audit.data.suppressed) continue;
    const k = key(numberOf.get(audit.conversationId) ?? '?', String(audit.data.code));
    audited.set(k, (audited.get(k) ?? 0) + 1);
  }
  const totalAudits = [...audited.values()].reduce((a, b) => a + b, 0);
  const check: AuditCheck = { failedAttempts: 0, failedByCode: {}, audited: 0, unexplained: 0, unmatchedAudits: 0, reconciled };
  for (const request of requests) {
    const code = expectedCode(request);
    if (!code) continue;
    check.failedAttempts += 1;
    check.failedByCode[code] = (check.failedByCode[code] ?? 0) + 1;
    const k = key(request.to, code);
    const left = audited.get(k) ?? 0;
    if (left > 0) {
      audited.set(k, left - 1);
      check.audited += 1;
    } else check.unexplained += 1;
  }
  check.unmatchedAudits = totalAudits - check.audited;
  return check;
}

/** Outbox entries to citizens that ended other than sent (given up, or still waiting); held back for an opted-out number is right. */
export function unsentEntries(entries: OutboxDoc[]): number {
  return entries.filter((e) => e.payload.destination === 'citizen' && e.status !== 'sent' && e.status !== 'suppressed').length;
}

/** The bodies the fake took for each number, in order. */
export function repliesByNumber(replies: FakeReply[]): Map<string, string[]> {
  const by = new Map<string, string[]>();
  for (const reply of replies) {
    const bodies = by.get(reply.to) ?? [];
    bodies.push(reply.body);
    by.set(reply.to, bodies);
  }
  return by;
}
