/**
 * The understanding port on the OpenAI SDK: guardrails before the call, one chat completion
 * with tools per turn, the proposal checked in code, and the offline matcher whenever the
 * model is slow, failing or switched off by the circuit breaker.
 */
import type OpenAI from 'openai';
import { APIConnectionError, APIConnectionTimeoutError } from 'openai';
import type { ChatCompletion } from 'openai/resources/chat/completions';
import { prepareModelInput } from '../../dialogs/guardrails/model-input';
import { referencePatterns, restorePlaceholders } from '../../dialogs/guardrails/placeholders';
import { createKnowledgeIndex } from '../../dialogs/knowledge/retrieval';
import type { FlowDefinition, KnowledgeArticle, ModelCallInfo, Understander, Understanding, UnderstandingContext } from '../../dialogs/types';
import { CircuitOpenError, type ModelPolicy } from './model-resilience';
import { createModelTools, type ModelTools, type ToolProposal } from './model-tools';

/** Reports each call's outcome and the breaker's state (logs and metrics hang off this). */
export interface ModelObserver {
  call(result: ModelCallInfo['result'], seconds: number): void;
  breaker?(open: boolean): void;
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

  return {
    async understand(text, context) {
      const started = now();
      const input = prepareModelInput(text, { maxChars: options.maxInputChars ?? 1000, references });
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
    },
  };
}

/**
 * A timeout, whichever way the runtime's fetch reports the abort: the SDK's own timeout error,
 * or (where fetch's AbortError is not recognised, as under Jest) a connection error that
 * arrived only after the timeout had passed.
 */
function timedOut(error: unknown, elapsedMs: number, timeoutMs: number | undefined): boolean {
  if (error instanceof APIConnectionTimeoutError) return true;
  return error instanceof APIConnectionError && timeoutMs !== undefined && elapsedMs >= timeoutMs;
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

