/**
 * Staff sign-in and the console's API: nothing answers without a session, identity comes from
 * the session (never a typed name), roles and CSRF are enforced, sessions time out and end, and
 * the real OpenID flow through the sandbox provider signs someone in.
 */
import http from 'node:http';
import request from 'supertest';
import { STAFF_COOKIE } from '../../bots/http/staff-auth';
import type { AuditDoc } from '../../bots/store/documents';
import { echoEngine } from '../support/echo-engine';
import { signIn } from '../support/staff-session';
import { signInThroughProvider } from '../support/sign-in-flow';
import { testService, webMessage, type TestService } from '../support/test-service';

let t: TestService;
let now: Date;

beforeEach(async () => {
  now = new Date('2026-12-04T10:00:00Z');
  t = await testService({ engine: echoEngine(), clock: () => now });
});
afterEach(() => t.service.stop());

async function openTicket(session: string): Promise<string> {
  await t.service.pipeline.receive(webMessage(session, 'person'));
  await t.settle();
  const [ticket] = await t.service.handoff.listTickets();
  return ticket!.id;
}

describe('without a session', () => {
  it('answers every console call and the live stream with 401, and sends the pages to sign in', async () => {
    const id = await openTicket('anon');
    const app = t.service.app;
    for (const path of ['/api/console/tickets', `/api/console/tickets/${id}`, '/api/console/decisions', '/api/console/events', '/api/staff/me']) {
      expect((await request(app).get(path)).status).toBe(401);
    }
    for (const action of ['claim', 'messages', 'notes', 'resolve', 'take-over']) {
      const res = await request(app).post(`/api/console/tickets/${id}/${action}`).send({ agent: 'Mallory', text: 'Please reply with your bank card number' });
      expect(res.status).toBe(401);
    }
    await t.settle();
    expect(t.web.textsTo('anon').join(' ')).not.toContain('bank card');
    const page = await request(app).get('/console');
    expect(page.status).toBe(302);
    expect(page.headers.location).toBe('/auth/sign-in?returnTo=%2Fconsole');
    expect((await request(app).get('/console/oversight')).status).toBe(302);
  });

  it('refuses a forged or expired cookie the same way', async () => {
    const res = await request(t.service.app).get('/api/console/tickets').set('Cookie', `${STAFF_COOKIE}=not-a-real-session`);
    expect(res.status).toBe(401);
  });
});

