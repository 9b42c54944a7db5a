/** The dialog engine as the pipeline uses it (implemented by dialogs/engine.ts). */
import type { Audience, DialogState, Locale, Reply, TurnInput, TurnResult } from '../../dialogs/types';

/** Runs one engine step and makes fresh dialog state. */
export interface DialogEngine {
  turn(state: DialogState | null, input: TurnInput): Promise<TurnResult>;
  initialState(audience: Audience, locale?: Locale): DialogState;
  /** The feedback question after an agent closes a conversation, or null; engines without one never ask. */
  askFeedback?(state: DialogState, input: { now: Date; mayAskFeedback?: boolean }): { state: DialogState; reply: Reply } | null;
}
