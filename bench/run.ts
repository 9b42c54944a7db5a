/**
 * `npm run bench`: signed SMS webhooks through the whole pipeline (verify, dedupe, lease, turn,
 * commit, outbox, send to a local fake Twilio API) at a fixed rate from many simulated
 * citizens, beside a floor app that only verifies the signature. Prints figures and writes
 * bench/results/latest.json. Figures, not pass/fail: read them against the targets in docs/benchmarks.md.
 * The pipeline and the floor each run in a child process of their own; this process only
 * generates load and plays Twilio, as in production where the service has its own process.
 *
 * --rate (500), --seconds (60), --citizens (5000), --saturation-seconds (10),
 * --memory-conversations (10000) and --profile tune the run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startFakeTwilioApi } from './fake-twilio-api';
import { runClosedLoop, runLoad } from './load-generator';
import { BENCH_TWILIO, citizenNumber, signedSmsRequest } from './sms-traffic';
import { summarise } from './stats';
import { startTarget } from './targets/target-process';

const numberFrom = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const RATE = numberFrom('rate', 500);
const SECONDS = numberFrom('seconds', 60);
const CITIZENS = numberFrom('citizens', 5000);
const SATURATION_SECONDS = numberFrom('saturation-seconds', 10);
const MEMORY_CONVERSATIONS = numberFrom('memory-conversations', 10_000);
/** `--profile` writes a CPU profile of each target process to bench/results/profiles. */
const PROFILE_DIR = process.argv.includes('--profile') ? path.join(__dirname, 'results', 'profiles') : undefined;
const QUESTION = 'what goes in the recycling bin?';
/** Seconds of unmeasured traffic before the sustained run. */
const WARM_UP_SECONDS = 3;
/** The memory phase's per-number rate window (60 s by default in service), so idle is reached quickly. */
const RATE_WINDOW_SECONDS = 2;

/** The pipeline in its own process, sending to the fake API at `apiUrl`. */
function startPipeline(apiUrl: string, extra: Record<string, string> = {}) {
  return startTarget('pipeline-target', { apiUrl, ...extra }, PROFILE_DIR);
}

