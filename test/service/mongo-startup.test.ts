/**
 * Start-up on MongoDB: an unreachable MONGODB_URI fails fast with one clear error that never
 * shows the password; with a reachable one (CI), the service stores in MongoDB and /readyz says so.
 */
import net from 'node:net';
import request from 'supertest';
import { createService } from '../../bots/service';
import { MongoUnreachableError } from '../../bots/store/mongo-store';
import { createMemoryLogger } from '../../bots/logging/memory-logger';
import { loadSettings } from '../../config/settings';
import { freshMongoStore, testMongoUri } from '../store/engines';
import { echoEngine } from '../support/echo-engine';
import { testService, webMessage } from '../support/test-service';

/** A port nothing listens on: bound, read, and closed again. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('start-up with MongoDB', () => {
  it('fails within a second with one clear error when MONGODB_URI cannot be reached, never showing the password', async () => {
    const port = await closedPort();
    const settings = loadSettings({
      NODE_ENV: 'test',
      MONGODB_URI: `mongodb://switchboard:hunter2-secret@127.0.0.1:${port}/switchboard`,
      MONGODB_SERVER_SELECTION_TIMEOUT_MS: '300',
    });
    const started = Date.now();
    const error = await createService({ settings, logger: createMemoryLogger(), backgroundTimers: false }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(error).toBeInstanceOf(MongoUnreachableError);
    expect((error as Error).message).toMatch(/^Could not reach MongoDB at MONGODB_URI within 300 ms/);
    expect((error as Error).message).not.toContain('hunter2');
  });
});

const mongoUri = testMongoUri();
(mongoUri ? describe : describe.skip)('the service on a real MongoDB (MONGODB_URI)', () => {
  it('answers /readyz, keeps a conversation in MongoDB and replies once', async () => {
    const store = await freshMongoStore(mongoUri!);
    const t = await testService({ engine: echoEngine(), store });
    try {
      expect((await request(t.service.app).get('/readyz')).status).toBe(200);
      await t.service.pipeline.receive(webMessage('mongo-session', 'hello'));
      await t.settle();
      expect(t.web.textsTo('mongo-session')).toEqual(['echo: hello']);
      expect(await store.db.collection('messages').countDocuments({ address: 'web:mongo-session' })).toBe(2);
    } finally {
      await t.service.stop();
    }
  });
});
