/**
 * The fault suite: the same scripted SMS conversations run twice through the whole service.
 * First fault-free, one delivery each, to learn the replies each conversation should get.
 * Then with faults: the fake Twilio API throttles (429 + Retry-After), fails (503), times out
 * (taking the message or not), resets connections and answers slowly; every text is delivered
 * 1–3 times; and some conversations start on a worker that commits its turns and is stopped
 * before sending, so a second worker on the same store must deliver them.
 */
import { createEmbeddedStore } from '../../bots/store/embedded-store';
import type { AuditDoc, ConversationDoc, OutboxDoc } from '../../bots/store/documents';
import type { Service } from '../../bots/service';
import { startFakeTwilioApi, type FaultKind, type FaultPlan } from '../fake-twilio-api';
import { chaosSettings, pinnedClock, sandboxEngine, startChaosService, type ChaosTimings } from './chaos-service';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { inboundParams, makeCitizens, planDelivery, postWebhook, ReplyWatcher, WebhookSender, type Citizen, type WebhookCounts } from './citizens';
import { seededRandom } from '../../bots/seeded-random';
import { assignScripts } from './scripts';
import { checkAudit, checkReplies, repliesByNumber, unsentEntries, type AuditCheck, type ReplyCheck } from './verify';

/** How big and how hostile a run is. */
export interface ChaosOptions {
  citizens: number;
  seed: number;
  /** Share of citizens whose first text lands on the worker that is stopped before sending. */
  crashShare: number;
  faults: FaultPlan;
  timings: ChaosTimings;
  /** How long a citizen waits for the replies to one text before giving up on them. */
  replyWaitMs: number;
}

/** Defaults for `npm run chaos`. */
export const DEFAULT_CHAOS: ChaosOptions = {
  citizens: 200,
  seed: 8,
  crashShare: 0.1,
  faults: { rateLimited: 0.06, serverError: 0.06, timeout: 0.05, timeoutMs: 2_500, timeoutAccepted: 0.5, reset: 0.03, slow: 0.08, slowMs: 150 },
  timings: { twilioTimeoutMs: 1_500, outboxBaseDelayMs: 200, outboxMaxDelayMs: 2_000 },
  replyWaitMs: 30_000,
};

/** Everything a run counted. */
export interface ChaosReport {
  citizens: number;
  messages: number;
  webhooks: WebhookCounts;
  inboundRecorded: number;
  repliesExpected: number;
  repliesAtProvider: number;
  providerCreates: number;
  faultsInjected: Record<FaultKind, number> & { timeoutTaken: number };
  crash: { committedUnsent: number; deliveredByTakeover: number };
  retries: AuditCheck;
  replies: ReplyCheck;
  unsentEntries: number;
  stalledWaits: number;
  /** The longest the event loop stalled (ms), in the process that runs service, fake and citizens alike: long stalls make sends time out. */
  eventLoopDelayMaxMs: number;
  seconds: number;
  /** Invariants that failed; empty when the run passed. */
  failures: string[];
}

