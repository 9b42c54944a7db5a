/**
 * Episodes from the audit trail (issue 9). The pipeline audits every bot decision, every
 * ownership change and the feedback question; oversight rebuilds how each conversation went
 * from those events alone, never from transcripts or addresses. Pure: no store, no clock.
 */
import { z } from 'zod';
import type { ChannelName, Locale } from '../../channels/types';
import type { AuditDoc } from '../store/documents';
import type { Episode } from './report-types';

/** How audit events are cut into episodes. */
export interface EpisodeOptions {
  /** A pause longer than this before a bot decision starts a new episode. */
  gapMs: number;
  /** Channel and language for conversations whose decisions predate carrying them (older audits). */
  fallback?: ReadonlyMap<string, { channel: ChannelName; locale: Locale }>;
}

/** The audit kinds episodes are built from: the service asks the store for these only. */
export const EPISODE_AUDIT_KINDS = ['decision', 'ownership', 'feedback'] as const;

const channel = z.enum(['sms', 'teams', 'web']);
const locale = z.enum(['en', 'cy']);

// Loose on purpose: an event from an older release missing a field still counts for what it has.
const decisionData = z.object({
  rule: z.string().catch(''),
  outcome: z.string().catch(''),
  guardrails: z.array(z.string()).catch([]),
  flowId: z.string().optional().catch(undefined),
  channel: channel.optional().catch(undefined),
  locale: locale.optional().catch(undefined),
  understanding: z
    .object({
      kind: z.string().catch(''),
      model: z
        .object({
          result: z.string().catch(''),
          tokens: z.object({ prompt: z.number().nonnegative().catch(0), completion: z.number().nonnegative().catch(0) }).optional().catch(undefined),
        })
        .optional()
        .catch(undefined),
    })
    .optional()
    .catch(undefined),
});

const ownershipData = z.object({
  to: z.string().catch(''),
  reason: z.string().optional().catch(undefined),
  waitedMs: z.number().nonnegative().optional().catch(undefined),
});

const feedbackData = z.object({
  event: z.string().catch(''),
  score: z.number().int().min(1).max(5).optional().catch(undefined),
  channel: channel.optional().catch(undefined),
  locale: locale.optional().catch(undefined),
});

// A model that was skipped (injection, over-long input) or behind an open breaker was never called.
const NOT_CALLED = new Set(['skipped', 'circuit-open']);
const RESOLVING = new Set(['complete', 'answered']);

/** Collects one episode's events; `finish` turns them into an Episode. */
class EpisodeBuilder {
  start: Date;
  end: Date;
  channel: ChannelName | undefined;
  locale: Locale | undefined;
  flowId: string | undefined;
  question = false;
  queued = false;
  handoffReason: string | null = null;
  claimWaitMs: number | null = null;
  resolvedSignal = false;
  crisis = false;
  guardrails: string[] = [];
  modelCalls = 0;
  tokens = { prompt: 0, completion: 0 };
  satisfaction: number | null = null;

  constructor(
    readonly conversationId: string,
    at: Date,
  ) {
    this.start = at;
    this.end = at;
  }

  add(doc: AuditDoc): void {
    if (doc.at > this.end) this.end = doc.at;
    if (doc.kind === 'decision') this.decision(decisionData.safeParse(doc.data));
    else if (doc.kind === 'ownership') this.ownership(ownershipData.safeParse(doc.data));
    else if (doc.kind === 'feedback') this.feedback(feedbackData.safeParse(doc.data));
    // A crisis told to the people already handling the conversation is a crisis episode too.
    else if (doc.kind === 'safeguarding' && (doc.data as { level?: unknown }).level === 'clear') this.crisis = true;
  }

  private decision(parsed: z.ZodSafeParseResult<z.output<typeof decisionData>>): void {
    if (!parsed.success) return;
    const d = parsed.data;
    this.channel ??= d.channel;
    // The language the conversation settled in: someone who switches to Welsh counts as Welsh.
    if (d.locale) this.locale = d.locale;
    this.flowId ??= d.flowId;
    if (d.understanding?.kind === 'question' || d.rule.startsWith('knowledge:')) this.question = true;
    if (RESOLVING.has(d.outcome)) this.resolvedSignal = true;
    if (d.rule === 'crisis' || d.guardrails.some((g) => g.startsWith('crisis:'))) this.crisis = true;
    this.guardrails.push(...d.guardrails);
    const model = d.understanding?.model;
    if (model && !NOT_CALLED.has(model.result)) this.modelCalls += 1;
    if (model?.tokens) {
      this.tokens.prompt += model.tokens.prompt;
      this.tokens.completion += model.tokens.completion;
    }
  }

