/**
 * A synthetic history for the sandbox (issue 9), so the oversight page has weeks of demand to
 * chart and forecast on first start. Deterministic: the same seed and `now` give the same
 * documents. Only audit events are written, built with the pipeline's own `auditEvent` in the
 * shapes the turn processor and the handoff service write: no addresses, no text, and every
 * conversation id starts with "demo-" so the history is easy to find and remove.
 */
import type { ChannelName, Locale } from '../../channels/types';
import { understandingPrompt } from '../../config/prompts';
import type { UnderstandingSummary } from '../events';
import { auditEvent, type RecordContext } from '../pipeline/records';
import type { AuditDoc, AuditKind, ConversationDoc } from '../store/documents';
import type { Store } from '../store/port';
import { addDays, londonDateHour } from './demand';
import { poisson, seededRandom } from '../seeded-random';

/** Every demo conversation id starts with this. */
export const DEMO_ID_PREFIX = 'demo-';

/** What to generate. */
export interface DemoHistoryOptions {
  /** The history ends on the London day before this instant. */
  now: Date;
  weeks: number;
  seed?: number;
}

type Weighted<T> = readonly (readonly [T, number])[];

interface TopicProfile {
  topic: string;
  /** Mean conversations on an ordinary weekday. */
  perDay: number;
  /** Multipliers Sunday to Saturday. */
  weekday: readonly number[];
  /** Multiplier for the first five days of the month (council tax instalments fall due on the 1st). */
  monthStart: number;
  channels: Weighted<ChannelName>;
}

// Missed bins are reported the day after collection, which is mostly Monday and Tuesday here.
const TOPICS: readonly TopicProfile[] = [
  { topic: 'missed-bin', perDay: 16, weekday: [0.2, 1.7, 1.5, 1, 0.9, 0.8, 0.3], monthStart: 1, channels: [['sms', 0.45], ['web', 0.55]] },
  { topic: 'council-tax-balance', perDay: 9, weekday: [0.3, 1.3, 1.1, 1, 1, 0.9, 0.4], monthStart: 2, channels: [['web', 0.6], ['sms', 0.4]] },
  { topic: 'application-status', perDay: 7, weekday: [0.1, 1.1, 1, 1, 1, 0.9, 0.1], monthStart: 1, channels: [['teams', 0.5], ['web', 0.3], ['sms', 0.2]] },
  { topic: 'question', perDay: 18, weekday: [0.6, 1.2, 1.1, 1, 1, 0.9, 0.7], monthStart: 1.1, channels: [['web', 0.5], ['sms', 0.25], ['teams', 0.25]] },
  { topic: 'other', perDay: 7, weekday: [0.7, 1.1, 1, 1, 1, 1, 0.8], monthStart: 1, channels: [['web', 0.5], ['sms', 0.35], ['teams', 0.15]] },
];

/** Hour of day (London): office hours peak mid-morning and after lunch; a little in the evening. */
const HOURS: Weighted<number> = [[7, 2], [8, 6], [9, 11], [10, 12], [11, 11], [12, 8], [13, 9], [14, 10], [15, 9], [16, 7], [17, 5], [18, 3], [19, 3], [20, 2], [21, 1], [22, 1]];
const STAFF_HOURS: Weighted<number> = [[8, 5], [9, 12], [10, 12], [11, 10], [12, 5], [13, 8], [14, 10], [15, 9], [16, 6], [17, 2]];
const SLOTS: Record<string, string[]> = {
  'missed-bin': ['postcode', 'house', 'binType', 'collectionDate'],
  'council-tax-balance': ['accountReference', 'postcode'],
  'application-status': ['applicationReference', 'postcode'],
};
const PUBLIC_ARTICLES = ['bin-day', 'what-goes-in-which-bin', 'council-tax-discounts', 'pay-council-tax', 'blue-badge', 'report-pothole', 'library-opening', 'recycling-centre'];
const STAFF_ARTICLES = ['staff-annual-leave', 'staff-expenses', 'staff-password-reset'];
const AGENTS = ['Demo agent A', 'Demo agent B', 'Demo agent C'];
const CRISIS_KINDS = ['suicide', 'self-harm', 'abuse', 'danger'];

