/**
 * What the Slack desk remembers, kept in the ChannelMemory port under the address `slack:desk`:
 * where each ticket's message is (so updates edit it and thread replies find their ticket), the
 * channel they are in, and which Events API deliveries were already handled (Slack retries).
 */
import type { ChannelMemory } from '../types';

/** The ChannelMemory address all Slack desk facts live under. */
export const DESK_ADDRESS = 'slack:desk';

/** Where a ticket's message is: the channel id Slack answered with, and the message ts. */
export interface TicketRef {
  channel: string;
  ts: string;
}

/** Typed access to the desk's memory keys: `ticket:<id>`, `thread:<channel>:<ts>`, `handoff-channel`, `event:<event_id>`. */
export class DeskMemory {
  /** Event ids being handled in this process right now, so a retry that races the first attempt is dropped. */
  private readonly inFlight = new Set<string>();

  constructor(private readonly memory: ChannelMemory) {}

  /** The ticket's message, if it has been posted. */
  ticketRef(ticketId: string): Promise<TicketRef | undefined> {
    return this.memory.get<TicketRef>(DESK_ADDRESS, `ticket:${ticketId}`);
  }

  /** The ticket whose message starts this thread. */
  ticketForThread(channel: string, threadTs: string): Promise<string | undefined> {
    return this.memory.get<string>(DESK_ADDRESS, `thread:${channel}:${threadTs}`);
  }

  /** Records a posted ticket message both ways. */
  async rememberTicket(ticketId: string, ref: TicketRef): Promise<void> {
    await this.memory.set(DESK_ADDRESS, 'handoff-channel', ref.channel);
    await this.memory.set(DESK_ADDRESS, `thread:${ref.channel}:${ref.ts}`, ticketId);
    await this.memory.set(DESK_ADDRESS, `ticket:${ticketId}`, ref);
  }

  /** The channel id tickets are posted to, as Slack reported it (the setting may be a name). */
  handoffChannel(): Promise<string | undefined> {
    return this.memory.get<string>(DESK_ADDRESS, 'handoff-channel');
  }

  /**
   * Starts handling an Events API delivery; false when it was handled already or is being
   * handled now. Call `finishEvent` when done, with `handled: false` to let a retry try again.
   */
  async beginEvent(eventId: string): Promise<boolean> {
    if (this.inFlight.has(eventId)) return false;
    this.inFlight.add(eventId);
    if (await this.memory.get<{ at: string }>(DESK_ADDRESS, `event:${eventId}`)) {
      this.inFlight.delete(eventId);
      return false;
    }
    return true;
  }

  /** Ends handling: a handled event is remembered so Slack's retries of it are dropped. */
  async finishEvent(eventId: string, handled: boolean, now: Date): Promise<void> {
    try {
      if (handled) await this.memory.set(DESK_ADDRESS, `event:${eventId}`, { at: now.toISOString() });
    } finally {
      this.inFlight.delete(eventId);
    }
  }
}
