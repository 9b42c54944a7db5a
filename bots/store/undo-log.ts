/** An undo log: each write records how to reverse itself, so a failed batch leaves no trace. */

/** Reversals recorded by writes, newest last. */
export type UndoLog = Array<() => void>;

/**
 * Runs `work` synchronously; if it throws, every recorded reversal runs newest-first and the
 * error is rethrown. `work` must not await: that is what keeps a half-applied batch invisible.
 */
export function runAtomically<R>(work: (undo: UndoLog) => R): R {
  const undo: UndoLog = [];
  try {
    return work(undo);
  } catch (error) {
    for (let i = undo.length - 1; i >= 0; i--) undo[i]?.();
    throw error;
  }
}
