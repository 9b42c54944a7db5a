/**
 * The turn a piece of work belongs to, carried implicitly through async calls so that every
 * log line written while handling a turn can be tied back to it without threading ids around.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

/** Identifies the turn being processed. */
export interface TurnContext {
  turnId: string;
  conversationId?: string;
}

const storage = new AsyncLocalStorage<TurnContext>();

/** Runs `fn` (and everything it awaits or schedules) inside the given turn. */
export function runWithTurnContext<T>(context: TurnContext, fn: () => T): T {
  return storage.run({ ...context }, fn);
}

/** The turn the caller is running in, or undefined outside any turn. */
export function currentTurnContext(): TurnContext | undefined {
  return storage.getStore();
}

/** The current turn as log fields; empty outside a turn so no `turnId: undefined` appears. */
export function turnLogFields(): { turnId?: string; conversationId?: string } {
  const context = storage.getStore();
  if (!context) return {};
  return context.conversationId ? { turnId: context.turnId, conversationId: context.conversationId } : { turnId: context.turnId };
}
