/**
 * HTTP hygiene on every response: security headers from helmet, HSTS only over https, no
 * caching of personal data, a client's unreadable body answered with its 4xx (never 500),
 * /metrics closed in production unless a token or its own port is set, and /readyz 503 while
 * the service drains.
 */
import net from 'node:net';
import request from 'supertest';
import { createService } from '../../bots/service';
import { createMemoryLogger } from '../../bots/logging/memory-logger';
import { loadSettings } from '../../config/settings';
import { echoEngine } from '../support/echo-engine';
import { EVALUATION_PRODUCTION_ENV } from '../support/production-env';
import { testService } from '../support/test-service';
import { startWebChat } from '../support/web-chat-client';

const METRICS_TOKEN = 'metrics-token-0123456789abcdef0123456789';

async function productionService(env: Record<string, string> = {}) {
  const logger = createMemoryLogger();
  const service = await createService({ settings: loadSettings({ ...EVALUATION_PRODUCTION_ENV, PORT: '0', ...env }), logger, engine: echoEngine(), backgroundTimers: false });
  return { service, logger };
}

describe('security headers', () => {
  it('sends a content security policy, nosniff, frame-ancestors and no referrer on pages and API answers alike', async () => {
    const t = await testService({ engine: echoEngine() });
    for (const path of ['/', '/console', '/api/web/history', '/healthz', '/nowhere']) {
      const res = await request(t.service.app).get(path);
      expect(res.headers['content-security-policy']).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-powered-by']).toBeUndefined();
      // The sandbox is plain http: HSTS there would lock a developer's browser out of localhost.
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
    await t.service.stop();
  });

  it('sends HSTS when people reach the service over https', async () => {
    const { service } = await productionService();
    const res = await request(service.app).get('/healthz').expect(200);
    expect(res.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    await service.stop();
  });

  it('marks every API answer no-store, the chat history included', async () => {
    const t = await testService({ engine: echoEngine() });
    const res = await request(t.service.app).get('/api/web/history');
    expect(res.headers['cache-control']).toBe('no-store');
    await t.service.stop();
  });
});

describe('unreadable bodies', () => {
  it('answers an unknown charset and an unsupported encoding with 415, and broken JSON with 400', async () => {
    const t = await testService({ engine: echoEngine() });
    const citizen = await startWebChat(t.service.app);
    const post = () => request(t.service.app).post('/api/web/messages').set('Cookie', citizen.cookie);
    const charset = await post().set('Content-Type', 'application/json; charset=bogus').send('{"text":"hi"}');
    expect(charset.status).toBe(415);
    expect(charset.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const encoding = await post().set('Content-Type', 'application/json').set('Content-Encoding', 'compress').send('{"text":"hi"}');
    expect(encoding.status).toBe(415);
    const broken = await post().set('Content-Type', 'application/json').send('{"text":');
    expect(broken.status).toBe(400);
    expect(t.logger.lines.filter((line) => line.level === 'error')).toEqual([]);
    await t.service.stop();
  });
});

describe('/metrics', () => {
  it('is off in production without a token or a port of its own', async () => {
    const { service, logger } = await productionService();
    await request(service.app).get('/metrics').expect(404);
    expect(logger.lines.some((line) => /metrics off/.test(line.message))).toBe(true);
    await service.stop();
  });

  it('asks for the bearer token when METRICS_TOKEN is set, and refuses an address that keeps guessing', async () => {
    const { service } = await productionService({ METRICS_TOKEN });
    await request(service.app).get('/metrics').expect(401);
    const ok = await request(service.app).get('/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}`).expect(200);
    expect(ok.text).toContain('switchboard_inbound_messages_total');
    for (let i = 0; i < 9; i++) await request(service.app).get('/metrics').set('Authorization', 'Bearer wrong').expect(401);
    const blocked = await request(service.app).get('/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}`).expect(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    await service.stop();
  });

  it('moves to its own port with METRICS_PORT, leaving the main port without it', async () => {
    const metricsPort = await freePort();
    const { service } = await productionService({ METRICS_PORT: String(metricsPort) });
    await service.start(0);
    await request(service.app).get('/metrics').expect(404);
    const res = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('switchboard_inbound_messages_total');
    await service.stop();
  });
});

/** A port nothing listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, () => {
      const address = server.address() as net.AddressInfo;
      server.close(() => resolve(address.port));
    });
  });
}

describe('/readyz while stopping', () => {
  it('answers 503 draining once a stop has begun', async () => {
    const t = await testService({ engine: echoEngine() });
    await request(t.service.app).get('/readyz').expect(200);
    const stopping = t.service.stop();
    const res = await request(t.service.app).get('/readyz').expect(503);
    expect(res.body.checks.service).toMatch(/draining/);
    await stopping;
  });
});
