/**
 * Chooses the understander from settings: the offline matcher without an API key, otherwise
 * OpenAI (or Azure OpenAI) with the matcher as its fallback, and the moderation check beside it
 * unless switched off. Outages are logged and counted.
 */
import { understandingPrompt } from '../../config/prompts';
import type { Settings } from '../../config/settings';
import { createOfflineMatcher } from '../../dialogs/understanding/offline-matcher';
import type { FlowDefinition, KnowledgeArticle, Understander } from '../../dialogs/types';
import type { Logger } from '../logging/logger';
import { createOpenAIClient } from './openai-client';
import { createOpenAIUnderstander, type ModelObserver } from './openai-understander';
import { createModelPolicy } from './model-resilience';
import { createModerationCheck } from './moderation';

/** What the understander is built from. */
export interface UnderstanderDeps {
  settings: Settings['openai'];
  flows: FlowDefinition[];
  articles: KnowledgeArticle[];
  logger?: Logger;
  /** Extra observer (metrics); the logger is always told about failures. */
  observer?: ModelObserver;
}

/** The understander the service runs. */
export function createUnderstander(deps: UnderstanderDeps): Understander {
  const matcher = createOfflineMatcher({ flows: deps.flows, articles: deps.articles });
  if (!deps.settings.apiKey) return matcher;
  const { logger } = deps;
  const observer: ModelObserver = {
    call(result, seconds) {
      deps.observer?.call(result, seconds);
      // Only the outcome and timing: the message itself never reaches a log.
      if (result === 'ok') logger?.debug('model call', { result, seconds });
      else logger?.warn('model call did not succeed; the offline matcher answered or the turn failed closed', { result, seconds });
    },
    breaker(open) {
      deps.observer?.breaker?.(open);
      if (open) logger?.error('model circuit breaker opened: the offline matcher answers until the model recovers', { cooldownMs: deps.settings.breakerCooldownMs });
      else logger?.info('model circuit breaker closed: the model answers again');
    },
    moderation(signal, seconds) {
      deps.observer?.moderation?.(signal, seconds);
      // The outcome only: the kind raised goes to the audit and the metrics, never to a log line.
      if (signal.result === 'timeout' || signal.result === 'error') logger?.warn('moderation check did not answer; the turn went on without its signal', { result: signal.result, seconds });
      else logger?.debug('moderation check', { result: signal.result, seconds });
    },
  };
  const client = createOpenAIClient(deps.settings);
  const { moderation } = deps.settings;
  if (moderation.enabled && deps.settings.azure) {
    logger?.warn('OPENAI_MODERATION is on with the Azure OpenAI client; Azure resources usually have no /moderations endpoint, so each check may report an error. Set OPENAI_MODERATION=off if so.');
  }
  return createOpenAIUnderstander({
    client,
    model: deps.settings.azure?.deployment ?? deps.settings.model,
    prompt: understandingPrompt,
    flows: deps.flows,
    articles: deps.articles,
    fallback: matcher,
    policy: createModelPolicy({
      maxRetries: deps.settings.maxRetries,
      breakerThreshold: deps.settings.breakerThreshold,
      breakerCooldownMs: deps.settings.breakerCooldownMs,
      onBreakerChange: (open) => observer.breaker?.(open),
    }),
    observer,
    timeoutMs: deps.settings.timeoutMs,
    ...(moderation.enabled ? { moderation: createModerationCheck({ client, timeoutMs: moderation.timeoutMs }) } : {}),
  });
}
