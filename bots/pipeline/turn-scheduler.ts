/**
 * Starts turns a few at a time, each batch on its own turn of the event loop, so webhook
 * acknowledgements are never queued behind a backlog of turns. With the embedded store a
 * turn runs start to finish without real I/O; started all at once, a burst of turns would hold
 * the event loop while providers wait for their acks (and then retry). Queued turns are
 * durable anyway: their messages are already in the store.
 */

/** Limits on how turns are started. */
export interface TurnSchedulerLimits {
  /** Turns started per event-loop turn before yielding to I/O. */
  perTick: number;
  /** Turns in flight at once (real I/O, e.g. MongoDB, lets several overlap). */
  inFlight: number;
}

/** A FIFO of keys whose task should run, started at most `perTick` per event-loop turn. */
export class TurnScheduler {
  private readonly queue = new Map<string, { done: Promise<void>; resolve: () => void }>();
  private running = 0;
  private scheduled = false;
  private settled: (() => void)[] = [];

  constructor(
    private readonly limits: TurnSchedulerLimits,
    private readonly task: (key: string) => Promise<void>,
  ) {}

  /** Queues `key` (once, however often it is asked for) and resolves when its task has run. */
  schedule(key: string): Promise<void> {
    const queued = this.queue.get(key);
    if (queued) return queued.done;
    let resolve = () => {};
    const done = new Promise<void>((r) => (resolve = r));
    this.queue.set(key, { done, resolve });
    this.wake();
    return done;
  }

  /** Resolves when nothing is queued or running. */
  idle(): Promise<void> {
    if (this.queue.size === 0 && this.running === 0) return Promise.resolve();
    return new Promise((resolve) => this.settled.push(resolve));
  }

  private wake(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.startSome());
  }

  private startSome(): void {
    this.scheduled = false;
    let started = 0;
    for (const [key, entry] of this.queue) {
      if (started >= this.limits.perTick || this.running >= this.limits.inFlight) break;
      this.queue.delete(key);
      this.running += 1;
      started += 1;
      void this.task(key).finally(() => {
        entry.resolve();
        this.running -= 1;
        if (this.queue.size > 0) this.wake();
        else if (this.running === 0) this.notifyIdle();
      });
    }
    if (this.queue.size > 0 && this.running < this.limits.inFlight) this.wake();
  }

  private notifyIdle(): void {
    const waiting = this.settled;
    this.settled = [];
    for (const resolve of waiting) resolve();
  }
}
