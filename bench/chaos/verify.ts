/**
 * The fault suite's checks: every conversation got exactly the replies of the fault-free
 * reference run, in order, none lost and none twice; and every provider attempt that failed has
 * an audit naming its cause (the error code the outbox saw).
 */
import type { AuditDoc, ConversationDoc, OutboxDoc } from '../../bots/store/documents';
import { deskReplies } from '../../config/content/desk-replies';
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

/** The queue-position texts, with the position as a pattern. */
const QUEUE_TEXTS = [deskReplies.queuePosition, deskReplies.stillQueued].flatMap((t) => [t.en, t.cy]).map((template) => {
  const [before = '', after = ''] = template.split('{position}');
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return { pattern: new RegExp(`^${escape(before)}\\d+${escape(after)}$`), template };
});

/**
 * A person's place in the queue depends on how many others asked for a person just before
 * them, which differs between any two runs; the rest of the text must match exactly.
 */
export function withoutQueuePosition(body: string): string {
  return QUEUE_TEXTS.find((q) => q.pattern.test(body))?.template ?? body;
}

/** Compares each conversation's replies with the reference, as multisets and as sequences (queue positions aside). */
export function checkReplies(raw: ConversationReplies[]): ReplyCheck {
  const check: ReplyCheck = { lost: 0, duplicated: 0, outOfOrder: 0, examples: [] };
  const conversations = raw.map((c) => ({ ...c, expected: c.expected.map(withoutQueuePosition), actual: c.actual.map(withoutQueuePosition) }));
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
  /** Creates that failed for the client: faults the fake injected, and answers that came after the client's timeout. */
  failedAttempts: number;
  failedByCode: Record<string, number>;
  /** Failed attempts matched by a delivery-retry (or delivery-failed) audit for the same number naming the cause. */
  audited: number;
  /** Of those, answers (a fault or a success) the client timed out before reading: the machine was busy. */
  lateAnswers: number;
  /** Faults the fake injected with no audit to explain them. */
  unexplained: number;
  /** Retry audits with no create at the fake to explain them. */
  unmatchedAudits: number;
  reconciled: { alreadySent: number; notFound: number };
}

const TIMEOUT = 'ECONNABORTED';

/**
 * Matches the creates at the fake with the outbox's retry audits, per number: first on the
 * same code; then a timeout audit explains an answer the client did not wait for (the fake and
 * the service share a busy machine), whether that answer was a fault or a success.
 */
export function checkAudit(requests: CreateRequest[], audits: AuditDoc[], conversations: ConversationDoc[]): AuditCheck {
  const numberOf = new Map(conversations.map((c) => [c._id, c.address.replace(/^sms:/, '')]));
  const perNumber = new Map<string, { codes: string[]; faults: string[]; answered: number }>();
  const of = (to: string) => perNumber.get(to) ?? perNumber.set(to, { codes: [], faults: [], answered: 0 }).get(to)!;
  const reconciled = { alreadySent: 0, notFound: 0 };
  for (const audit of audits) {
    if (audit.kind === 'delivery-reconciled') {
      if (audit.data.outcome === 'already-sent') reconciled.alreadySent += 1;
      else reconciled.notFound += 1;
      continue;
    }
    // A text held back because the person opted out made no provider attempt.
    if ((audit.kind !== 'delivery-retry' && audit.kind !== 'delivery-failed') || audit.data.destination !== 'citizen' || audit.data.suppressed) continue;
    of(numberOf.get(audit.conversationId) ?? '?').codes.push(String(audit.data.code));
  }
  for (const request of requests) {
    const code = expectedCode(request);
    if (code) of(request.to).faults.push(code);
    else of(request.to).answered += 1;
  }
  const check: AuditCheck = { failedAttempts: 0, failedByCode: {}, audited: 0, lateAnswers: 0, unexplained: 0, unmatchedAudits: 0, reconciled };
  const count = (code: string) => {
    check.failedAttempts += 1;
    check.failedByCode[code] = (check.failedByCode[code] ?? 0) + 1;
  };
  for (const { codes, faults, answered } of perNumber.values()) {
    const left = [...codes];
    const take = (code: string) => {
      const i = left.indexOf(code);
      if (i >= 0) left.splice(i, 1);
      return i >= 0;
    };
    const unmatched = faults.filter((code) => !take(code));
    for (const code of faults) count(code);
    check.audited += faults.length - unmatched.length;
    for (const _fault of unmatched) {
      if (take(TIMEOUT)) {
        check.audited += 1;
        check.lateAnswers += 1;
      } else check.unexplained += 1;
    }
    // Timeouts left over: answers the fake gave in time that reached the client too late.
    let late = 0;
    while (late < answered && take(TIMEOUT)) late += 1;
    for (let i = 0; i < late; i++) count(TIMEOUT);
    check.audited += late;
    check.lateAnswers += late;
    check.unmatchedAudits += left.length;
  }
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
