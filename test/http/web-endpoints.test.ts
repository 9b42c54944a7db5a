/**
 * The HTTP surface of the sandbox: health, readiness, the web chat and console endpoints,
 * and the stable JSON error shape for bad input.
 */
import http from 'node:http';
import type { AuditDoc } from '../../bots/store/documents';
import request from 'supertest';
import { echoEngine } from '../support/echo-engine';
import { testService, type TestService } from '../support/test-service';

let t: TestService;
/** A Thursday at 11:00 in London, when the team is working. */
const inHours = () => new Date('2026-11-26T11:00:00Z');

beforeEach(async () => {
  t = await testService({ engine: echoEngine(), clock: inHours });
});
afterEach(() => t.service.stop());

const session = 'http-session-1';

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
    const body = { sessionId: session, clientMessageId: 'c-1', text: 'hello there' };
    const first = await request(t.service.app).post('/api/web/messages').send(body).expect(202);
    const retry = await request(t.service.app).post('/api/web/messages').send(body).expect(202);
    expect(first.body).toEqual({ accepted: true, duplicate: false });
    expect(retry.body).toEqual({ accepted: true, duplicate: true });
    await t.settle();

    const history = await request(t.service.app).get('/api/web/history').query({ sessionId: session }).expect(200);
    expect(history.body.messages.map((m: { direction: string; text: string }) => [m.direction, m.text])).toEqual([
      ['in', 'hello there'],
      ['out', 'echo: hello there'],
    ]);
  });

  it('refuses bad chat input with a clear JSON error and processes nothing', async () => {
    const tooLong = await request(t.service.app).post('/api/web/messages').send({ sessionId: session, clientMessageId: 'c-2', text: 'x'.repeat(2_001) }).expect(400);
    expect(tooLong.body.error).toEqual({ code: 'INVALID_MESSAGE', message: 'Messages can be up to 2,000 characters.' });
    const notJson = await request(t.service.app).post('/api/web/messages').set('Content-Type', 'application/json').send('{"sessionId": ').expect(400);
    expect(notJson.body.error.code).toBe('INVALID_REQUEST');
    const huge = await request(t.service.app).post('/api/web/messages').send({ sessionId: session, clientMessageId: 'c-3', text: 'x'.repeat(200_000) }).expect(413);
    expect(huge.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    await t.settle();
    expect(t.web.deliveries).toHaveLength(0);
  });

  it('answers unknown paths with the JSON error shape', async () => {
    const res = await request(t.service.app).get('/api/nothing-here').expect(404);
    expect(res.body).toEqual({ error: { code: 'NOT_FOUND', message: 'There is nothing at this address.' } });
  });

  it('lets the console list, claim and resolve, and refuses a second claim with 409', async () => {
    await request(t.service.app).post('/api/web/messages').send({ sessionId: session, clientMessageId: 'p-1', text: 'person' }).expect(202);
    await t.settle();
    const list = await request(t.service.app).get('/api/console/tickets').expect(200);
    expect(list.body.tickets).toHaveLength(1);
    const id = list.body.tickets[0].id as string;

    await request(t.service.app).post(`/api/console/tickets/${id}/claim`).send({ agent: 'Sam' }).expect(200);
    const second = await request(t.service.app).post(`/api/console/tickets/${id}/claim`).send({ agent: 'Alex' }).expect(409);
    expect(second.body.error).toEqual({ code: 'ALREADY_CLAIMED', message: 'Sam has already claimed this conversation.' });
    await request(t.service.app).post(`/api/console/tickets/${id}/messages`).send({ agent: 'Sam', text: '' }).expect(400);
    await request(t.service.app).post(`/api/console/tickets/${id}/messages`).send({ agent: 'Sam', text: 'Hi, Sam here' }).expect(202);
    await request(t.service.app).post(`/api/console/tickets/${id}/resolve`).send({ agent: 'Sam' }).expect(200);
    await request(t.service.app).get('/api/console/tickets/not-a-ticket').expect(404);
    await t.settle();
    expect(t.web.textsTo(session)).toContain('Hi, Sam here');
  });

  it('lists the bot’s decisions for the console, without citizen text', async () => {
    await request(t.service.app).post('/api/web/messages').send({ sessionId: session, clientMessageId: 'd-1', text: 'my secret words' }).expect(202);
    await t.settle();
    const res = await request(t.service.app).get('/api/console/decisions').expect(200);
    expect(res.body.decisions).toHaveLength(1);
    expect(res.body.decisions[0]).toMatchObject({ rule: 'test:echo', outcome: 'idle', address: `web:${session}` });
    expect(JSON.stringify(res.body)).not.toContain('my secret words');
  });

  it('leaves the sandbox’s made-up demo history out of the console’s decisions', async () => {
    const at = new Date();
    await t.service.store.collection<AuditDoc>('audit').insertOne({ _id: 'demo-audit-1', at, kind: 'decision', conversationId: 'demo-c1', turnId: null, data: { rule: 'demo:rule', guardrails: [], outcome: 'answered' }, expiresAt: at });
    await request(t.service.app).post('/api/web/messages').send({ sessionId: session, clientMessageId: 'd-2', text: 'hello' }).expect(202);
    await t.settle();
    const res = await request(t.service.app).get('/api/console/decisions').expect(200);
    expect(res.body.decisions.map((d: { rule: string }) => d.rule)).toEqual(['test:echo']);
  });

  it('returns history in the order it was said, even for replies committed in the same instant', async () => {
    await request(t.service.app).post('/api/web/messages').send({ sessionId: session, clientMessageId: 'o-1', text: 'person' }).expect(202);
    await t.settle();
    const history = await request(t.service.app).get('/api/web/history').query({ sessionId: session }).expect(200);
    expect(history.body.messages.map((m: { text: string }) => m.text)).toEqual(['person', 'Passing you to a person.', 'You are number 1 in the queue. A person will reply here.']);
  });

  it('streams every new transcript line to the console live, agent messages and notes included', async () => {
    const { port } = await t.service.start(0);
    await request(t.service.app).post('/api/web/messages').send({ sessionId: session, clientMessageId: 's-1', text: 'person' }).expect(202);
    await t.settle();
    const [ticket] = await t.service.handoff.listTickets();
    await t.service.handoff.claim(ticket!.id, 'Sam');

    const received: string[] = [];
    const stream = await new Promise<http.IncomingMessage>((resolve) => http.get(`http://127.0.0.1:${port}/api/console/events`, resolve));
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
    await t.service.handoff.sendAgentMessage(ticket!.id, 'Sam', 'Hello from Sam');
    await t.service.handoff.addNote(ticket!.id, 'Sam', 'checked the account');
    await seenBoth;
    stream.destroy();
    expect(received).toEqual(['Hello from Sam', 'checked the account']);
  });
});
