/**
 * Builds the real dialog engine on the real OpenAI understander, pointed at the local fake
 * through the SDK's baseURL, so tests read like the dialogue and assert on what the fake got.
 */
import { demoData, flows, knowledgeArticles, replies } from '../../config/content';
import { loadSettings } from '../../config/settings';
import { createDialogEngine, type DialogEngine } from '../../dialogs/engine';
import { createSandboxConnector } from '../../dialogs/sandbox-connector';
import type { DialogState, ModelCallInfo, TurnResult } from '../../dialogs/types';
import { createUnderstander } from '../../bots/understanding/create-understander';
import { NOW } from '../dialogs/conversation';
import type { FakeOpenAI } from './fake-openai';

/** A conversation on the model-backed engine. */
export interface ModelConversation {
  send(text: string): Promise<TurnResult>;
  readonly text: string;
  readonly last: TurnResult;
  readonly state: DialogState | null;
  /** Every model outcome the observer saw, in order. */
  readonly calls: ModelCallInfo['result'][];
  readonly breaker: boolean[];
}

/** Settings for the fake: short timeouts so failure tests run fast. */
export function fakeSettings(fake: FakeOpenAI, env: Record<string, string> = {}) {
  return loadSettings({ OPENAI_API_KEY: 'sk-test-key', OPENAI_BASE_URL: fake.baseURL, OPENAI_TIMEOUT_MS: '1000', OPENAI_MAX_RETRIES: '1', ...env }).openai;
}

/** Starts a conversation whose understanding goes through the fake OpenAI server. */
export function modelConversation(fake: FakeOpenAI, env: Record<string, string> = {}): ModelConversation {
  const calls: ModelCallInfo['result'][] = [];
  const breaker: boolean[] = [];
  const understander = createUnderstander({
    settings: fakeSettings(fake, env), flows, articles: knowledgeArticles,
    observer: { call: (r) => calls.push(r), breaker: (open) => breaker.push(open) },
  });
  const engine: DialogEngine = createDialogEngine({
    flows, articles: knowledgeArticles, understander, connector: createSandboxConnector(demoData, { now: () => NOW }),
    replies, maxReprompts: 2, maxUnsure: 2,
  });
  let state: DialogState | null = null;
  let last: TurnResult | undefined;
  const current = (): TurnResult => {
    if (!last) throw new Error('nothing sent yet');
    return last;
  };
  return {
    async send(text) {
      last = await engine.turn(state, { text, now: NOW });
      state = last.state;
      return last;
    },
    get text() { return current().replies.map((r) => r.text).join('\n'); },
    get last() { return current(); },
    get state() { return state; },
    calls,
    breaker,
  };
}
