/**
 * Seeds audit events for oversight tests in the shapes the pipeline writes them: a decision
 * per bot turn (TurnProcessor), ownership changes (to queued in the turn, to agent and back
 * from the desk), and feedback facts. `episodes.test.ts` checks these shapes against real turns.
 */
import type { ChannelName, Locale } from '../../channels/types';
import { auditEvent, type RecordContext } from '../../bots/pipeline/records';
import type { AuditDoc, AuditKind, ConversationDoc } from '../../bots/store/documents';
import type { Store } from '../../bots/store/port';

/** A decision's explainable part, as decisionData() writes it. */
export interface DecisionSpec {
  rule: string;
  outcome: 'waiting' | 'complete' | 'answered' | 'cancelled' | 'handoff' | 'unsure' | 'idle';
  guardrails?: string[];
  flowId?: string;
  understanding?: Record<string, unknown>;
}

/** A model call as understanding.model records it. */
export function modelCall(prompt: number, completion: number, result = 'ok'): Record<string, unknown> {
  return { model: 'gpt-4.1-mini', promptVersion: 'understanding.v1', tool: 'start_missed_bin', latencyMs: 800, tokens: { prompt, completion }, result };
}

let conversations = 0;

/** Writes one conversation's audit events, moving a clock along as a person would. */
export class SeededConversation {
  readonly docs: AuditDoc[] = [];
  private readonly conversation: ConversationDoc;
  private turn = 0;
  private at: number;

  constructor(
    readonly channel: ChannelName,
    readonly locale: Locale,
    start: Date,
    readonly id = `seeded-${++conversations}`,
  ) {
    this.at = start.getTime();
    this.conversation = { _id: id, address: `${channel}:${id}`, channel, ownership: 'bot', dialog: null, locale, ticketId: null, version: 0, leaseOwner: null, leaseUntil: null, queueNoticeAt: null, createdAt: start, updatedAt: start };
  }

  /** Moves the clock on. */
  wait(ms: number): this {
    this.at += ms;
    return this;
  }

  private audit(kind: AuditKind, data: Record<string, unknown>, turn: 'next' | 'same' | 'none'): this {
    if (turn === 'next') this.turn += 1;
    const ctx: RecordContext = { conversation: this.conversation, turnId: turn === 'none' ? null : `${this.id}:turn:${this.turn}`, now: new Date(this.at) };
    this.docs.push(auditEvent(ctx, kind, data, `${this.id}:audit:${this.docs.length}`));
    return this;
  }

  /** One bot turn's decision, 20 seconds after the last event. */
  decision(spec: DecisionSpec): this {
    const { rule, outcome, guardrails = [], flowId, understanding } = spec;
    const data = { rule, guardrails, outcome, ...(understanding ? { understanding } : {}), ...(flowId ? { flowId } : {}), channel: this.channel, locale: this.locale };
    return this.wait(20_000).audit('decision', data, 'next');
  }

  /** The turn just audited handed over: the ticket opens in the same commit. */
  handoff(reason: string): this {
    return this.audit('ownership', { from: 'bot', to: 'queued', reason, ticketId: `${this.id}:ticket` }, 'same');
  }

  /** A crisis text while people own the conversation, as the safeguarding check audits it. */
  safeguarding(level: 'clear' | 'unclear', kind = 'suicide'): this {
    return this.wait(20_000).audit('safeguarding', { kind, level, source: 'local', score: level === 'clear' ? 1 : 0.5, ownership: 'agent', signposting: level === 'clear' ? 'sent' : 'not-sent', channel: this.channel, locale: this.locale }, 'next');
  }

  /** An agent claims the ticket after `waitedMs`, as HandoffService audits it. */
  claim(waitedMs: number): this {
    return this.wait(waitedMs).audit('ownership', { from: 'queued', to: 'agent', ticketId: `${this.id}:ticket`, agent: 'Agent A', waitedMs }, 'none');
  }

  /** The agent resolves: the conversation goes back to the bot and the feedback question is asked. */
  resolve(): this {
    this.wait(60_000).audit('ownership', { from: 'agent', to: 'bot', ticketId: `${this.id}:ticket`, agent: 'Agent A' }, 'none');
    return this.audit('feedback', { event: 'asked', channel: this.channel, locale: this.locale }, 'none');
  }

  /** The feedback question asked in the turn just audited. */
  asked(): this {
    return this.audit('feedback', { event: 'asked', channel: this.channel, locale: this.locale }, 'same');
  }

  /** The citizen answers the feedback question in a turn of its own. */
  answered(score: number, afterMs = 20_000): this {
    this.wait(afterMs - 20_000).decision({ rule: 'feedback:answered', outcome: 'idle' });
    return this.audit('feedback', { event: 'answered', score, channel: this.channel, locale: this.locale }, 'same');
  }
}

/** Common conversations, each a function of channel, language and start. */
export const play = {
  /** A missed bin reported to the end, understood by the model. */
  resolvedFlow: (c: SeededConversation, tokens = { prompt: 1000, completion: 50 }) =>
    c
      .decision({ rule: 'understanding:flow', outcome: 'waiting', flowId: 'missed-bin', understanding: { kind: 'flow', confidence: 0.9, source: 'model', flowId: 'missed-bin', slotNames: [], model: modelCall(tokens.prompt, tokens.completion) } })
      .decision({ rule: 'form:slot-filled', outcome: 'waiting', flowId: 'missed-bin' })
      .decision({ rule: 'form:result-ok', outcome: 'complete', flowId: 'missed-bin' })
      .asked(),
  /** A question answered from an article. */
  answered: (c: SeededConversation, guardrails: string[] = []) =>
    c.decision({ rule: 'knowledge:answer', outcome: 'answered', guardrails, understanding: { kind: 'question', confidence: 0.8, source: 'model', articleIds: ['bin-day'], model: modelCall(2000, 100) } }),
  /** "Talk to a person", by the fixed rule. */
  requested: (c: SeededConversation) => c.decision({ rule: 'command:person', outcome: 'handoff' }).handoff('requested'),
};

/** Writes the conversations' events into the store's audit collection. */
export async function seed(store: Store, ...conversations: SeededConversation[]): Promise<void> {
  const audit = store.collection<AuditDoc>('audit');
  for (const c of conversations) for (const doc of c.docs) await audit.insertOne(doc);
}
