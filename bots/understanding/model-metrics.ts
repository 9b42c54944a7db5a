/**
 * Connects model outcomes to Prometheus counters, typed by shape so it works with the
 * service's metrics (switchboard_model_calls_total, _model_seconds, _model_circuit_open,
 * _moderation_checks_total, _moderation_seconds).
 */
import type { Counter, Gauge, Histogram } from 'prom-client';
import type { ModelObserver } from './openai-understander';

/** The metrics a model observer feeds. */
export interface ModelMetrics {
  modelCalls: Counter<'result'>;
  modelSeconds: Histogram<never>;
  circuitOpen: Gauge<never>;
  /** Moderation checks by result (ok, timeout, error, skipped) and the kind raised ("none" when nothing). */
  moderationChecks: Counter<'result' | 'kind'>;
  moderationSeconds: Histogram<never>;
}

/** An observer that counts every call by result, times it, and shows the breaker's state. */
export function modelMetricsObserver(metrics: ModelMetrics): ModelObserver {
  return {
    call(result, seconds) {
      metrics.modelCalls.inc({ result });
      // Calls that never left (breaker open, skipped) would drag the latency figures down.
      if (result !== 'circuit-open' && result !== 'skipped') metrics.modelSeconds.observe(seconds);
    },
    breaker(open) {
      metrics.circuitOpen.set(open ? 1 : 0);
    },
    moderation(signal, seconds) {
      metrics.moderationChecks.inc({ result: signal.result, kind: signal.kind ?? 'none' });
      if (signal.result !== 'skipped') metrics.moderationSeconds.observe(seconds);
    },
  };
}
