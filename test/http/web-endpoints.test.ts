/**
 * The HTTP surface of the sandbox: health, readiness, the web chat and console endpoints,
 * and the stable JSON error shape for bad input.
 */
import http from 'node:http';
import type { AuditDoc } from '../../bots/store/documents';
import request from 'supertest';
import { echoEngine } from '../support/echo-engine';
import { testService, type TestService } from '../support/test-service';
import { staff } from '../support/staff';
import { signIn } from '../support/staff-session';
import { startWebChat, type WebChatClient } from '../support/web-chat-client';

let t: TestService;
/** A Thursday at 11:00 in London, when the team is working. */
const inHours = () => new Date('2026-11-26T11:00:00Z');

beforeEach(async () => {
  t = await testService({ engine: echoEngine(), clock: inHours });
});
afterEach(() => t.service.stop());

let citizen: WebChatClient;
beforeEach(async () => {
  citizen = await startWebChat(t.service.app);
});

describe('service endpoints', () => {
  it('answers /healthz and /readyz', async () => {
    await request(t.service.app).get('/healthz').expect(200, { status: 'ok' });
    await request(t.service.app).get('/readyz').expect(200, { status: 'ready', checks: { store: 'ready' } });
  });

  it('says not ready when the store does not answer', async () => {
    t.service.store.ping = () => Promise.reject(new Error('store down'));
    const res = await request(t.service.app).get('/readyz').expect(503);
    expect(res.body).toEqual({ error: { code: 'NOT_READY', message: 'The service is not ready: see checks.' }, checks: { store: 'not ready: the store is not reachable' } });
  });

  it('accepts a chat message, dedupes a retried POST, and shows both sides in history', async () => {
    const first = await citizen.send('hello there', 'c-1').expect(202);
    const retry = await citizen.send('hello there', 'c-1').expect(202);
    expect(first.body).toEqual({ accepted: true, duplicate: false });
    expect(retry.body).toEqual({ accepted: true, duplicate: true });
    await t.settle();

    const history = await citizen.history().expect(200);
    expect(history.body.messages.map((m: { direction: string; text: string }) => [m.direction, m.text])).toEqual([
      ['in', 'hello there'],
      ['out', 'echo: hello there'],
    ]);
  });

  it('refuses bad chat input with a clear JSON error and processes nothing', async () => {
    const tooLong = await citizen.send('x'.repeat(2_001), 'c-2').expect(400);
    expect(tooLong.body.error).toEqual({ code: 'INVALID_MESSAGE', message: 'Messages can be up to 2,000 characters.' });
    const notJson = await request(t.service.app).post('/api/web/messages').set('Cookie', citizen.cookie).set('Content-Type', 'application/json').send('{"text": ').expect(400);
    expect(notJson.body.error.code).toBe('INVALID_REQUEST');
    const huge = await citizen.send('x'.repeat(200_000), 'c-3').expect(413);
    expect(huge.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    await t.settle();
    expect(t.web.deliveries).toHaveLength(0);
  });

  it('answers unknown paths with the JSON error shape', async () => {
    const res = await request(t.service.app).get('/api/nothing-here').expect(404);
    expect(res.body).toEqual({ error: { code: 'NOT_FOUND', message: 'There is nothing at this address.' } });
  });

  it('lists the bot’s decisions for the console, without citizen text', async () => {
    await citizen.send('my secret words', 'd-1').expect(202);
    await t.settle();
    const supervisor = await signIn(t.service, 'Lee Supervisor', ['supervisor']);
    const res = await supervisor.get('/api/console/decisions').expect(200);
    expect(res.body.decisions).toHaveLength(1);
    expect(res.body.decisions[0]).toMatchObject({ rule: 'test:echo', outcome: 'idle', address: `web:${citizen.id}` });
    expect(JSON.stringify(res.body)).not.toContain('my secret words');
  });

  it('leaves the sandbox’s made-up demo history out of the console’s decisions', async () => {
    const at = new Date();
    await t.service.store.collection<AuditDoc>('audit').insertOne({ _id: 'demo-audit-1', at, kind: 'decision', conversationId: 'demo-c1', turnId: null, data: { rule: 'demo:rule', guardrails: [], outcome: 'answered' }, expiresAt: at });
    await citizen.send('hello', 'd-2').expect(202);
    await t.settle();
    const supervisor = await signIn(t.service, 'Lee Supervisor', ['supervisor']);
    const res = await supervisor.get('/api/console/decisions').expect(200);
    expect(res.body.decisions.map((d: { rule: string }) => d.rule)).toEqual(['test:echo']);
  });

  it('returns history in the order it was said, even for replies committed in the same instant', async () => {
    await citizen.send('person', 'o-1').expect(202);
    await t.settle();
    const history = await citizen.history().expect(200);
    expect(history.body.messages.map((m: { text: string }) => m.text)).toEqual(['person', 'Passing you to a person.', 'You are number 1 in the queue. A person will reply here.']);
  });

  it('streams every new transcript line to the console live, agent messages and notes included', async () => {
    const { port } = await t.service.start(0);
    await citizen.send('person', 's-1').expect(202);
    await t.settle();
    const [ticket] = await t.service.handoff.listTickets();
    await t.service.handoff.claim(ticket!.id, staff('Sam'));

    const received: string[] = [];
    const agent = await signIn(t.service, 'Sam', ['agent']);
    const stream = await new Promise<http.IncomingMessage>((resolve) => http.get(`http://127.0.0.1:${port}/api/console/events`, { headers: { cookie: agent.cookie } }, resolve));
    stream.setEncoding('utf8');
    const seenBoth = new Promise<void>((resolve) => {
      stream.on('data', (chunk: string) => {
        for (const frame of chunk.split('\n\n')) {
          const data = /^event: transcript\ndata: (.*)$/m.exec(frame);
          if (data) received.push(JSON.parse(data[1]!).message.text);
        }
        if (received.includes('Hello from Sam') && received.includes('checked the account')) resolve();
      });
    });
    await t.service.handoff.sendAgentMessage(ticket!.id, staff('Sam'), 'Hello from Sam');
    await t.service.handoff.addNote(ticket!.id, staff('Sam'), 'checked the account');
    await seenBoth;
    stream.destroy();
    expect(received).toEqual(['Hello from Sam', 'checked the account']);
  });
});