describe('a signed-in agent', () => {
  it('works a ticket as themselves: a name typed in the body is ignored, and every action is audited with their staff id', async () => {
    const id = await openTicket('worked');
    const sam = await signIn(t.service, 'Sam Jones', ['agent']);
    expect((await sam.get('/api/console/tickets')).body.tickets).toHaveLength(1);
    const claimed = await sam.post(`/api/console/tickets/${id}/claim`, { agent: 'Somebody Else' }).expect(200);
    expect(claimed.body.ticket).toMatchObject({ claimedBy: 'Sam Jones', claimedById: sam.id });
    await sam.post(`/api/console/tickets/${id}/messages`, { text: 'Hi, Sam here' }).expect(202);
    await sam.post(`/api/console/tickets/${id}/notes`, { text: 'checked the account' }).expect(201);
    await sam.post(`/api/console/tickets/${id}/resolve`).expect(200);
    await t.settle();
    expect(t.web.textsTo('worked')).toContain('Hi, Sam here');
    // Claim, message, note and resolve (the bot's own handoff to the queue is not a staff action).
    const audits = await t.service.store.collection<AuditDoc>('audit').find({ $or: [{ kind: 'agent-action' }, { kind: 'ownership', 'data.from': 'agent' }, { kind: 'ownership', 'data.to': 'agent' }] });
    expect(audits).toHaveLength(4);
    expect(audits.every((audit) => audit.data.staffId === sam.id)).toBe(true);
  });

  it('cannot take over a colleague’s conversation, whatever name they type', async () => {
    const id = await openTicket('taken');
    const sam = await signIn(t.service, 'Sam Jones', ['agent']);
    const alex = await signIn(t.service, 'Alex Price', ['agent']);
    await sam.post(`/api/console/tickets/${id}/claim`).expect(200);
    const second = await alex.post(`/api/console/tickets/${id}/claim`, { agent: 'Sam Jones' }).expect(409);
    expect(second.body.error).toEqual({ code: 'ALREADY_CLAIMED', message: 'Sam Jones has already claimed this conversation.' });
    await alex.post(`/api/console/tickets/${id}/messages`, { agent: 'Sam Jones', text: 'reply with your card number' }).expect(409);
    await alex.post(`/api/console/tickets/${id}/resolve`, { agent: 'Sam Jones' }).expect(409);
    await alex.post(`/api/console/tickets/${id}/take-over`).expect(403);
    await t.settle();
    expect(t.web.textsTo('taken').join(' ')).not.toContain('card number');
  });

  it('must send the session’s CSRF token with every change', async () => {
    const id = await openTicket('csrf');
    const sam = await signIn(t.service, 'Sam Jones', ['agent']);
    const forged = await request(t.service.app).post(`/api/console/tickets/${id}/claim`).set('Cookie', sam.cookie).send({});
    expect(forged.status).toBe(403);
    expect(forged.body.error.code).toBe('CSRF_TOKEN_MISSING');
    const wrong = await request(t.service.app).post(`/api/console/tickets/${id}/claim`).set('Cookie', sam.cookie).set('X-CSRF-Token', 'guess').send({});
    expect(wrong.status).toBe(403);
    expect((await t.service.handoff.getTicket(id)).ticket.status).toBe('open');
  });

  it('does not see bot decisions, and its live stream carries only conversations with a ticket', async () => {
    const { port } = await t.service.start(0);
    const sam = await signIn(t.service, 'Sam Jones', ['agent']);
    expect((await sam.get('/api/console/decisions')).status).toBe(403);

    const lines: string[] = [];
    const stream = await new Promise<http.IncomingMessage>((resolve) => http.get(`http://127.0.0.1:${port}/api/console/events`, { headers: { cookie: sam.cookie } }, resolve));
    expect(stream.statusCode).toBe(200);
    stream.setEncoding('utf8');
    const events: string[] = [];
    stream.on('data', (chunk: string) => {
      for (const frame of chunk.split('\n\n')) {
        const event = /^event: (\w+)\ndata: (.*)$/m.exec(frame);
        if (!event) continue;
        events.push(event[1]!);
        if (event[1] === 'transcript') lines.push(JSON.parse(event[2]!).message.text);
      }
    });
    await t.service.pipeline.receive(webMessage('no-ticket', 'my private words'));
    await t.settle();
    const id = await openTicket('with-ticket');
    await sam.post(`/api/console/tickets/${id}/claim`).expect(200);
    await sam.post(`/api/console/tickets/${id}/messages`, { text: 'Hello from Sam' }).expect(202);
    await t.settle();
    await new Promise((resolve) => setTimeout(resolve, 50));
    stream.destroy();
    expect(lines).toContain('Hello from Sam');
    expect(lines.join(' ')).not.toContain('my private words');
    expect(events).not.toContain('decision');
  });
});

describe('a supervisor', () => {
  it('can take over a conversation an agent holds, sees decisions, and the take-over is audited', async () => {
    const id = await openTicket('supervised');
    const sam = await signIn(t.service, 'Sam Jones', ['agent']);
    const lee = await signIn(t.service, 'Lee Supervisor', ['supervisor']);
    await sam.post(`/api/console/tickets/${id}/claim`).expect(200);
    const taken = await lee.post(`/api/console/tickets/${id}/take-over`).expect(200);
    expect(taken.body.ticket).toMatchObject({ claimedBy: 'Lee Supervisor', claimedById: lee.id });
    await sam.post(`/api/console/tickets/${id}/messages`, { text: 'still me?' }).expect(409);
    await lee.post(`/api/console/tickets/${id}/messages`, { text: 'Lee here, I will help' }).expect(202);
    expect((await lee.get('/api/console/decisions')).status).toBe(200);
    const audit = await t.service.store.collection<AuditDoc>('audit').findOne({ 'data.action': 'take-over' });
    expect(audit?.data).toMatchObject({ staffId: lee.id, fromStaffId: sam.id });
  });
});

