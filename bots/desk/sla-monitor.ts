/**
 * Watches unclaimed tickets: past their SLA they are re-announced to the desk and the
 * citizen is told honestly that they are still waiting. Runs under the conversation lease.
 */
import { deskReplies } from '../../config/content/desk-replies';
import type { Logger } from '../logging/logger';
import type { ConversationLeases } from '../pipeline/conversation-lease';
import { CommitBuilder, type Committed } from '../pipeline/records';
import type { ConversationDoc, HandoffDoc } from '../store/documents';
import type { Store } from '../store/port';
import { say } from '../text';
import { toTicketView } from './ticket-view';

/** What the monitor needs. */
export interface SlaMonitorDeps {
  store: Store;
  leases: ConversationLeases;
  clock: () => Date;
  logger: Logger;
  slaMinutes: number;
  onCommitted: (committed: Committed) => void;
  checkIntervalMs?: number;
}

/** Re-announces tickets that waited past their SLA. */
export class SlaMonitor {
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly deps: SlaMonitorDeps) {}

  /** Starts the periodic check. */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.check().catch((error) => this.deps.logger.error('SLA check failed', { error })), this.deps.checkIntervalMs ?? 30_000);
    this.timer.unref();
  }

  /** Stops the periodic check. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Handles every open ticket whose SLA has passed; returns how many were re-announced. */
  async check(): Promise<number> {
    const { store, clock } = this.deps;
    const overdue = await store.collection<HandoffDoc>('handoffs').find({ status: 'open', slaDueAt: { $lte: clock() } }, { sort: { createdAt: 1 }, limit: 100 });
    let count = 0;
    for (const ticket of overdue) {
      if (await this.reannounce(ticket._id, ticket.address)) count++;
    }
    return count;
  }

  private async reannounce(ticketId: string, address: string): Promise<boolean> {
    const { store, leases, clock, slaMinutes } = this.deps;
    return leases.withLease(address, 5_000, async (lease) => {
      const now = clock();
      const ticket = await store.collection<HandoffDoc>('handoffs').findOne({ _id: ticketId, status: 'open', slaDueAt: { $lte: now } });
      const conversation = ticket && (await store.collection<ConversationDoc>('conversations').findOne({ _id: ticket.conversationId }));
      if (!ticket || !conversation) return false; // Claimed or closed meanwhile.
      const updated: HandoffDoc = { ...ticket, reannounced: ticket.reannounced + 1, slaDueAt: new Date(now.getTime() + slaMinutes * 60_000) };
      const commit = new CommitBuilder({ conversation, turnId: null, now })
        .write({ collection: 'handoffs', kind: 'updateOne', filter: { _id: ticket._id, status: 'open' }, update: { $set: { reannounced: updated.reannounced, slaDueAt: updated.slaDueAt } }, mustMatch: true })
        .enqueue({ destination: 'desk', event: { kind: 'sla-breached', ticket: toTicketView(updated) } })
        .audit('sla-breach', { ticketId: ticket._id, waitedMs: now.getTime() - ticket.createdAt.getTime(), reannounced: updated.reannounced });
      // Out of hours the citizen was already told when we open; repeating it every few minutes is noise.
      if (!ticket.outOfHours) commit.say({ text: say(deskReplies.slaBreach, ticket.locale) }, { kind: 'system' });
      await store.writeAtomically(commit.build({ queueNoticeAt: now }, lease));
      this.deps.onCommitted(commit.committed());
      return true;
    });
  }
}
