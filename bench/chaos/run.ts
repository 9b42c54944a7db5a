/**
 * `npm run chaos`: the fault suite (bench/chaos/chaos-run.ts). Prints the counts, writes
 * bench/results/chaos.json, and exits 1 when an invariant fails.
 *
 * --citizens (200), --seed (8), --crash-share (0.1) and --fault-scale (1, multiplies every fault
 * chance) tune the run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CHAOS, runChaos, type ChaosReport } from './chaos-run';

const flag = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);

/** The counts as a few readable lines. */
export function formatReport(r: ChaosReport): string {
  const f = r.faultsInjected;
  return [
    `citizens ${r.citizens}, messages ${r.messages}, webhook deliveries ${r.webhooks.posted} (${r.webhooks.duplicates} duplicates, ${r.webhooks.redirected} sent again after their worker stopped), inbound recorded ${r.inboundRecorded}`,
    `replies expected ${r.repliesExpected}, taken by the provider ${r.repliesAtProvider}, provider create requests ${r.providerCreates}`,
    `faults injected: 429 ${f.rateLimited}, 503 ${f.serverError}, timeout ${f.timeout} (${f.timeoutTaken} after Twilio took the text), reset ${f.reset}, slow ${f.slow}`,
    `retries (failed provider attempts) ${r.retries.failedAttempts} ${JSON.stringify(r.retries.failedByCode)}, audited ${r.retries.audited} (${r.retries.lateAnswers} of them timeouts on answers that came too late for the busy client), unexplained ${r.retries.unexplained}, audits without a failure ${r.retries.unmatchedAudits}`,
    `reconciled before resending: already sent ${r.retries.reconciled.alreadySent}, not found (sent) ${r.retries.reconciled.notFound}`,
    `stopped worker: ${r.crash.committedUnsent} replies committed unsent, ${r.crash.deliveredByTakeover} delivered by the worker that took over`,
    `lost ${r.replies.lost}, duplicated ${r.replies.duplicated}, out of order ${r.replies.outOfOrder}, never sent ${r.unsentEntries}, waits that timed out ${r.stalledWaits}`,
    `${r.seconds} s, longest event-loop stall ${r.eventLoopDelayMaxMs} ms (service, fake Twilio and citizens share one process)`,
    r.failures.length ? `FAILED: ${r.failures.join('; ')}${r.replies.examples.length ? ` (e.g. ${r.replies.examples.join('; ')})` : ''}` : 'all invariants hold',
  ].join('\n');
}

async function main(): Promise<void> {
  const scale = flag('fault-scale', 1);
  const faults = { ...DEFAULT_CHAOS.faults };
  for (const kind of ['rateLimited', 'serverError', 'timeout', 'reset', 'slow'] as const) faults[kind] = Math.min(1, (faults[kind] ?? 0) * scale);
  const report = await runChaos({ ...DEFAULT_CHAOS, citizens: flag('citizens', DEFAULT_CHAOS.citizens), seed: flag('seed', DEFAULT_CHAOS.seed), crashShare: flag('crash-share', DEFAULT_CHAOS.crashShare), faults });
  const dir = path.join(__dirname, '..', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'chaos.json'), `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`${formatReport(report)}\nwritten to bench/results/chaos.json\n`);
  process.exitCode = report.failures.length ? 1 : 0;
}

main().catch((error: unknown) => {
  process.stderr.write(`chaos failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
