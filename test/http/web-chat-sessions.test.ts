/**
 * The web chat's sessions: each conversation is a server-issued HttpOnly cookie, a citizen can
 * read only their own history and stream, nothing staff can see opens a conversation, and the
 * per-session, per-address and new-conversation limits answer kindly and record nothing.
 */
import http from 'node:http';
import request from 'supertest';
import { CHAT_COOKIE } from '../../channels/web/web-chat';
import type { InboundDoc } from '../../bots/store/documents';
import { createService } from '../../bots/service';
import { createMemoryLogger } from '../../bots/logging/memory-logger';
import { loadSettings } from '../../config/settings';
import { echoEngine } from '../support/echo-engine';
import { signIn } from '../support/staff-session';
import { testService, type TestService } from '../support/test-service';
import { startWebChat } from '../support/web-chat-client';

let t: TestService;
afterEach(() => t.service.stop());

async function start(env: Record<string, string> = {}): Promise<TestService> {
  t = await testService({ engine: echoEngine(), env });
  return t;
}

describe('web chat sessions', () => {
  it('issue an HttpOnly, SameSite cookie scoped to the chat API', async () => {
    await start();
    const res = await request(t.service.app).post('/api/web/sessions').expect(201);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(new RegExp(`^${CHAT_COOKIE}=[A-Za-z0-9_-]{40,};`));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/api\/web/);
  });

  it('let a citizen read only their own conversation; nothing staff see, and no made-up cookie, opens another', async () => {
    await start();
    const alice = await startWebChat(t.service.app);
    const mallory = await startWebChat(t.service.app);
    await alice.send('my account is 12345678 and postcode CF10 1AA', 'a-1').expect(202);
    await t.settle();

    const theirs = await mallory.history().expect(200);
    expect(JSON.stringify(theirs.body)).not.toContain('12345678');
    // What a supervisor sees (the address in the bot's decisions) is not a way in.
    const supervisor = await signIn(t.service, 'Lee Supervisor', ['supervisor']);
    const decisions = await supervisor.get('/api/console/decisions').expect(200);
    const address = decisions.body.decisions[0].address as string;
    expect(address).toBe(`web:${alice.id}`);
    for (const cookie of [`${CHAT_COOKIE}=${alice.id}`, `${CHAT_COOKIE}=made-up-token-made-up-token-made-up-token`]) {
      expect((await request(t.service.app).get('/api/web/history').set('Cookie', cookie)).status).toBe(401);
    }
    expect((await request(t.service.app).get(`/api/web/history?sessionId=${alice.id}`)).status).toBe(401);
    expect((await request(t.service.app).get('/api/web/events')).status).toBe(401);
    expect((await request(t.service.app).post('/api/web/messages').send({ clientMessageId: 'x', text: 'hi' })).status).toBe(401);

    const own = await alice.history().expect(200);
    expect(JSON.stringify(own.body)).toContain('12345678');
  });

  it('stream live replies only to the conversation’s own browser', async () => {
    await start();
    // The real web chat sender (the test service records replies instead of streaming them).
    const live = await createService({ settings: loadSettings({ NODE_ENV: 'test', LOG_LEVEL: 'error' }), engine: echoEngine(), logger: createMemoryLogger(), backgroundTimers: false });
    const { port } = await live.start(0);
    const alice = await startWebChat(live.app);
    const bob = await startWebChat(live.app);
    const frames: Record<string, string> = { alice: '', bob: '' };
    const streams = await Promise.all(
      [['alice', alice.cookie], ['bob', bob.cookie]].map(
        ([who, cookie]) =>
          new Promise<http.IncomingMessage>((resolve) =>
            http.get(`http://127.0.0.1:${port}/api/web/events`, { headers: { cookie } }, (res) => {
              res.setEncoding('utf8');
              res.on('data', (chunk: string) => (frames[who!] += chunk));
              resolve(res);
            }),
          ),
      ),
    );
    await alice.send('only for alice', 'a-1').expect(202);
    await live.pipeline.idle();
    await live.outbox.idle();
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (const stream of streams) stream.destroy();
    await live.stop();
    expect(frames.alice).toContain('echo: only for alice');
    expect(frames.bob).not.toContain('only for alice');
  });

  it('keep one browser’s message ids from silencing another’s', async () => {
    await start();
    const alice = await startWebChat(t.service.app);
    const bob = await startWebChat(t.service.app);
    expect((await alice.send('hello', 'same-id').expect(202)).body.duplicate).toBe(false);
    expect((await bob.send('hello', 'same-id').expect(202)).body.duplicate).toBe(false);
  });
});

describe('web chat limits', () => {
  it('ask a fast sender kindly to wait and record nothing over the limit', async () => {
    await start({ WEB_CHAT_SESSION_MESSAGES_PER_MINUTE: '3' });
    const citizen = await startWebChat(t.service.app);
    for (let i = 1; i <= 3; i++) await citizen.send(`message ${i}`, `m-${i}`).expect(202);
    const over = await citizen.send('message 4', 'm-4').expect(429);
    expect(over.body.error).toEqual({ code: 'TOO_MANY_MESSAGES', message: expect.stringMatching(/wait a minute/) });
    await t.settle();
    const recorded = await t.service.store.collection<InboundDoc>('inbound').find({});
    expect(recorded.map((doc) => doc.text)).toEqual(['message 1', 'message 2', 'message 3']);
  });

  it('cap messages from one address across its conversations', async () => {
    await start({ WEB_CHAT_IP_MESSAGES_PER_MINUTE: '2' });
    const first = await startWebChat(t.service.app);
    const second = await startWebChat(t.service.app);
    await first.send('one', 'a').expect(202);
    await second.send('two', 'b').expect(202);
    await first.send('three', 'c').expect(429);
  });

  it('count citizens behind a load balancer by the address it forwards, when TRUST_PROXY says how many proxies to believe', async () => {
    await start({ WEB_CHAT_NEW_SESSIONS_PER_HOUR: '1', TRUST_PROXY: '1' });
    await request(t.service.app).post('/api/web/sessions').set('X-Forwarded-For', '203.0.113.10').expect(201);
    await request(t.service.app).post('/api/web/sessions').set('X-Forwarded-For', '203.0.113.11').expect(201);
    await request(t.service.app).post('/api/web/sessions').set('X-Forwarded-For', '203.0.113.10').expect(429);
    await t.service.stop();
    // Not believing any proxy, everyone shares the proxy's own address.
    await start({ WEB_CHAT_NEW_SESSIONS_PER_HOUR: '1', TRUST_PROXY: 'false' });
    await request(t.service.app).post('/api/web/sessions').set('X-Forwarded-For', '203.0.113.10').expect(201);
    await request(t.service.app).post('/api/web/sessions').set('X-Forwarded-For', '203.0.113.11').expect(429);
  });

  it('cap new conversations per address, so one address cannot open ticket after ticket', async () => {
    await start({ WEB_CHAT_NEW_SESSIONS_PER_HOUR: '2' });
    await request(t.service.app).post('/api/web/sessions').expect(201);
    await request(t.service.app).post('/api/web/sessions').expect(201);
    const over = await request(t.service.app).post('/api/web/sessions').expect(429);
    expect(over.body.error.code).toBe('TOO_MANY_CONVERSATIONS');
    expect(over.headers['set-cookie']).toBeUndefined();
  });
});