  private ownership(parsed: z.ZodSafeParseResult<z.output<typeof ownershipData>>): void {
    if (!parsed.success) return;
    const o = parsed.data;
    if (o.to === 'queued' && !this.queued) {
      this.queued = true;
      this.handoffReason = o.reason ?? 'unknown';
      if (o.reason === 'crisis') this.crisis = true;
    } else if (o.to === 'agent' && this.queued && this.claimWaitMs === null && o.waitedMs !== undefined) {
      this.claimWaitMs = o.waitedMs;
    }
  }

  private feedback(parsed: z.ZodSafeParseResult<z.output<typeof feedbackData>>): void {
    if (!parsed.success) return;
    const f = parsed.data;
    this.channel ??= f.channel;
    this.locale ??= f.locale;
    if (f.event === 'answered' && f.score !== undefined) this.satisfaction = f.score;
  }

  finish(fallback: EpisodeOptions['fallback']): Episode | null {
    const known = fallback?.get(this.conversationId);
    const channelName = this.channel ?? known?.channel;
    if (!channelName) return null;
    return {
      conversationId: this.conversationId,
      start: this.start,
      end: this.end,
      channel: channelName,
      locale: this.locale ?? known?.locale ?? 'en',
      topic: this.flowId ?? (this.question ? 'question' : 'other'),
      outcome: this.queued ? 'handed-over' : this.resolvedSignal ? 'resolved' : 'abandoned',
      handoffReason: this.handoffReason,
      claimWaitMs: this.claimWaitMs,
      guardrails: this.guardrails,
      modelCalls: this.modelCalls,
      tokens: this.tokens,
      satisfaction: this.satisfaction,
      crisis: this.crisis,
    };
  }
}

/** Turns that carry a feedback answer: such a turn closes the episode before it, however late. */
function feedbackAnswerTurns(audits: readonly AuditDoc[]): Set<string> {
  const turns = new Set<string>();
  for (const doc of audits) {
    if (doc.kind === 'feedback' && doc.turnId && doc.data.event === 'answered') turns.add(doc.turnId);
  }
  return turns;
}

/**
 * Cuts audit events into episodes. A conversation's first decision opens an episode; a later
 * decision opens a new one after a pause longer than the gap, unless its turn answers the
 * feedback question. Claims and hand-backs join the episode they follow, however long the
 * queue was. Events before any decision (their episode began before the window) are dropped,
 * as are episodes with no channel. Episodes come back ordered by start.
 */
export function buildEpisodes(audits: readonly AuditDoc[], options: EpisodeOptions): Episode[] {
  const answers = feedbackAnswerTurns(audits);
  const byConversation = new Map<string, AuditDoc[]>();
  for (const doc of audits) {
    const list = byConversation.get(doc.conversationId);
    if (list) list.push(doc);
    else byConversation.set(doc.conversationId, [doc]);
  }
  const episodes: Episode[] = [];
  for (const [conversationId, docs] of byConversation) {
    // Stable: events of one commit share `at` and keep the order they were written in.
    docs.sort((a, b) => a.at.getTime() - b.at.getTime());
    let current: EpisodeBuilder | null = null;
    const builders: EpisodeBuilder[] = [];
    for (const doc of docs) {
      const paused = current !== null && doc.at.getTime() - current.end.getTime() > options.gapMs;
      if (doc.kind === 'decision' && (current === null || (paused && !(doc.turnId && answers.has(doc.turnId))))) {
        current = new EpisodeBuilder(conversationId, doc.at);
        builders.push(current);
      }
      current?.add(doc);
    }
    for (const builder of builders) {
      const episode = builder.finish(options.fallback);
      if (episode) episodes.push(episode);
    }
  }
  return episodes.sort((a, b) => a.start.getTime() - b.start.getTime() || a.conversationId.localeCompare(b.conversationId));
}
