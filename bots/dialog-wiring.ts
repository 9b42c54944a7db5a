/** Builds the dialog engine from config content: the understander (OpenAI or the offline matcher) and the back-office connector. */
import { demoData, feedbackContent, flows, knowledgeArticles, replies } from '../config/content';
import type { Settings } from '../config/settings';
import { createDialogEngine } from '../dialogs/engine';
import { createServiceConnector, type BackOfficeMetrics } from './backoffice/create-connector';
import type { Logger } from './logging/logger';
import type { DialogEngine } from './pipeline/engine-port';
import { createUnderstander } from './understanding/create-understander';
import type { ModelObserver } from './understanding/openai-understander';

/** The engine the service runs: OpenAI when OPENAI_API_KEY is set, else the offline matcher. */
export function createDialogEngineFromContent(settings: Settings, extras: { logger?: Logger; modelObserver?: ModelObserver; backOfficeMetrics?: BackOfficeMetrics } = {}): DialogEngine {
  return createDialogEngine({
    flows,
    articles: knowledgeArticles,
    understander: createUnderstander({ settings: settings.openai, flows, articles: knowledgeArticles, logger: extras.logger, observer: extras.modelObserver }),
    connector: createServiceConnector(settings, demoData, extras.backOfficeMetrics),
    replies,
    maxReprompts: settings.dialog.maxReprompts,
    maxUnsure: settings.dialog.maxUnsure,
    feedback: feedbackContent,
  });
}