describe('reassigning', () => {
  it('lets a supervisor put a claimed conversation back in the queue for someone else, telling the citizen', async () => {
    const id = await openTicket('reassigned');
    const sam = await signIn(t.service, 'Sam Jones', ['agent']);
    const alex = await signIn(t.service, 'Alex Price', ['agent']);
    const lee = await signIn(t.service, 'Lee Supervisor', ['supervisor']);
    await sam.post(`/api/console/tickets/${id}/claim`).expect(200);
    await sam.post(`/api/console/tickets/${id}/release`).expect(403);
    const released = await lee.post(`/api/console/tickets/${id}/release`).expect(200);
    expect(released.body.ticket).toMatchObject({ status: 'open', claimedBy: null, claimedById: null });
    await t.settle();
    expect(t.web.textsTo('reassigned').at(-1)).toMatch(/Someone else from the council team will pick up your conversation/);
    await sam.post(`/api/console/tickets/${id}/messages`, { text: 'still mine?' }).expect(409);
    await alex.post(`/api/console/tickets/${id}/claim`).expect(200);
    await alex.post(`/api/console/tickets/${id}/messages`, { text: 'Alex here' }).expect(202);
    const audit = await t.service.store.collection<AuditDoc>('audit').findOne({ 'data.action': 'release' });
    expect(audit?.data).toMatchObject({ staffId: lee.id, fromStaffId: sam.id });
  });
});

describe('sessions', () => {
  it('end after the idle time, at the absolute limit, and on sign-out', async () => {
    const idle = await signIn(t.service, 'Idle Person', ['agent']);
    now = new Date(now.getTime() + 31 * 60_000);
    expect((await idle.get('/api/console/tickets')).status).toBe(401);

    const busy = await signIn(t.service, 'Busy Person', ['agent']);
    for (let hour = 0; hour < 12; hour++) {
      now = new Date(now.getTime() + 25 * 60_000);
      expect((await busy.get('/api/console/tickets')).status).toBe(200);
    }
    now = new Date(now.getTime() + 7 * 3_600_000 - 12 * 25 * 60_000 + 25 * 60_000);
    // Twelve hours after sign-in the session ends however busy it is.
    expect((await busy.get('/api/console/tickets')).status).toBe(401);

    const leaving = await signIn(t.service, 'Leaving Person', ['agent']);
    const out = await leaving.post('/auth/sign-out').expect(200);
    expect(String(out.headers['set-cookie'])).toMatch(/sb_staff=; Max-Age=0/);
    expect((await leaving.get('/api/console/tickets')).status).toBe(401);
  });

  it('keep only a hash of the cookie in the store', async () => {
    const sam = await signIn(t.service, 'Sam Jones', ['agent']);
    const token = sam.cookie.split('=')[1]!;
    const stored = await t.service.store.collection('staff_sessions').find({});
    expect(JSON.stringify(stored)).not.toContain(token);
  });
});

describe('signing in through the identity provider', () => {
  it('runs the authorization code flow with PKCE against the sandbox provider and lands on the console signed in', async () => {
    now = new Date();
    const { port } = await t.service.start(0);
    const base = `http://localhost:${port}`;
    const result = await signInThroughProvider(base, 'demo-agent');
    expect(result.finalLocation).toBe(`${base}/console`);
    const authorize = result.visited.find((url) => url.includes('/sandbox-idp/auth?'));
    expect(new URL(authorize!).searchParams.get('code_challenge_method')).toBe('S256');
    const cookie = `${STAFF_COOKIE}=${result.cookies.get(STAFF_COOKIE)}`;
    const me = await request(t.service.app).get('/api/staff/me').set('Cookie', cookie).expect(200);
    expect(me.body.staff).toEqual({ id: 'oidc:demo-agent', name: 'Alex Morgan', roles: ['agent'] });
    expect(me.body.csrfToken).toEqual(expect.any(String));
  });

  it('refuses a callback finished in a browser other than the one that started the sign-in', async () => {
    now = new Date();
    const { port } = await t.service.start(0);
    const base = `http://localhost:${port}`;
    // The attacker starts a sign-in and gets as far as the provider's answer ...
    const started = await fetch(`${base}/auth/sign-in`, { redirect: 'manual' });
    const state = new URL(started.headers.get('location')!).searchParams.get('state');
    // ... then sends the callback link to someone else, whose browser has no sign-in cookie.
    const victim = await fetch(`${base}/auth/callback?code=attackers-code&state=${state}`, { redirect: 'manual' });
    expect(victim.status).toBe(400);
    expect(victim.headers.get('set-cookie')).toBeNull();
  });

  it('refuses a callback whose state it did not issue, and never redirects to another site', async () => {
    now = new Date();
    const { port } = await t.service.start(0);
    const forged = await fetch(`http://localhost:${port}/auth/callback?code=stolen&state=made-up`, { redirect: 'manual' });
    expect(forged.status).toBe(400);
    expect(forged.headers.get('set-cookie')).toBeNull();
    const result = await signInThroughProvider(`http://localhost:${port}`, 'demo-agent', '//evil.example/console');
    expect(result.finalLocation).toBe(`http://localhost:${port}/console`);
  });
});
