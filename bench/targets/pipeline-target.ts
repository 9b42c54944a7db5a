/**
 * Benchmark target process: the whole service on the embedded store, SMS on, sending through
 * the real Twilio SDK to the fake API whose URL the parent passes in.
 */
import { loadSettings } from '../../config/settings';
import { createService } from '../../bots/service';
import { createMemoryLogger } from '../../bots/logging/memory-logger';
import { BENCH_TWILIO } from '../sms-traffic';
import type { CollectionName } from '../../bots/store/port';
import { serveTarget, settledHeap } from './target-process';

const COLLECTIONS: CollectionName[] = ['conversations', 'messages', 'inbound', 'outbox', 'handoffs', 'audit', 'channel_memory'];

async function main(): Promise<void> {
  const args = JSON.parse(process.argv[2] ?? '{}') as { apiUrl: string; rateWindowSeconds?: string };
  const settings = loadSettings({
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    PORT: '0',
    PUBLIC_BASE_URL: BENCH_TWILIO.publicBaseUrl,
    TWILIO_ACCOUNT_SID: BENCH_TWILIO.accountSid,
    TWILIO_AUTH_TOKEN: BENCH_TWILIO.authToken,
    TWILIO_FROM_NUMBER: BENCH_TWILIO.fromNumber,
    TWILIO_API_BASE_URL: args.apiUrl,
    // The burst window holds a lone text for 2 s by design; the latency targets exclude it.
    SMS_BURST_WINDOW_MS: '0',
    SMS_RATE_LIMIT_MESSAGES: '1000',
    // The memory phase shortens the per-number rate window so its counters lapse before the heap is read.
    ...(args.rateWindowSeconds ? { SMS_RATE_LIMIT_WINDOW_SECONDS: args.rateWindowSeconds } : {}),
  });
  const service = await createService({ settings, logger: createMemoryLogger({ level: 'error' }) });
  const { port } = await service.start(0);
  serveTarget(port, {
    settle: async () => {
      await service.pipeline.idle();
      await service.outbox.idle();
    },
    heap: async () => settledHeap(),
    // Empties the store, so what stays in the heap is the service's own cost per conversation.
    'clear-records': async () => {
      for (const name of COLLECTIONS) await service.store.collection(name).deleteMany({});
    },
    stop: () => service.stop(),
  });
}

void main();
