/**
 * The understanding port on the OpenAI SDK: guardrails before the call, one chat completion
 * with tools per turn, the proposal checked in code, and the offline matcher whenever the
 * model is slow, failing or switched off by the circuit breaker. Beside the call, on the same
 * redacted text, the moderation check adds a safeguarding signal to whatever answers.
 */
import type OpenAI from 'openai';
import type { ChatCompletion } from 'openai/resources/chat/completions';
import { stripHiddenCharacters } from '../../dialogs/guardrails/hidden-characters';
import { prepareModelInput, type ModelInput } from '../../dialogs/guardrails/model-input';
import { redactWithPlaceholders, referencePatterns, restorePlaceholders, type ReferencePattern } from '../../dialogs/guardrails/placeholders';
import { createKnowledgeIndex } from '../../dialogs/knowledge/retrieval';
import type { FlowDefinition, KnowledgeArticle, ModelCallInfo, RiskSignal, Understander, Understanding, UnderstandingContext } from '../../dialogs/types';
import { CircuitOpenError, timedOut, type ModelPolicy } from './model-resilience';
import { concernSignal, createModelTools, type ModelTools, type ToolProposal } from './model-tools';
import { unansweredSignal, type ModerationCheck } from './moderation';

/** Reports each call's outcome and the breaker's state (logs and metrics hang off this). */
export interface ModelObserver {
  call(result: ModelCallInfo['result'], seconds: number): void;
  breaker?(open: boolean): void;
  /** Each moderation check's signal (kind, level, result; never text) and how long it took. */
  moderation?(signal: RiskSignal, seconds: number): void;
}

/** What the OpenAI understander is built from. */
export interface OpenAIUnderstanderOptions {
  client: OpenAI;
  model: string;
  prompt: { version: string; text: string };
  flows: FlowDefinition[];
  articles: KnowledgeArticle[];
  /** Answers when the model cannot: the offline matcher. */
  fallback: Understander;
  policy: ModelPolicy;
  /** The moderation check run beside every call; absent when switched off. */
  moderation?: ModerationCheck;
  /** Longest message sent to the model. */
  maxInputChars?: number;
  /** Sources offered to the model per turn. */
  maxSources?: number;
  /** Below this the model's proposal is treated as "not understood". */
  minConfidence?: number;
  observer?: ModelObserver;
  /** The client's per-attempt timeout, to tell a timeout from other connection failures. */
  timeoutMs?: number;
  now?: () => number;
}

/** Builds the OpenAI understander. */
export function createOpenAIUnderstander(options: OpenAIUnderstanderOptions): Understander {
  const index = createKnowledgeIndex(options.articles);
  const references = referencePatterns(options.flows);
  const toolsByAudience = new Map<string, ModelTools>();
  const tools = (audience: UnderstandingContext['audience']): ModelTools => {
    let t = toolsByAudience.get(audience);
    if (!t) toolsByAudience.set(audience, (t = createModelTools(options.flows, audience)));
    return t;
  };
  const now = options.now ?? Date.now;
  const minConfidence = options.minConfidence ?? 0.5;
  const info = (result: ModelCallInfo['result'], started: number, extra: Partial<ModelCallInfo> = {}): ModelCallInfo =>
    ({ model: options.model, promptVersion: options.prompt.version, latencyMs: Math.max(0, now() - started), result, ...extra });

  /** The matcher's answer, carrying why the model was not used. */
  async function fallBack(text: string, context: UnderstandingContext, model: ModelCallInfo, guardrails: string[]): Promise<Understanding> {
    const u = await options.fallback.understand(text, context);
    return { ...u, model, guardrails: [...guardrails, ...(u.guardrails ?? [])] };
  }

  /** Starts the moderation check on the redacted text; resolves (never rejects) with its signal. */
  function moderate(text: string, input: ModelInput): Promise<RiskSignal> | undefined {
    const check = options.moderation;
    if (!check) return undefined;
    const redacted = moderationText(text, input, references);
    if (redacted === undefined) {
      const skipped = unansweredSignal('skipped');
      options.observer?.moderation?.(skipped, 0);
      return Promise.resolve(skipped);
    }
    return check.check(redacted).then(({ signal, seconds }) => {
      options.observer?.moderation?.(signal, seconds);
      return signal;
    });
  }

  /** The model's understanding of the message, or the matcher's when the model cannot be used. */
  async function understandWithModel(text: string, context: UnderstandingContext, input: ModelInput, started: number): Promise<Understanding> {
    if (!input.ok) {
      // Too long: refused outright (nothing is sent anywhere). Injection: the deterministic matcher decides.
      if (input.reason === 'too-long') return { kind: 'unsure', confidence: 0, source: 'rules', guardrails: input.guardrails, model: info('skipped', started) };
      return fallBack(text, context, info('skipped', started), input.guardrails);
    }
    const { guardrails } = input;

    // Retrieval runs on the redacted text too: nothing personal is needed to find an article.
    const hits = index.search(input.text, context.audience, options.maxSources ?? 4);
    const sources = hits.map((h, i) => ({ token: `L${i + 1}`, article: h.article }));
    const toolSet = tools(context.audience);

    let completion: ChatCompletion;
    try {
      completion = await options.policy.execute(() => options.client.chat.completions.create({
        model: options.model,
        store: false,
        temperature: 0,
        tool_choice: 'required',
        parallel_tool_calls: false,
        tools: toolSet.tools,
        messages: [
          { role: 'system', content: options.prompt.text },
          { role: 'system', content: sourcesMessage(sources, context) },
          { role: 'user', content: input.text },
        ],
      }));
    } catch (error) {
      const result: ModelCallInfo['result'] = error instanceof CircuitOpenError ? 'circuit-open' : timedOut(error, now() - started, options.timeoutMs) ? 'timeout' : 'error';
      const call = info(result, started);
      options.observer?.call(result, call.latencyMs / 1000);
      // The citizen is told nothing alarming: the matcher simply answers.
      return fallBack(text, context, call, [...guardrails, `model:${result}`]);
    }

    const usage = completion.usage ? { prompt: completion.usage.prompt_tokens, completion: completion.usage.completion_tokens } : undefined;
    const calls = (completion.choices[0]?.message.tool_calls ?? []).filter((c) => c.type === 'function');
    const call = calls.length === 1 ? calls[0] : undefined;
    const proposal = call ? toolSet.parse(call.function.name, call.function.arguments) : undefined;
    if (!proposal) {
      const bad = info('invalid', started, { tool: call?.function.name, tokens: usage });
      options.observer?.call('invalid', bad.latencyMs / 1000);
      return { kind: 'unsure', confidence: 0, source: 'model', failClosed: true, guardrails: [...guardrails, 'output:invalid-tool-call'], model: bad };
    }
    const ok = info('ok', started, { tool: proposal.tool, tokens: usage });
    options.observer?.call('ok', ok.latencyMs / 1000);
    return toUnderstanding(proposal, { sources, placeholders: input.placeholders, original: text, guardrails, model: ok, minConfidence });
  }

  return {
    async understand(text, context) {
      const started = now();
      const input = prepareModelInput(text, { maxChars: options.maxInputChars ?? 1000, references });
      // In parallel with the understanding: the turn waits at most for the check's own timeout.
      const moderation = moderate(text, input);
      const understanding = await understandWithModel(text, context, input, started);
      if (!moderation) return understanding;
      // The moderation signal first; the understanding may already carry the model's own concern.
      return { ...understanding, risk: [await moderation, ...(understanding.risk ?? [])] };
    },
  };
}

