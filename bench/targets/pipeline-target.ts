/**
 * Benchmark target process: the whole service on the embedded store, SMS on, sending through
 * the real Twilio SDK to the fake API whose URL the parent passes in.
 */
import { loadSettings } from '../../config/settings';
import { createService } from '../../bots/service';
import { createMemoryLogger } from '../../bots/logging/memory-logger';
import { benchEnv } from '../sms-traffic';
import type { CollectionName } from '../../bots/store/port';
import { serveTarget, settledHeap } from './target-process';

const COLLECTIONS: CollectionName[] = ['conversations', 'messages', 'inbound', 'outbox', 'handoffs', 'audit', 'channel_memory'];

async function main(): Promise<void> {
  const args = JSON.parse(process.argv[2] ?? '{}') as { apiUrl: string; rateWindowSeconds?: string };
  // No burst window: it holds a lone text for 2 s by design, and the latency targets exclude it.
  const settings = loadSettings(
    benchEnv(args.apiUrl, {
      // The memory phase shortens the per-number rate window so its counters lapse before the heap is read.
      ...(args.rateWindowSeconds ? { SMS_RATE_LIMIT_WINDOW_SECONDS: args.rateWindowSeconds } : {}),
    }),
  );
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