function pick<T>(random: () => number, items: Weighted<T>): T {
  let r = random() * items.reduce((sum, [, w]) => sum + w, 0);
  for (const [item, weight] of items) if ((r -= weight) < 0) return item;
  return items[items.length - 1]![0];
}

/** London wall-clock time to an instant: the offset at noon that day (the clocks change at night). */
function londonInstant(date: string, hour: number, minute: number): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const offsetHours = londonDateHour(new Date(Date.UTC(y, m - 1, d, 12))).hour - 12;
  return new Date(Date.UTC(y, m - 1, d, hour - offsetHours, minute, Math.floor(minute * 0.7)));
}

/** Writes one episode's audit events in the order the pipeline would. */
class Episode {
  readonly docs: AuditDoc[] = [];
  private readonly conversation: ConversationDoc;
  private turn = 0;

  constructor(
    readonly id: string,
    readonly channel: ChannelName,
    readonly locale: Locale,
    private at: number,
    private readonly random: () => number,
  ) {
    const start = new Date(at);
    this.conversation = { _id: id, address: `${channel}:${id}`, channel, ownership: 'bot', dialog: null, locale, ticketId: null, version: 0, leaseOwner: null, leaseUntil: null, queueNoticeAt: null, createdAt: start, updatedAt: start };
  }

  /** Moves the clock on by a human pause (seconds) or a given number of milliseconds. */
  pause(ms = 15_000 + this.random() * 75_000): this {
    this.at += Math.round(ms);
    return this;
  }

  /** One audit event: in a new turn, in the turn just audited, or outside any turn (desk actions). */
  private audit(kind: AuditKind, data: Record<string, unknown>, turn: 'next' | 'same' | 'none'): this {
    if (turn === 'next') this.turn++;
    const ctx: RecordContext = { conversation: this.conversation, turnId: turn === 'none' ? null : `${this.id}:turn:${this.turn}`, now: new Date(this.at) };
    this.docs.push(auditEvent(ctx, kind, data, `${this.id}:audit:${this.docs.length}`));
    return this;
  }

  /** A bot turn's decision, as TurnProcessor audits it. */
  decision(rule: string, outcome: string, extra: { flowId?: string; filledSlots?: string[]; step?: string; guardrails?: string[]; understanding?: UnderstandingSummary } = {}): this {
    const { guardrails = [], understanding, flowId, filledSlots, step } = extra;
    const data = { rule, guardrails, outcome, ...(understanding ? { understanding } : {}), ...(flowId ? { flowId } : {}), ...(filledSlots ? { filledSlots } : {}), ...(step ? { step } : {}), channel: this.channel, locale: this.locale };
    return this.pause().audit('decision', data, 'next');
  }

  /** The feedback question asked, or its answer: audited in the turn of the decision before it. */
  feedback(score?: number): this {
    const data = score === undefined ? { event: 'asked' } : { event: 'answered', score };
    return this.audit('feedback', { ...data, channel: this.channel, locale: this.locale }, 'same');
  }

  /** A handoff: the turn's ownership change, then (usually) an agent's claim and resolve. */
  handoff(reason: string): this {
    const ticketId = `${this.id}:ticket`;
    this.audit('ownership', { from: 'bot', to: 'queued', reason, ticketId }, 'same');
    if (this.random() < 0.08) return this.pause().audit('ownership', { from: 'queued', to: 'bot', reason: 'citizen-left-queue', ticketId }, 'next');
    // Waits are long-tailed: most claimed in a few minutes, some after a quarter of an hour.
    const waitedMs = Math.round(60_000 * Math.exp(0.9 + 1.0 * gaussian(this.random)) * (reason === 'crisis' ? 0.3 : 1));
    const agent = pick(this.random, AGENTS.map((a) => [a, 1] as const));
    const staffId = `demo:${agent.toLowerCase().replace(/\s+/g, '-')}`;
    this.pause(waitedMs).audit('ownership', { from: 'queued', to: 'agent', ticketId, agent, staffId, waitedMs }, 'none');
    this.pause(180_000 + this.random() * 600_000).audit('ownership', { from: 'agent', to: 'bot', ticketId, agent, staffId }, 'none');
    // The agent's resolve asks the feedback question (never after a crisis), as HandoffService does.
    if (reason === 'crisis' || this.random() < 0.5) return this;
    this.audit('feedback', { event: 'asked', channel: this.channel, locale: this.locale }, 'none');
    return this.random() < 0.4 ? this.decision('feedback:answered', 'idle').feedback(score(this.random, 0.75)) : this;
  }
}

