/** Builds the dialog engine from config content: the offline matcher and the sandbox connector. */
import { demoData, flows, knowledgeArticles, replies } from '../config/content';
import type { Settings } from '../config/settings';
import { createDialogEngine } from '../dialogs/engine';
import { createSandboxConnector } from '../dialogs/sandbox-connector';
import { createOfflineMatcher } from '../dialogs/understanding/offline-matcher';
import type { DialogEngine } from './pipeline/engine-port';

/** The engine the service runs: offline understanding until the OpenAI issue lands. */
export function createDialogEngineFromContent(settings: Settings): DialogEngine {
  return createDialogEngine({
    flows,
    articles: knowledgeArticles,
    understander: createOfflineMatcher({ flows, articles: knowledgeArticles }),
    connector: createSandboxConnector(demoData),
    replies,
    maxReprompts: settings.dialog.maxReprompts,
    maxUnsure: settings.dialog.maxUnsure,
  });
}
