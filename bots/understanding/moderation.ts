/**
 * OpenAI's moderation endpoint as one independent safeguarding signal, OR'ed with the local
 * detector and the model's own concern tool (DESIGN.md §10). It reads the same redacted text
 * the model gets, has its own short timeout, no retries and no circuit breaker: it can add a
 * signal to a turn, never fail it, slow it beyond that timeout, or change what was understood.
 */
import type OpenAI from 'openai';
import type { Moderation } from 'openai/resources/moderations';
import type { RiskKind, RiskSignal } from '../../dialogs/types';
import { timedOut } from './model-resilience';

/** The moderation model: the multilingual one, which also reads Welsh better than the text-only models. */
export const MODERATION_MODEL = 'omni-moderation-latest';

/**
 * A self-harm score at or above this, though not flagged by OpenAI, raises an unclear signal
 * ("are you safe?"). OpenAI's own flag thresholds are not published; this one is deliberately
 * low because asking costs little. Tune it on the dev parts only, never on the frozen test part.
 */
export const SELF_HARM_UNCLEAR_SCORE = 0.3;

/** A moderation category name. */
export type ModerationCategory = keyof Moderation.Categories;

/** One row of the mapping: a flagged category raises `kind` (clear); a score at or above `unclearAt` an unclear one. */
export interface ModerationRule {
  category: ModerationCategory;
  kind: RiskKind;
  unclearAt?: number;
}

/**
 * Which moderation categories raise which risk kind, in order of priority when several are
 * raised at once (the most specific and most urgent first). Everything else (hate, sexual
 * content about adults, illicit, graphic violence) is not a sign that someone is at risk.
 */
export const MODERATION_RULES: readonly ModerationRule[] = [
  { category: 'self-harm/intent', kind: 'suicide' },
  { category: 'self-harm/instructions', kind: 'suicide' },
  { category: 'self-harm', kind: 'self-harm', unclearAt: SELF_HARM_UNCLEAR_SCORE },
  { category: 'sexual/minors', kind: 'child' },
  { category: 'violence', kind: 'abuse' },
  { category: 'harassment/threatening', kind: 'abuse' },
];

/** The signal for a check that gave no answer (or was not run): it raises nothing. */
export function unansweredSignal(result: 'timeout' | 'error' | 'skipped'): RiskSignal {
  return { source: 'moderation', kind: null, score: 0, level: 'clear', result };
}

/** A score as a number in [0, 1], whatever an OpenAI-compatible endpoint sent. */
function scoreOf(result: Pick<Moderation, 'category_scores'>, category: ModerationCategory): number {
  const raw = Number((result.category_scores as Partial<Record<ModerationCategory, number>> | undefined)?.[category] ?? 0);
  return Number.isFinite(raw) ? Math.min(1, Math.max(0, raw)) : 0;
}

/**
 * Maps one moderation result to one signal: a category OpenAI flagged raises its kind (clear);
 * failing that, a score at or above a rule's `unclearAt` raises it unclear. The first clear
 * rule in MODERATION_RULES wins, else the first unclear one; the score is that category's own.
 * When nothing is raised the kind is null, the level clear (there is nothing to ask about)
 * and the score the highest mapped one, so near misses can be studied without any text.
 */
export function moderationSignal(result: Pick<Moderation, 'categories' | 'category_scores'>): RiskSignal {
  let clear: { kind: RiskKind; score: number } | undefined;
  let unclear: { kind: RiskKind; score: number } | undefined;
  let highest = 0;
  for (const rule of MODERATION_RULES) {
    const score = scoreOf(result, rule.category);
    highest = Math.max(highest, score);
    const flagged = (result.categories as Partial<Record<ModerationCategory, boolean | null>> | undefined)?.[rule.category] === true;
    if (flagged) clear ??= { kind: rule.kind, score };
    else if (rule.unclearAt !== undefined && score >= rule.unclearAt) unclear ??= { kind: rule.kind, score };
  }
  if (clear) return { source: 'moderation', kind: clear.kind, score: clear.score, level: 'clear', result: 'ok' };
  if (unclear) return { source: 'moderation', kind: unclear.kind, score: unclear.score, level: 'unclear', result: 'ok' };
  return { source: 'moderation', kind: null, score: highest, level: 'clear', result: 'ok' };
}

/** One check's signal and how long it took. */
export interface ModerationOutcome {
  signal: RiskSignal;
  seconds: number;
}

/** Runs the moderation check on a (redacted) text. */
export interface ModerationCheck {
  /** Never rejects and never takes much longer than the timeout: a failure is a signal with result timeout or error. */
  check(text: string): Promise<ModerationOutcome>;
}

/** What the check is built from. */
export interface ModerationCheckOptions {
  client: OpenAI;
  /** The longest the check may take; then it gives up (result timeout). */
  timeoutMs: number;
  model?: string;
  now?: () => number;
}

/** The moderation check on the OpenAI SDK: one attempt, its own timeout, outside the chat call's breaker. */
export function createModerationCheck(options: ModerationCheckOptions): ModerationCheck {
  const now = options.now ?? Date.now;
  return {
    async check(text) {
      const started = now();
      const controller = new AbortController();
      let timer: NodeJS.Timeout | undefined;
      // Our own timer as well as the SDK's: the turn must not wait on however the runtime reports the abort.
      const gaveUp = new Promise<RiskSignal>((resolve) => {
        timer = setTimeout(() => {
          controller.abort();
          resolve(unansweredSignal('timeout'));
        }, options.timeoutMs);
      });
      const answered = options.client.moderations
        .create({ model: options.model ?? MODERATION_MODEL, input: text }, { timeout: options.timeoutMs, maxRetries: 0, signal: controller.signal })
        .then(
          (response) => (response.results?.[0] ? moderationSignal(response.results[0]) : unansweredSignal('error')),
          (error: unknown) => unansweredSignal(timedOut(error, now() - started, options.timeoutMs) ? 'timeout' : 'error'),
        );
      try {
        const signal = await Promise.race([answered, gaveUp]);
        return { signal, seconds: Math.max(0, now() - started) / 1000 };
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
