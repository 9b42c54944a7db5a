/**
 * What /readyz reports: the store answers, each channel that was switched on has connected to
 * its provider, and the service is not draining. A channel that cannot start is reported here
 * (and retried) instead of stopping the service, so the other channels keep serving.
 */

/** One component's state: `ready`, or why not, in words an operator can act on. */
export type ComponentState = { ready: true } | { ready: false; reason: string };

/** The answer /readyz gives. */
export interface ReadinessReport {
  ready: boolean;
  checks: Record<string, string>;
}

/** Collects component states and answers readiness checks. */
export class Readiness {
  private readonly components = new Map<string, ComponentState>();
  private draining = false;

  /** `store` is checked live on every call; other components report through `set`. */
  constructor(private readonly pingStore: () => Promise<void>) {}

  /** Records a component's state (a channel connecting, failing, recovering). */
  set(component: string, state: ComponentState): void {
    this.components.set(component, state);
  }

  /** From now on the service is stopping: load balancers should send new work elsewhere. */
  startDraining(): void {
    this.draining = true;
  }

  /** Every component's state, and whether all are ready. */
  async report(): Promise<ReadinessReport> {
    const checks: Record<string, string> = {};
    try {
      await this.pingStore();
      checks.store = 'ready';
    } catch {
      checks.store = 'not ready: the store is not reachable';
    }
    for (const [name, state] of this.components) checks[name] = state.ready ? 'ready' : `not ready: ${state.reason}`;
    if (this.draining) checks.service = 'not ready: draining (shutting down)';
    return { ready: Object.values(checks).every((value) => value === 'ready'), checks };
  }
}