function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** What the model reported, for conversations the model understood (as if OPENAI_API_KEY were set). */
function modelCall(random: () => number, tool: string): UnderstandingSummary['model'] {
  const prompt = 900 + Math.floor(random() * 700);
  return { model: 'gpt-4.1-mini', promptVersion: understandingPrompt.version, tool, latencyMs: 600 + Math.floor(random() * 1400), tokens: { prompt, completion: 20 + Math.floor(random() * 60) }, result: 'ok' };
}

/** Plays one conversation about `topic`; returns its audit events. */
function playEpisode(e: Episode, topic: string, random: () => number): void {
  const byModel = random() < 0.6;
  const welsh = e.locale === 'cy';
  const source = byModel ? 'model' : 'offline';
  const firstGuardrails = [...(welsh && random() < 0.3 ? ['language:auto-cy'] : []), ...(byModel && random() < 0.03 ? ['input:injection'] : [])];
  const slots = SLOTS[topic];
  if (slots) {
    const given = byModel && random() < 0.4 ? slots.slice(-1) : [];
    const model = byModel ? { model: modelCall(random, `start_${topic.replace(/-/g, '_')}`) } : {};
    const guardrails = [...firstGuardrails, ...(given.includes('postcode') ? ['pii:postcode'] : [])];
    const understanding: UnderstandingSummary = { kind: 'flow', confidence: 0.7 + random() * 0.3, source, flowId: topic, slotNames: given, ...model };
    e.decision('understanding:flow', 'waiting', { understanding, guardrails, flowId: topic, filledSlots: given, step: `slot:${slots.find((s) => !given.includes(s))}` });
    const r = random();
    const filled = [...given];
    for (const slot of slots.filter((s) => !given.includes(s))) {
      filled.push(slot);
      if (r < 0.12 && filled.length >= 2) return void e.decision('form:slot-invalid', 'waiting', { flowId: topic, filledSlots: filled.slice(0, -1), step: `slot:${slot}` });
      const next = slots.find((s) => !filled.includes(s));
      e.decision('form:slot-filled', 'waiting', { flowId: topic, filledSlots: [...filled], step: next ? `slot:${next}` : 'confirm' });
    }
    if (r < 0.2) {
      e.decision('form:reprompt-limit', 'waiting', { flowId: topic, filledSlots: filled, step: 'confirm' }).decision('offer:person-accepted', 'handoff');
      return void e.handoff('repeated-failure');
    }
    if (r < 0.24) return void e.decision('form:outage', 'handoff', { flowId: topic, filledSlots: filled, step: 'confirm' }).handoff('outage');
    if (r < 0.3) return void e.decision('command:person', 'handoff', { flowId: topic, filledSlots: filled, step: 'confirm' }).handoff('requested');
    e.decision('form:result-ok', 'complete', { flowId: topic, filledSlots: filled, step: 'confirm' }).feedback();
    if (random() < 0.45) e.decision('feedback:answered', 'idle').feedback(score(random, 0.8));
    return;
  }
  if (topic === 'question') {
    const articles = e.channel === 'teams' ? STAFF_ARTICLES : PUBLIC_ARTICLES;
    const articleId = articles[Math.floor(random() * articles.length)]!;
    const understanding: UnderstandingSummary = { kind: 'question', confidence: 0.6 + random() * 0.4, source, articleIds: [articleId], ...(byModel ? { model: modelCall(random, 'answer_from_knowledge') } : {}) };
    // Welsh questions find an answer a little less often: fewer people have tested the Welsh wording.
    const r = random() + (welsh ? 0.08 : 0);
    if (r < 0.78) {
      e.decision('knowledge:answer', 'answered', { understanding, guardrails: firstGuardrails });
      if (random() < 0.5) e.decision('feedback:closing', 'idle').feedback();
      if (random() < 0.4) e.decision('feedback:answered', 'idle').feedback(score(random, 0.7));
      return;
    }
    const outputBlocked = byModel && random() < 0.1;
    e.decision(outputBlocked ? 'understanding:output-blocked' : 'knowledge:none', 'unsure', { understanding, guardrails: [...firstGuardrails, ...(outputBlocked ? ['output:unknown-source'] : [])] });
    if (r < 0.92) return void e.decision('offer:person-accepted', 'handoff').handoff('no-answer');
    return;
  }
  // Everything else: asking for a person, not being understood, and now and then a crisis.
  const r = random();
  if (r < 0.04) {
    const kind = CRISIS_KINDS[Math.floor(random() * CRISIS_KINDS.length)];
    return void e.decision('crisis', 'handoff', { guardrails: [`crisis:${kind}`] }).handoff('crisis');
  }
  if (r < 0.55) {
    const understanding: UnderstandingSummary = { kind: 'person', confidence: 0.9, source: byModel ? 'model' : 'rules', ...(byModel ? { model: modelCall(random, 'hand_to_person') } : {}) };
    return void (byModel ? e.decision('understanding:person', 'handoff', { understanding, guardrails: firstGuardrails }) : e.decision('command:person', 'handoff')).handoff('requested');
  }
  const understanding: UnderstandingSummary = { kind: 'unsure', confidence: 0.2, source, ...(byModel ? { model: modelCall(random, 'not_understood') } : {}) };
  e.decision('understanding:unsure', 'unsure', { understanding, guardrails: firstGuardrails });
  if (r < 0.85) e.decision('understanding:unsure-limit', 'unsure', { understanding }).decision('offer:person-accepted', 'handoff').handoff('unsure');
}

