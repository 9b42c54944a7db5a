/**
 * The admin API: off (404) without ADMIN_TOKEN, 401 without the right bearer token, and with
 * it, export and erasure of one address over HTTP on the embedded store.
 */
import request from 'supertest';
import { signIn } from '../support/staff-session';
import type { AuditDoc } from '../../bots/store/documents';
import { tokensMatch } from '../../bots/http/bearer-guard';
import { echoEngine } from '../support/echo-engine';
import { testService, webMessage, type TestService } from '../support/test-service';

const TOKEN = 'admin-token-for-tests-0123456789';
const path = (address: string) => `/api/admin/subjects/${encodeURIComponent(address)}`;

let running: TestService[] = [];
afterEach(async () => {
  for (const t of running) await t.service.stop();
  running = [];
});

async function start(env: Record<string, string> = { ADMIN_TOKEN: TOKEN }): Promise<TestService> {
  const t = await testService({ engine: echoEngine(), env });
  running.push(t);
  await t.service.pipeline.receive(webMessage('carol-session', 'my name is Carol'));
  await t.settle();
  return t;
}

describe('admin API', () => {
  it('is off, answering 404, when neither ADMIN_TOKEN nor the console is on, and says so in the log', async () => {
    const t = await start({ STAFF_CONSOLE: 'off' });
    const res = await request(t.service.app).get(`${path('web:carol-session')}/export`).set('Authorization', `Bearer ${TOKEN}`);
    expect(res.status).toBe(404);
    expect(t.logger.lines.some((line) => /admin API off/.test(line.message))).toBe(true);
  });

  it('refuses a missing, malformed or wrong token with 401, and a right token of the wrong case', async () => {
    const t = await start();
    const url = `${path('web:carol-session')}/export`;
    for (const header of [undefined, TOKEN, `Basic ${TOKEN}`, `Bearer ${TOKEN}x`, `Bearer ${TOKEN.toUpperCase()}`]) {
      const req = request(t.service.app).get(url);
      const res = await (header ? req.set('Authorization', header) : req);
      expect({ header, status: res.status }).toEqual({ header, status: 401 });
      expect(res.headers['www-authenticate']).toBe('Bearer');
    }
    const erased = await request(t.service.app).delete(path('web:carol-session')).set('Authorization', 'Bearer nope');
    expect(erased.status).toBe(401);
    expect(await t.service.store.collection('conversations').countDocuments({ address: 'web:carol-session' })).toBe(1);
  });

  it('serves a signed-in admin without a token, refuses other roles, and needs the CSRF token to erase', async () => {
    const t = await start();
    const url = `${path('web:carol-session')}/export`;
    const admin = await signIn(t.service, 'Dana Admin', ['admin']);
    expect((await admin.get(url)).status).toBe(200);
    const supervisor = await signIn(t.service, 'Lee Supervisor', ['supervisor', 'agent']);
    expect((await supervisor.get(url)).status).toBe(403);
    const noCsrf = await request(t.service.app).delete(path('web:carol-session')).set('Cookie', admin.cookie);
    expect(noCsrf.status).toBe(403);
    expect(await t.service.store.collection('conversations').countDocuments({ address: 'web:carol-session' })).toBe(1);
    const erased = await request(t.service.app).delete(path('web:carol-session')).set('Cookie', admin.cookie).set('X-CSRF-Token', admin.csrf);
    expect(erased.status).toBe(200);
    const audit = await t.service.store.collection<AuditDoc>('audit').findOne({ kind: 'data-protection' });
    expect(JSON.stringify(audit?.data)).toContain(admin.id);
  });

  it('exports everything about an address as JSON', async () => {
    const t = await start();
    const res = await request(t.service.app).get(`${path('web:carol-session')}/export`).set('Authorization', `Bearer ${TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body.address).toBe('web:carol-session');
    expect(res.body.records.conversations).toHaveLength(1);
    expect(res.body.records.messages.map((m: { text: string }) => m.text)).toEqual(['my name is Carol', 'echo: my name is Carol']);
  });

  it('erases an address and logs the erasure without the address', async () => {
    const t = await start();
    const res = await request(t.service.app).delete(path('web:carol-session')).set('Authorization', `Bearer ${TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.body.deleted).toMatchObject({ conversations: 1, messages: 2, inbound: 1 });
    expect(await t.service.store.collection('messages').countDocuments({})).toBe(0);
    const log = t.logger.lines.find((line) => line.message === 'data-protection erasure done');
    expect(log?.meta.reference).toBe(res.body.reference);
    expect(JSON.stringify(t.logger.lines)).not.toContain('carol');
  });
});

describe('tokensMatch', () => {
  it('matches only the identical token, whatever the lengths', () => {
    expect(tokensMatch(TOKEN, TOKEN)).toBe(true);
    expect(tokensMatch('', TOKEN)).toBe(false);
    expect(tokensMatch(`${TOKEN}0`, TOKEN)).toBe(false);
    expect(tokensMatch(TOKEN.slice(1), TOKEN)).toBe(false);
  });
});
