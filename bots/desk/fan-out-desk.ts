/**
 * Delivers each desk event to several desks (the web console and Slack). Every desk gets its
 * try; if any fails, the first failure is thrown so the outbox retries the event. Desks must
 * therefore take a repeated event calmly (the console re-shows a ticket, Slack edits its message).
 */
import type { DeskEvent, DeskPort } from '../../channels/desk-types';

/** One desk port in front of several. */
export function fanOutDesk(desks: DeskPort[]): DeskPort {
  return {
    async deliver(event: DeskEvent): Promise<void> {
      const results = await Promise.allSettled(desks.map((desk) => desk.deliver(event)));
      const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
      if (failed) throw failed.reason;
    },
  };
}
