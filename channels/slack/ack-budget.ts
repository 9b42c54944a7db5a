/**
 * Slack wants an answer within 3 seconds. Work normally finishes well inside that, and then it
 * is committed before we answer (so a crash makes Slack retry). Work that runs long carries on
 * after the answer, and only its failure is reported, because Slack has stopped waiting.
 */

/** Default time the listener may spend before the answer goes back to Slack. */
export const DEFAULT_ACK_BUDGET_MS = 2_000;

/** Waits for `work` up to `budgetMs`; resolves then either way. A failure within the budget is rethrown. */
export async function withinAckBudget(work: Promise<void>, budgetMs: number, onLateFailure: (error: unknown) => void): Promise<'done' | 'late'> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), budgetMs);
  });
  try {
    const outcome = await Promise.race([work.then(() => 'done' as const), late]);
    if (outcome === 'late') work.catch(onLateFailure);
    return outcome;
  } finally {
    clearTimeout(timer);
  }
}