/** A 1–5 score: mostly 4 and 5 (`good` of the time), the rest spread low. */
function score(random: () => number, good: number): number {
  return random() < good ? 4 + Math.floor(random() * 2) : 1 + Math.floor(random() * 3);
}

/** The demo history: `weeks` weeks of conversations ending the London day before `now`, as audit events. */
export function demoHistory(options: DemoHistoryOptions): AuditDoc[] {
  const random = seededRandom(options.seed ?? 20_261_120);
  const today = londonDateHour(options.now).date;
  const docs: AuditDoc[] = [];
  let n = 0;
  for (let day = options.weeks * 7; day >= 1; day--) {
    const date = addDays(today, -day);
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    const monthStart = Number(date.slice(8, 10)) <= 5;
    for (const profile of TOPICS) {
      const mean = profile.perDay * (profile.weekday[weekday] ?? 1) * (monthStart ? profile.monthStart : 1);
      for (let i = poisson(random, mean); i > 0; i--) {
        const channel = pick(random, profile.channels);
        const hour = pick(random, channel === 'teams' ? STAFF_HOURS : HOURS);
        const locale: Locale = random() < 0.2 ? 'cy' : 'en';
        const id = `${DEMO_ID_PREFIX}${String(++n).padStart(5, '0')}`;
        const episode = new Episode(id, channel, locale, londonInstant(date, hour, Math.floor(random() * 60)).getTime(), random);
        playEpisode(episode, profile.topic, random);
        docs.push(...episode.docs);
      }
    }
  }
  return docs;
}

/** Writes the demo history into a store unless it already holds some; returns how many events were written. */
export async function seedDemoHistory(store: Store, options: DemoHistoryOptions): Promise<{ audits: number; skipped: boolean }> {
  const audit = store.collection<AuditDoc>('audit');
  if (await audit.findOne({ conversationId: { $regex: `^${DEMO_ID_PREFIX}` } })) return { audits: 0, skipped: true };
  const docs = demoHistory(options);
  for (let i = 0; i < docs.length; i += 500) {
    await store.writeAtomically(docs.slice(i, i + 500).map((doc) => ({ collection: 'audit', kind: 'insertOne', doc })));
  }
  return { audits: docs.length, skipped: false };
}
