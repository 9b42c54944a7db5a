/**
 * A tiny harness for conversation tests that read like the dialogue:
 * `await c.send('my bin was missed'); c.expectReply(/postcode/i)`.
 * It drives the real engine with the offline matcher, the real content and the sandbox connector.
 */
import { demoData, feedbackContent, flows, knowledgeArticles, replies } from '../../config/content';
import { createDialogEngine } from '../../dialogs/engine';
import { createSandboxConnector } from '../../dialogs/sandbox-connector';
import { createOfflineMatcher } from '../../dialogs/understanding/offline-matcher';
import type { Audience, DialogState, Locale, TurnOutcome, TurnResult } from '../../dialogs/types';

/** Tuesday 10 March 2026, midday in London: a fixed "now" so dates in tests are stable. */
export const NOW = new Date('2026-03-10T12:00:00Z');

/** Options for a test conversation. */
export interface ConversationOptions {
  audience?: Audience;
  locale?: Locale;
  now?: Date;
}

/** A test conversation. */
export interface Conversation {
  send(text: string): Promise<TurnResult>;
  click(choice: string): Promise<TurnResult>;
  expectReply(pattern: RegExp): void;
  expectNoReply(pattern: RegExp): void;
  expectOutcome(outcome: Partial<TurnOutcome>): void;
  readonly last: TurnResult;
  readonly state: DialogState | null;
  readonly text: string;
}

/** Starts a conversation with a fresh engine. */
export function conversation(options: ConversationOptions = {}): Conversation {
  const now = options.now ?? NOW;
  const engine = createDialogEngine({
    flows,
    articles: knowledgeArticles,
    understander: createOfflineMatcher({ flows, articles: knowledgeArticles }),
    connector: createSandboxConnector(demoData, { now: () => now }),
    replies,
    maxReprompts: 2,
    maxUnsure: 2,
    feedback: feedbackContent,
  });
  let state: DialogState | null = options.audience ? engine.initialState(options.audience, options.locale) : null;
  let last: TurnResult | undefined;
  const run = async (text: string, choice?: string): Promise<TurnResult> => {
    last = await engine.turn(state, { text, choice, now, locale: state === null ? options.locale : undefined });
    state = last.state;
    return last;
  };
  const current = (): TurnResult => {
    if (!last) throw new Error('nothing sent yet');
    return last;
  };
  const allText = (): string => current().replies.map((r) => r.text).join('\n');
  return {
    send: (text) => run(text),
    click: (choice) => run('', choice),
    expectReply(pattern) {
      expect(allText()).toMatch(pattern);
    },
    expectNoReply(pattern) {
      expect(allText()).not.toMatch(pattern);
    },
    expectOutcome(outcome) {
      expect(current().outcome).toMatchObject(outcome);
    },
    get last() { return current(); },
    get state() { return state; },
    get text() { return allText(); },
  };
}
