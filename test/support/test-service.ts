/** Builds a service for tests: test settings, recording ports, no background timers. */
import type { DeskEvent, DeskPort } from '../../channels/desk-types';
import type { InboundMessage } from '../../channels/types';
import { loadSettings } from '../../config/settings';
import type { DialogEngine } from '../../bots/pipeline/engine-port';
import { createService, type Service } from '../../bots/service';
import type { Store } from '../../bots/store/port';
import { createMemoryLogger, type MemoryLogger } from '../../bots/logging/memory-logger';
import { recordingChannel, recordingDesk, type RecordingChannel } from './recording-ports';

/** A service plus the recording ports it delivers to. */
export interface TestService {
  service: Service;
  web: RecordingChannel;
  desk: DeskPort & { events: DeskEvent[] };
  logger: MemoryLogger;
  /** Waits until turns and deliveries started so far have finished. */
  settle(): Promise<void>;
}

/** Options for a test service. */
export interface TestServiceOptions {
  engine?: DialogEngine;
  store?: Store;
  clock?: () => Date;
  deliverAfterCommit?: boolean;
  env?: Record<string, string>;
}

/** Creates a test service. */
export async function testService(options: TestServiceOptions = {}): Promise<TestService> {
  const web = recordingChannel('web');
  const desk = recordingDesk();
  const logger = createMemoryLogger();
  const settings = loadSettings({ NODE_ENV: 'test', LOG_LEVEL: 'error', ...options.env });
  const service = await createService({
    settings,
    logger,
    channels: { web },
    desk,
    backgroundTimers: false,
    ...(options.engine ? { engine: options.engine } : {}),
    ...(options.store ? { store: options.store } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.deliverAfterCommit === false ? { deliverAfterCommit: false } : {}),
  });
  return {
    service,
    web,
    desk,
    logger,
    async settle() {
      // A turn's commit kicks the outbox, and a delivery can complete a turn's follow-up: loop until quiet.
      for (let i = 0; i < 5; i++) {
        await service.pipeline.idle();
        await service.outbox.idle();
      }
    },
  };
}

let counter = 0;

/** A web-chat message from `session` with a fresh provider id unless one is given. */
export function webMessage(session: string, text: string, extra: Partial<InboundMessage> = {}): InboundMessage {
  counter += 1;
  return {
    providerMessageId: `msg-${counter}`,
    channel: 'web',
    address: `web:${session}`,
    sender: { id: session },
    text,
    attachments: [],
    receivedAt: new Date(),
    ...extra,
  };
}
