/**
 * Runs at most one task per key at a time in this process, and runs it once more if it was
 * asked for again while running. The pipeline and the outbox use it so a burst of kicks for
 * one conversation becomes one drain that sees every message.
 */
export class KeyedRunner {
  private readonly running = new Map<string, { again: boolean; done: Promise<void> }>();

  constructor(private readonly onError: (key: string, error: unknown) => void) {}

  /** Runs `task(key)` now, or once more after the current run for this key. */
  run(key: string, task: (key: string) => Promise<void>): Promise<void> {
    const current = this.running.get(key);
    if (current) {
      current.again = true;
      return current.done;
    }
    const entry = { again: false, done: Promise.resolve() };
    entry.done = (async () => {
      try {
        do {
          entry.again = false;
          try {
            await task(key);
          } catch (error) {
            this.onError(key, error);
          }
        } while (entry.again);
      } finally {
        this.running.delete(key);
      }
    })();
    this.running.set(key, entry);
    return entry.done;
  }

  /** True while a task for the key runs. */
  isRunning(key: string): boolean {
    return this.running.has(key);
  }

  /** Resolves when every task running now (and any it triggers) has finished. */
  async idle(): Promise<void> {
    while (this.running.size > 0) {
      await Promise.all([...this.running.values()].map((entry) => entry.done));
    }
  }
}