/** Waits until the service has no turn running and no citizen reply waiting or being sent. */
async function quiet(service: Service, maxMs: number): Promise<void> {
  const outbox = service.store.collection<OutboxDoc>('outbox');
  const deadline = performance.now() + maxMs;
  while (performance.now() < deadline) {
    await service.pipeline.idle();
    await service.outbox.idle();
    if ((await outbox.countDocuments({ status: { $in: ['pending', 'sending'] } })) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The fault-free run: each text once, everyone in step; returns each citizen's replies to each text. */
export async function referenceReplies(citizens: Citizen[], timings: ChaosTimings): Promise<string[][][]> {
  const clock = pinnedClock();
  const fake = await startFakeTwilioApi({}, Math.random, { clock });
  const settings = chaosSettings(fake.url, timings);
  const running = await startChaosService({ settings, store: createEmbeddedStore({ clock }), clock, engine: sandboxEngine(settings, clock), worker: 'normal' });
  const perStep: string[][][] = citizens.map(() => []);
  const steps = Math.max(...citizens.map((c) => c.script.texts.length));
  for (let step = 0; step < steps; step++) {
    const before = citizens.map((c) => fake.bodiesTo(c.number).length);
    await Promise.all(citizens.filter((c) => step < c.script.texts.length).map((c) => postWebhook(running.port, inboundParams(c, step))));
    await quiet(running.service, 30_000);
    citizens.forEach((c, i) => step < c.script.texts.length && perStep[i]?.push(fake.bodiesTo(c.number).slice(before[i])));
  }
  await running.crash();
  await running.service.stop();
  await fake.close();
  return perStep;
}

/** Runs the suite and checks the invariants. */
export async function runChaos(options: ChaosOptions): Promise<ChaosReport> {
  const started = performance.now();
  const random = seededRandom(options.seed);
  const citizens = makeCitizens(assignScripts(options.citizens, random));
  const reference = await referenceReplies(citizens, options.timings);

  const clock = pinnedClock();
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const fake = await startFakeTwilioApi(options.faults, seededRandom(options.seed + 1), { clock });
  // One of each fault first, so even a small run meets every kind.
  fake.queue.push({ kind: 'rateLimited' }, { kind: 'serverError' }, { kind: 'timeout', accepted: true }, { kind: 'timeout', accepted: false }, { kind: 'reset' }, { kind: 'slow' });
  const settings = chaosSettings(fake.url, options.timings);
  const store = createEmbeddedStore({ clock });
  const engine = sandboxEngine(settings, clock);
  const sender = new WebhookSender();
  const plans = citizens.map((c) => c.script.texts.map(() => planDelivery(random)));
  // People do not all text in the same millisecond: starts spread over 10 ms per citizen.
  const startDelays = citizens.map(() => Math.round(random() * citizens.length * 10));

  // 1. A worker that commits and is stopped before sending: the first text of some citizens lands there.
  const crashed = citizens.slice(0, Math.max(1, Math.round(options.citizens * options.crashShare)));
  const first = await startChaosService({ settings, store, clock, engine, worker: 'commit-only' });
  let live: Promise<number> = Promise.resolve(first.port);
  await Promise.all(crashed.map((c) => sender.deliver(first.port, inboundParams(c, 0), plans[c.index]![0]!, () => live)));
  await first.service.pipeline.idle();
  const committedUnsent = await store.collection<OutboxDoc>('outbox').countDocuments({ status: 'pending', 'payload.destination': 'citizen' });
  let takeover: (port: number) => void = () => undefined;
  live = new Promise((resolve) => (takeover = resolve));
  await first.crash();

  // 2. The second worker on the same store takes over; delayed copies now reach it.
  const second = await startChaosService({ settings, store, clock, engine, worker: 'normal' });
  takeover(second.port);
  const takeoverAt = clock();
  const watcher = new ReplyWatcher(fake.replies);
  let stalledWaits = 0;
  await Promise.all(
    citizens.map(async (c, i) => {
      await new Promise((resolve) => setTimeout(resolve, startDelays[i]));
      let expected = 0;
      for (let step = 0; step < c.script.texts.length; step++) {
        if (!(step === 0 && crashed.includes(c))) await sender.deliver(second.port, inboundParams(c, step), plans[c.index]![step]!);
        const replies = reference[i]?.[step]?.length ?? 0;
        expected += replies;
        // A text with no reply: give its turn a moment, so the next text is not answered in the same turn.
        if (replies === 0) await new Promise((resolve) => setTimeout(resolve, 300));
        else if (!(await watcher.waitFor(c.number, expected, options.replyWaitMs))) stalledWaits += 1;
      }
    }),
  );
  await sender.drain();
  await quiet(second.service, options.replyWaitMs);
  // A late answer to a timed-out send would show here as a duplicate.
  await new Promise((resolve) => setTimeout(resolve, (options.faults.timeoutMs ?? 0) + 500));
  watcher.close();
  loop.disable();

  const outbox = await store.collection<OutboxDoc>('outbox').find({});
  const audits = await store.collection<AuditDoc>('audit').find({ kind: { $in: ['delivery-retry', 'delivery-failed', 'delivery-reconciled'] } });
  const conversations = await store.collection<ConversationDoc>('conversations').find({});
  const inboundRecorded = await store.collection('inbound').countDocuments({});
  await second.crash();
  await second.service.stop();
  await fake.close();

  const actual = repliesByNumber(fake.replies);
  const replies = checkReplies(citizens.map((c, i) => ({ number: c.number, expected: (reference[i] ?? []).flat(), actual: actual.get(c.number) ?? [] })));
  const retries = checkAudit(fake.requests, audits, conversations);
  const messages = citizens.reduce((n, c) => n + c.script.texts.length, 0);
  const report: ChaosReport = {
    citizens: citizens.length,
    messages,
    webhooks: sender.counts,
    inboundRecorded,
    repliesExpected: reference.flat(2).length,
    repliesAtProvider: fake.replies.length,
    providerCreates: fake.requests.length,
    faultsInjected: { ...fake.faults, timeoutTaken: fake.requests.filter((r) => r.fault === 'timeout' && r.accepted).length },
    crash: { committedUnsent, deliveredByTakeover: outbox.filter((e) => e.payload.destination === 'citizen' && e.createdAt < takeoverAt && e.status === 'sent').length },
    retries,
    replies,
    unsentEntries: unsentEntries(outbox),
    stalledWaits,
    eventLoopDelayMaxMs: Math.round(loop.max / 1e6),
    seconds: Math.round((performance.now() - started) / 100) / 10,
    failures: [],
  };
  report.failures = invariantFailures(report);
  return report;
}

/** The invariants, as sentences; empty when all hold. */
export function invariantFailures(r: ChaosReport): string[] {
  const failures: string[] = [];
  if (r.replies.lost > 0) failures.push(`${r.replies.lost} replies lost`);
  if (r.replies.duplicated > 0) failures.push(`${r.replies.duplicated} replies duplicated`);
  if (r.replies.outOfOrder > 0) failures.push(`${r.replies.outOfOrder} conversations out of order`);
  if (r.retries.unexplained > 0) failures.push(`${r.retries.unexplained} failed provider attempts without an audit naming their cause`);
  if (r.inboundRecorded !== r.messages) failures.push(`${r.inboundRecorded} inbound messages recorded for ${r.messages} sent`);
  if (r.webhooks.refused > 0) failures.push(`${r.webhooks.refused} webhooks not answered 200`);
  if (r.crash.committedUnsent === 0) failures.push('the stopped worker left nothing unsent, so the takeover was not tested');
  if (r.crash.deliveredByTakeover < r.crash.committedUnsent) failures.push(`only ${r.crash.deliveredByTakeover} of ${r.crash.committedUnsent} replies left by the stopped worker were delivered`);
  if (r.unsentEntries > 0) failures.push(`${r.unsentEntries} replies never sent (failed or still waiting)`);
  for (const kind of ['rateLimited', 'serverError', 'timeout', 'reset', 'slow'] as const) if (r.faultsInjected[kind] === 0) failures.push(`no ${kind} fault was injected`);
  return failures;
}
