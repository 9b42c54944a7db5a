/** The dialog engine as the pipeline uses it (implemented by dialogs/engine.ts). */
import type { Audience, DialogState, Locale, Reply, TurnInput, TurnResult } from '../../dialogs/types';

/** Runs one engine step and makes fresh dialog state. */
export interface DialogEngine {
  turn(state: DialogState | null, input: TurnInput): Promise<TurnResult>;
  initialState(audience: Audience, locale?: Locale): DialogState;
  /** The feedback question after an agent closes a conversation, or null; engines without one never ask. */
  askFeedback?(state: DialogState, input: { now: Date; mayAskFeedback?: boolean }): { state: DialogState; reply: Reply } | null;
}

/**
 * Fresh dialog state after a person hands back or the citizen leaves the queue, keeping what
 * later turns must still respect: a crisis seen (no feedback question after it), and a
 * feedback question already asked (not asked twice).
 */
export function restartedDialog(engine: DialogEngine, prior: DialogState | null, audience: Audience, locale: Locale, crisis = false): DialogState {
  return {
    ...engine.initialState(audience, locale),
    crisis: crisis || prior?.crisis === true,
    ...(prior?.feedback ? { feedback: prior.feedback } : {}),
  };
}