async function main(): Promise<void> {
  const results: Record<string, unknown> = { rate: RATE, seconds: SECONDS, citizens: CITIZENS, node: process.version, at: new Date().toISOString() };

  // 1. Floor: signature check + empty TwiML only, at full speed, in its own process like the pipeline.
  const floor = await startTarget('floor-target', { authToken: BENCH_TWILIO.authToken, publicBaseUrl: BENCH_TWILIO.publicBaseUrl });
  const floorSat = await runClosedLoop({ port: floor.port, concurrency: 64, seconds: SATURATION_SECONDS, make: (i) => signedSmsRequest(i, CITIZENS, QUESTION, 'SMfloor') });
  await floor.stop();

  // 2. Sustained open-loop run through the whole pipeline.
  const fake = await startFakeTwilioApi();
  const service = await startPipeline(fake.url);
  const { port } = service;
  // Warm up (code compiled on first use, connections opened) before measuring, as any benchmark does.
  await runLoad({ port, rate: Math.min(RATE, 200), seconds: WARM_UP_SECONDS, make: (i) => signedSmsRequest(i, 1_000, QUESTION, 'SMwarm') });
  await service.call('settle');
  const warmUpReplies = fake.replies.length;
  await service.call('loop-delay');
  await service.call('profile-start');
  const total = Math.round(RATE * SECONDS);
  const load = await runLoad({ port, rate: RATE, seconds: SECONDS, make: (i) => signedSmsRequest(i, CITIZENS, QUESTION) });
  const drainDeadline = Date.now() + 30_000;
  const measured = () => fake.replies.slice(warmUpReplies);
  while (fake.replies.length - warmUpReplies < total && Date.now() < drainDeadline) await new Promise((r) => setTimeout(r, 50));
  const loopDelay = await service.call('loop-delay');
  await service.call('profile-stop');
  await service.call('settle');

  // Replies matched to inbound messages per citizen, in order.
  const byCitizen = new Map<string, number[]>();
  for (const reply of measured()) byCitizen.set(reply.to, [...(byCitizen.get(reply.to) ?? []), reply.at]);
  const replyMs: number[] = [];
  const seen = new Map<string, number>();
  const sentTo = new Map<string, { sent: number; acknowledged: number }>();
  for (let i = 0; i < total; i++) {
    const from = citizenNumber(i % CITIZENS);
    const k = seen.get(from) ?? 0;
    seen.set(from, k + 1);
    const counts = sentTo.get(from) ?? { sent: 0, acknowledged: 0 };
    counts.sent += 1;
    if (load.acknowledged[i]) counts.acknowledged += 1;
    sentTo.set(from, counts);
    const at = byCitizen.get(from)?.[k];
    if (at !== undefined) replyMs.push(at - load.startedAt[i]!);
  }
  // Per citizen: every acknowledged text must be answered (fewer is lost), and no text twice
  // (more replies than texts sent is duplicated). A text whose request failed may or may not
  // have reached the service, so it counts on neither side.
  let lost = 0;
  let duplicated = 0;
  for (const [from, counts] of sentTo) {
    const got = byCitizen.get(from)?.length ?? 0;
    lost += Math.max(0, counts.acknowledged - got);
    duplicated += Math.max(0, got - counts.sent);
  }
  results.pipeline = {
    sent: load.sent,
    acknowledged: load.ok,
    failedAcks: load.failed,
    failures: load.failures,
    turnsPerSecond: Math.round((measured().length / (load.elapsedMs / 1000)) * 10) / 10,
    ackMs: summarise(load.ackMs),
    replyMs: summarise(replyMs),
    lost,
    duplicated,
    eventLoopDelay: loopDelay,
  };

  // 3. Saturation through the pipeline, for the ratio to the floor (new citizens, new message ids).
  const repliesBefore = fake.replies.length;
  const satStarted = performance.now();
  const pipeSat = await runClosedLoop({ port, concurrency: 64, seconds: SATURATION_SECONDS, make: (i) => signedSmsRequest(i, 50_000, QUESTION, 'SMsat') });
  await service.call('settle');
  const satReplies = fake.replies.length - repliesBefore;
  const pipelineTurnsPerSecond = satReplies / ((performance.now() - satStarted) / 1000);
  results.saturation = {
    floorAcksPerSecond: Math.round(floorSat.perSecond),
    pipelineAcksPerSecond: Math.round(pipeSat.perSecond),
    pipelineTurnsPerSecond: Math.round(pipelineTurnsPerSecond),
    ratioTurnsToFloor: Math.round((pipelineTurnsPerSecond / floorSat.perSecond) * 100) / 100,
  };
  const peakRssMb = Math.round((await service.call<number>('peak-rss')) / 1e6);
  await service.stop();
  await fake.close();

  // 4. Memory per idle conversation: conversations of one question and its answer, in a fresh process.
  const fakeMem = await startFakeTwilioApi();
  const mem = await startPipeline(fakeMem.url, { rateWindowSeconds: String(RATE_WINDOW_SECONDS) });
  const idle = () => new Promise((resolve) => setTimeout(resolve, (RATE_WINDOW_SECONDS + 1) * 1000));
  // Warm up first, so code compiled on first use is not counted against conversations.
  await runLoad({ port: mem.port, rate: 1_000, seconds: 1, make: (i) => signedSmsRequest(i, 1_000, QUESTION, 'SMwarm') });
  await mem.call('settle');
  await idle();
  await mem.call('clear-records');
  const before = await mem.call<number>('heap');
  await runLoad({ port: mem.port, rate: 1_000, seconds: MEMORY_CONVERSATIONS / 1_000, make: (i) => signedSmsRequest(i + 1_000, MEMORY_CONVERSATIONS, QUESTION, 'SMmem') });
  await mem.call('settle');
  // Idle means past the per-number rate window too: its counters are held for the window, then dropped.
  await idle();
  const after = await mem.call<number>('heap');
  // The embedded store keeps every record in the heap; MongoDB would keep them in the database.
  await mem.call('clear-records');
  const withoutRecords = await mem.call<number>('heap');
  const perConversation = (bytes: number) => Math.round(bytes / MEMORY_CONVERSATIONS);
  results.memory = {
    peakRssMb,
    per10kConversationsMb: Math.round(((after - before) / 1e6) * (10_000 / MEMORY_CONVERSATIONS) * 10) / 10,
    perConversationBytes: perConversation(after - before),
    storeRecordsPerConversationBytes: perConversation(after - withoutRecords),
    serviceOverheadPerConversationBytes: perConversation(withoutRecords - before),
  };
  await mem.stop();
  await fakeMem.close();

  const dir = path.join(__dirname, 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(results, null, 2)}\nwritten to bench/results/latest.json\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
