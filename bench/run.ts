/**
 * `npm run bench`: signed SMS webhooks through the whole pipeline (verify, dedupe, lease, turn,
 * commit, outbox, send to a local fake Twilio API) at a fixed rate from many simulated
 * citizens, beside a floor app that only verifies the signature. Prints figures and writes
 * bench/results/latest.json. Figures, not pass/fail: read them against the targets in README.
 *
 * BENCH_RATE (500), BENCH_SECONDS (60), BENCH_CITIZENS (5000) tune the sustained run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadSettings } from '../config/settings';
import { createService } from '../bots/service';
import { createMemoryLogger } from '../bots/logging/memory-logger';
import { startFakeTwilioApi } from './fake-twilio-api';
import { startFloor } from './floor-app';
import { runClosedLoop, runLoad } from './load-generator';
import { BENCH_TWILIO, citizenNumber, signedSmsRequest } from './sms-traffic';
import { summarise } from './stats';

const numberFrom = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const RATE = numberFrom('rate', 500);
const SECONDS = numberFrom('seconds', 60);
const CITIZENS = numberFrom('citizens', 5000);
const SATURATION_SECONDS = numberFrom('saturation-seconds', 10);
const MEMORY_CONVERSATIONS = numberFrom('memory-conversations', 10_000);
const QUESTION = 'what goes in the recycling bin?';

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

async function startPipeline(apiUrl: string) {
  const settings = loadSettings({
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    PORT: '0',
    PUBLIC_BASE_URL: BENCH_TWILIO.publicBaseUrl,
    TWILIO_ACCOUNT_SID: BENCH_TWILIO.accountSid,
    TWILIO_AUTH_TOKEN: BENCH_TWILIO.authToken,
    TWILIO_FROM_NUMBER: BENCH_TWILIO.fromNumber,
    TWILIO_API_BASE_URL: apiUrl,
    // The burst window holds a lone text for 2 s by design; the latency targets exclude it.
    SMS_BURST_WINDOW_MS: '0',
    SMS_RATE_LIMIT_MESSAGES: '1000',
  });
  const service = await createService({ settings, logger: createMemoryLogger({ level: 'error' }) });
  const { port } = await service.start(0);
  return { service, port };
}

async function main(): Promise<void> {
  const results: Record<string, unknown> = { rate: RATE, seconds: SECONDS, citizens: CITIZENS, node: process.version, at: new Date().toISOString() };
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);

  // 1. Floor: signature check + empty TwiML only, at full speed.
  const floor = await startFloor(BENCH_TWILIO.authToken, BENCH_TWILIO.publicBaseUrl);
  const floorSat = await runClosedLoop({ port: floor.port, concurrency: 64, seconds: SATURATION_SECONDS, make: (i) => signedSmsRequest(i, CITIZENS, QUESTION, 'SMfloor') });
  await floor.close();

  // 2. Sustained open-loop run through the whole pipeline.
  const fake = await startFakeTwilioApi();
  const { service, port } = await startPipeline(fake.url);
  const total = Math.round(RATE * SECONDS);
  const load = await runLoad({ port, rate: RATE, seconds: SECONDS, make: (i) => signedSmsRequest(i, CITIZENS, QUESTION) });
  const drainDeadline = Date.now() + 30_000;
  while (fake.replies.length < total && Date.now() < drainDeadline) await new Promise((r) => setTimeout(r, 50));
  await service.pipeline.idle();
  await service.outbox.idle();

  // Replies matched to inbound messages per citizen, in order.
  const byCitizen = new Map<string, number[]>();
  for (const reply of fake.replies) byCitizen.set(reply.to, [...(byCitizen.get(reply.to) ?? []), reply.at]);
  const replyMs: number[] = [];
  let lost = 0;
  const seen = new Map<string, number>();
  for (let i = 0; i < total; i++) {
    const from = citizenNumber(i % CITIZENS);
    const k = seen.get(from) ?? 0;
    seen.set(from, k + 1);
    const at = byCitizen.get(from)?.[k];
    if (at === undefined) lost += 1;
    else replyMs.push(at - load.startedAt[i]!);
  }
  const duplicated = Math.max(0, fake.replies.length - (total - lost));
  results.pipeline = {
    sent: load.sent,
    acknowledged: load.ok,
    failedAcks: load.failed,
    turnsPerSecond: Math.round((fake.replies.length / (load.elapsedMs / 1000)) * 10) / 10,
    ackMs: summarise(load.ackMs),
    replyMs: summarise(replyMs),
    lost,
    duplicated,
  };

  // 3. Saturation through the pipeline, for the ratio to the floor (new citizens, new message ids).
  const repliesBefore = fake.replies.length;
  const satStarted = performance.now();
  const pipeSat = await runClosedLoop({ port, concurrency: 64, seconds: SATURATION_SECONDS, make: (i) => signedSmsRequest(i, 50_000, QUESTION, 'SMsat') });
  await service.pipeline.idle();
  await service.outbox.idle();
  const satReplies = fake.replies.length - repliesBefore;
  const pipelineTurnsPerSecond = satReplies / ((performance.now() - satStarted) / 1000);
  results.saturation = {
    floorAcksPerSecond: Math.round(floorSat.perSecond),
    pipelineAcksPerSecond: Math.round(pipeSat.perSecond),
    pipelineTurnsPerSecond: Math.round(pipelineTurnsPerSecond),
    ratioTurnsToFloor: Math.round((pipelineTurnsPerSecond / floorSat.perSecond) * 100) / 100,
  };
  await service.stop();
  await fake.close();

  // 4. Memory per idle conversation: 10,000 conversations of one question and its answer.
  const fakeMem = await startFakeTwilioApi();
  const mem = await startPipeline(fakeMem.url);
  gc();
  const before = process.memoryUsage().heapUsed;
  await runLoad({ port: mem.port, rate: 1_000, seconds: MEMORY_CONVERSATIONS / 1_000, make: (i) => signedSmsRequest(i, MEMORY_CONVERSATIONS, QUESTION, 'SMmem') });
  await mem.service.pipeline.idle();
  await mem.service.outbox.idle();
  gc();
  const after = process.memoryUsage().heapUsed;
  results.memory = {
    peakRssMb: Math.round(peakRss / 1e6),
    per10kConversationsMb: Math.round(((after - before) / 1e6) * (10_000 / MEMORY_CONVERSATIONS) * 10) / 10,
    perConversationKb: Math.round((after - before) / MEMORY_CONVERSATIONS / 102.4) / 10,
    gcExposed: typeof (globalThis as { gc?: unknown }).gc === 'function',
  };
  await mem.service.stop();
  await fakeMem.close();
  clearInterval(sampler);

  const dir = path.join(__dirname, 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(results, null, 2)}\nwritten to bench/results/latest.json\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
