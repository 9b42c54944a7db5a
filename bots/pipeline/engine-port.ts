/** The dialog engine as the pipeline uses it (implemented by dialogs/engine.ts). */
import type { Audience, DialogState, Locale, TurnInput, TurnResult } from '../../dialogs/types';

/** Runs one engine step and makes fresh dialog state. */
export interface DialogEngine {
  turn(state: DialogState | null, input: TurnInput): Promise<TurnResult>;
  initialState(audience: Audience, locale?: Locale): DialogState;
}
