/**
 * The fault suite at small scale (`npm run chaos` runs the same code bigger): scripted SMS
 * conversations through the whole service while the fake Twilio API throttles, fails, times
 * out and resets, every text arrives 1–3 times, and a worker is stopped between commit and
 * send. Every conversation must get exactly the fault-free run's replies, in order, and every
 * failed provider attempt must be in the audit with its cause.
 */
import { DEFAULT_CHAOS, runChaos, type ChaosReport } from '../../bench/chaos/chaos-run';
import { SCRIPTS } from '../../bench/chaos/scripts';

let report: ChaosReport;

beforeAll(async () => {
  // One citizen per script, so every kind of conversation meets the faults.
  report = await runChaos({ ...DEFAULT_CHAOS, citizens: SCRIPTS.length + 2, seed: 8, replyWaitMs: 8_000 });
}, 60_000);

describe('under provider faults, duplicate webhooks and a stopped worker', () => {
  it('really was hostile: every fault kind, duplicate deliveries and replies left by a stopped worker', () => {
    expect(report.webhooks.duplicates).toBeGreaterThan(0);
    for (const kind of ['rateLimited', 'serverError', 'timeout', 'reset', 'slow'] as const) expect(report.faultsInjected[kind]).toBeGreaterThan(0);
    expect(report.faultsInjected.timeoutTaken).toBeGreaterThan(0);
    expect(report.crash.committedUnsent).toBeGreaterThan(0);
  });

  it('answered every conversation exactly as the fault-free run did: none lost, none twice, in order', () => {
    expect(report.repliesExpected).toBeGreaterThan(report.citizens);
    expect(report.replies).toMatchObject({ lost: 0, duplicated: 0, outOfOrder: 0 });
    expect(report.repliesAtProvider).toBe(report.repliesExpected);
    expect(report.unsentEntries).toBe(0);
  });

  it('recorded each text once however often it was delivered', () => {
    expect(report.webhooks.refused).toBe(0);
    expect(report.inboundRecorded).toBe(report.messages);
  });

  it('delivered what the stopped worker had committed', () => {
    expect(report.crash.deliveredByTakeover).toBe(report.crash.committedUnsent);
  });

  it('audited every failed provider attempt with its cause, and looked before resending after a timeout', () => {
    expect(report.retries.failedAttempts).toBeGreaterThan(0);
    expect(report.retries.unexplained).toBe(0);
    expect(report.retries.audited).toBe(report.retries.failedAttempts);
    expect(report.retries.reconciled.alreadySent).toBeGreaterThan(0);
  });

  it('passes every invariant', () => {
    expect(report.failures).toEqual([]);
  });
});
