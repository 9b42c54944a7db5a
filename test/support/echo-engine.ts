/**
 * A tiny DialogEngine for pipeline tests: it echoes each message and keeps the list of
 * texts it has seen in its state, so lost or reordered state shows up at once.
 */
import type { DialogEngine } from '../../bots/pipeline/engine-port';
import type { DialogState, TurnResult } from '../../dialogs/types';

/** The texts the echo engine has seen in this conversation, read back from its state. */
export function seenTexts(state: DialogState | null): string[] {
  const raw = state?.form?.slots.seen;
  return raw ? (JSON.parse(raw) as string[]) : [];
}

/** An engine that replies "echo: <text>", hands off on "person", and records each text in state. */
export function echoEngine(options: { delayMs?: number } = {}): DialogEngine & { calls: string[] } {
  const calls: string[] = [];
  const initialState = (audience: DialogState['audience'] = 'public', locale: DialogState['locale'] = 'en'): DialogState => ({
    v: 1,
    locale,
    audience,
    form: null,
    offer: null,
    unsureCount: 0,
    crisis: false,
  });
  return {
    calls,
    initialState,
    async turn(state, input): Promise<TurnResult> {
      calls.push(input.text);
      if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
      const base = state ?? initialState();
      const seen = [...seenTexts(base), input.text];
      const next: DialogState = { ...base, form: { flowId: 'echo', slots: { seen: JSON.stringify(seen) }, step: { kind: 'confirm' }, retries: 0 } };
      if (input.text === 'person') {
        return {
          outcome: { status: 'handoff', reason: 'requested', priority: 'normal', summary: 'The citizen asked for a person.' },
          state: next,
          replies: [{ text: 'Passing you to a person.' }],
          decision: { rule: 'test:person', guardrails: [] },
        };
      }
      return { outcome: { status: 'idle' }, state: next, replies: [{ text: `echo: ${input.text}` }], decision: { rule: 'test:echo', guardrails: [] } };
    },
  };
}