/**
 * The text the moderation check may read: exactly what the model gets, or for a message kept
 * from the model as an injection attempt, the same cleaning and redaction (the endpoint follows
 * no instructions). Nothing for an empty or over-long message: that is never sent anywhere.
 */
function moderationText(text: string, input: ModelInput, references: ReferencePattern[]): string | undefined {
  if (input.ok) return input.text;
  if (input.reason !== 'injection') return undefined;
  return redactWithPlaceholders(stripHiddenCharacters(text).text.trim(), references).text;
}

/** The retrieved articles as link tokens: the model sees titles and answers, never a URL. */
function sourcesMessage(sources: { token: string; article: KnowledgeArticle }[], context: UnderstandingContext): string {
  const lines = sources.map((s) => `[${s.token}] ${s.article.title.en} / ${s.article.title.cy}: ${s.article.answer.en}`);
  return [
    `Conversation language: ${context.locale === 'cy' ? 'Welsh (cy)' : 'English (en)'}.`,
    'SOURCES (the only articles you may use):',
    ...(lines.length > 0 ? lines : ['(none found for this message)']),
  ].join('\n');
}

/** Slot types whose value must be something the person typed (it was redacted to a placeholder). */
const TYPED_ONLY = new Set(['postcode', 'reference']);

/** Maps a checked proposal to an Understanding, restoring slot values locally. */
function toUnderstanding(
  p: ToolProposal,
  ctx: { sources: { token: string; article: KnowledgeArticle }[]; placeholders: Record<string, string>; original: string; guardrails: string[]; model: ModelCallInfo; minConfidence: number },
): Understanding {
  const base = { confidence: p.confidence, source: 'model' as const, model: ctx.model, guardrails: [...ctx.guardrails], language: p.language };
  if (p.kind === 'person') return { ...base, kind: 'person' };
  // A concern is never routed: the engine signposts, hands off or asks, from the signal.
  if (p.kind === 'concern') return { ...base, kind: 'unsure', risk: [concernSignal(p)] };
  if (p.kind === 'unsure' || p.confidence < ctx.minConfidence) return { ...base, kind: 'unsure' };
  if (p.kind === 'answer') {
    const ids = p.sources.map((token) => ctx.sources.find((s) => s.token === token)?.article.id);
    // A token we never gave out means the model is making things up: fail closed.
    if (ids.some((id) => id === undefined)) return { ...base, kind: 'unsure', failClosed: true, guardrails: [...base.guardrails, 'output:unknown-source'] };
    return { ...base, kind: 'question', articleIds: ids.filter((id): id is string => id !== undefined) };
  }
  const slots: Record<string, string> = {};
  for (const [name, value] of Object.entries(p.slots)) {
    const restored = restorePlaceholders(value, ctx.placeholders);
    if (restored === undefined) {
      base.guardrails.push('output:unknown-placeholder');
      continue;
    }
    if (TYPED_ONLY.has(p.slotTypes[name] ?? '') && !Object.values(ctx.placeholders).includes(restored) && !ctx.original.includes(restored)) {
      // The model may not supply a postcode or reference the person never gave.
      base.guardrails.push('output:invented-value');
      continue;
    }
    slots[name] = restored;
  }
  return { ...base, kind: 'flow', flowId: p.flowId, slots };
}

