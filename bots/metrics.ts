/**
 * Prometheus metrics (prom-client): one registry per service, so tests and several services
 * in one process never share counters. Served as text at GET /metrics.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { OutboxObserver } from './outbox/outbox-worker';
import type { PipelineObserver } from './pipeline/turn-pipeline';
import type { HandoffDoc, OutboxDoc } from './store/documents';
import type { Store } from './store/port';

/** The service's metrics. Labels are small closed sets, never personal data. */
export interface ServiceMetrics {
  registry: Registry;
  inbound: Counter<'channel' | 'result'>;
  turns: Counter<'outcome'>;
  turnSeconds: Histogram<never>;
  handoffs: Counter<'reason'>;
  deliveries: Counter<'destination' | 'result'>;
  providerErrors: Counter<'destination' | 'code'>;
  deliveryLagSeconds: Histogram<'destination'>;
  modelCalls: Counter<'result'>;
  backOfficeCalls: Counter<'operation' | 'outcome'>;
  backOfficeSeconds: Histogram<'operation'>;
  backOfficeCircuitOpen: Gauge<never>;
  modelSeconds: Histogram<never>;
  circuitOpen: Gauge<never>;
  moderationChecks: Counter<'result' | 'kind'>;
  moderationSeconds: Histogram<never>;
}

/** Creates the metrics; `sampled` gauges (queue, outbox) are read from the store at scrape time. */
export function createMetrics(sampled: { queue: () => Promise<{ open: number; oldestAgeSeconds: number }>; outboxDepth: () => Promise<number> }): ServiceMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'switchboard_process_' });
  new Gauge({
    name: 'switchboard_queue_open_tickets',
    help: 'Handoff tickets waiting to be claimed',
    registers: [registry],
    async collect() {
      this.set((await sampled.queue()).open);
    },
  });
  new Gauge({
    name: 'switchboard_queue_oldest_age_seconds',
    help: 'Age of the oldest unclaimed ticket',
    registers: [registry],
    async collect() {
      this.set((await sampled.queue()).oldestAgeSeconds);
    },
  });
  new Gauge({
    name: 'switchboard_outbox_depth',
    help: 'Outbox entries not yet delivered',
    registers: [registry],
    async collect() {
      this.set(await sampled.outboxDepth());
    },
  });
  return {
    registry,
    inbound: new Counter({ name: 'switchboard_inbound_messages_total', help: 'Inbound messages by channel and whether they were new or duplicates', labelNames: ['channel', 'result'], registers: [registry] }),
    turns: new Counter({ name: 'switchboard_turns_total', help: 'Bot turns by outcome', labelNames: ['outcome'], registers: [registry] }),
    turnSeconds: new Histogram({ name: 'switchboard_turn_seconds', help: 'Time to run and commit a turn', buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5], registers: [registry] }),
    handoffs: new Counter({ name: 'switchboard_handoffs_total', help: 'Conversations handed to a person, by reason', labelNames: ['reason'], registers: [registry] }),
    deliveries: new Counter({ name: 'switchboard_deliveries_total', help: 'Outbox delivery attempts by destination and result', labelNames: ['destination', 'result'], registers: [registry] }),
    providerErrors: new Counter({ name: 'switchboard_provider_errors_total', help: 'Provider errors by destination and code', labelNames: ['destination', 'code'], registers: [registry] }),
    deliveryLagSeconds: new Histogram({ name: 'switchboard_delivery_lag_seconds', help: 'Time from commit to delivery', labelNames: ['destination'], buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 5, 30, 120], registers: [registry] }),
    backOfficeCalls: new Counter({ name: 'switchboard_backoffice_calls_total', help: 'Calls to the council back office by operation and outcome (ok, no-match, timeout, error, circuit-open, bad-answer)', labelNames: ['operation', 'outcome'], registers: [registry] }),
    backOfficeSeconds: new Histogram({ name: 'switchboard_backoffice_seconds', help: 'Back-office call latency by operation', labelNames: ['operation'], buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10], registers: [registry] }),
    backOfficeCircuitOpen: new Gauge({ name: 'switchboard_backoffice_circuit_open', help: '1 while the back-office circuit breaker is open', registers: [registry] }),
    modelCalls: new Counter({ name: 'switchboard_model_calls_total', help: 'Model calls by result', labelNames: ['result'], registers: [registry] }),
    modelSeconds: new Histogram({ name: 'switchboard_model_seconds', help: 'Model call latency', buckets: [0.1, 0.25, 0.5, 1, 2, 4, 8], registers: [registry] }),
    circuitOpen: new Gauge({ name: 'switchboard_model_circuit_open', help: '1 while the model circuit breaker is open', registers: [registry] }),
    moderationChecks: new Counter({ name: 'switchboard_moderation_checks_total', help: 'Moderation checks by result and the risk kind raised (none when nothing)', labelNames: ['result', 'kind'], registers: [registry] }),
    moderationSeconds: new Histogram({ name: 'switchboard_moderation_seconds', help: 'Moderation check latency', buckets: [0.05, 0.1, 0.25, 0.5, 1, 1.5, 2.5, 5], registers: [registry] }),
  };
}

/** Feeds the pipeline's counters: inbound messages, turns by outcome, handoffs by reason. */
export function pipelineObserver(metrics: ServiceMetrics): PipelineObserver {
  return {
    inbound(channel, duplicate) {
      metrics.inbound.inc({ channel, result: duplicate ? 'duplicate' : 'new' });
    },
    turn(decisions, seconds) {
      metrics.turnSeconds.observe(seconds);
      for (const decision of decisions) {
        metrics.turns.inc({ outcome: decision.outcome });
        // A crisis is counted as one, whichever check raised it (the local rules, "not safe", moderation).
        const crisis = decision.rule.startsWith('crisis') || decision.guardrails.some((g) => g.startsWith('crisis:'));
        if (decision.outcome === 'handoff') metrics.handoffs.inc({ reason: crisis ? 'crisis' : decision.rule });
      }
    },
  };
}

/** Feeds the outbox's counters: deliveries, provider errors by code, delivery lag. */
export function outboxObserver(metrics: ServiceMetrics): OutboxObserver {
  return {
    delivered(destination, lagSeconds) {
      metrics.deliveries.inc({ destination, result: 'sent' });
      metrics.deliveryLagSeconds.observe({ destination }, lagSeconds);
    },
    failed(destination, code, willRetry) {
      metrics.deliveries.inc({ destination, result: willRetry ? 'retry' : 'failed' });
      metrics.providerErrors.inc({ destination, code });
    },
  };
}

/** Reads the sampled gauges from the store: open tickets, the oldest one's age, undelivered outbox entries. */
export function storeSamples(store: Store, clock: () => Date) {
  // Two gauges read the queue on each scrape; one store read per second serves both.
  let cached: { at: number; value: Promise<{ open: number; oldestAgeSeconds: number }> } | null = null;
  const readQueue = async () => {
    const open = await store.collection<HandoffDoc>('handoffs').find({ status: 'open' }, { sort: { createdAt: 1 }, limit: 1 });
    const count = await store.collection<HandoffDoc>('handoffs').countDocuments({ status: 'open' });
    const oldest = open[0];
    return { open: count, oldestAgeSeconds: oldest ? Math.max(0, (clock().getTime() - oldest.createdAt.getTime()) / 1000) : 0 };
  };
  return {
    queue() {
      const now = Date.now();
      if (!cached || now - cached.at > 1_000) cached = { at: now, value: readQueue() };
      return cached.value;
    },
    outboxDepth: () => store.collection<OutboxDoc>('outbox').countDocuments({ status: { $in: ['pending', 'sending'] } }),
  };
}
