/**
 * The dp command line, run in-process: against the running service's admin API (the embedded
 * store lives in its memory), and on MONGODB_URI directly when a MongoDB is reachable.
 */
import { runDpCli } from '../../bots/dp/cli';
import { echoEngine } from '../support/echo-engine';
import { testService, webMessage, type TestService } from '../support/test-service';
import { freshMongoStore, testMongoUri } from '../store/engines';

const TOKEN = 'admin-token-for-cli-tests-012345';

/** Runs the CLI and captures what it prints. */
async function dp(args: string[], env: Record<string, string>): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runDpCli(args, { out: (text) => (out += text), err: (text) => (err += text) }, { NODE_ENV: 'test', ...env });
  return { code, out, err };
}

describe('dp CLI against the admin API (embedded store)', () => {
  let t: TestService;
  let url: string;
  beforeEach(async () => {
    t = await testService({ engine: echoEngine(), env: { ADMIN_TOKEN: TOKEN } });
    const { port } = await t.service.start(0);
    url = `http://127.0.0.1:${port}`;
    await t.service.pipeline.receive(webMessage('dora-session', 'hello from Dora'));
    await t.settle();
  });
  afterEach(() => t.service.stop());

  it('exports an address as JSON on stdout', async () => {
    const result = await dp(['export', 'web:dora-session', '--url', url], { ADMIN_TOKEN: TOKEN });
    expect(result).toMatchObject({ code: 0, err: '' });
    const exported = JSON.parse(result.out);
    expect(exported.records.messages.map((m: { text: string }) => m.text)).toEqual(['hello from Dora', 'echo: hello from Dora']);
  });

  it('erases an address and prints what was removed', async () => {
    const result = await dp(['erase', 'web:dora-session', '--url', `${url}/`], { ADMIN_TOKEN: TOKEN });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out).deleted).toMatchObject({ conversations: 1, messages: 2 });
    expect(await t.service.store.collection('conversations').countDocuments({})).toBe(0);
  });

  it('fails with the service’s answer when the token is wrong', async () => {
    const result = await dp(['export', 'web:dora-session', '--url', url], { ADMIN_TOKEN: 'a-different-token-of-enough-length' });
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/answered 401/);
    expect(result.out).toBe('');
  });
});

describe('dp CLI usage', () => {
  it('prints usage for a wrong command, and exits 2', async () => {
    for (const args of [[], ['delete', 'web:x'], ['export'], ['export', 'web:x', '--url'], ['export', 'web:x', 'extra']]) {
      const result = await dp(args, {});
      expect({ args, code: result.code }).toEqual({ args, code: 2 });
      expect(result.err).toMatch(/Usage:/);
    }
  });

  it('explains what to do when neither MONGODB_URI nor --url is given', async () => {
    const result = await dp(['export', 'web:x'], {});
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/MONGODB_URI is not set.*--url/);
  });

  it('needs ADMIN_TOKEN to use the admin API', async () => {
    const result = await dp(['erase', 'web:x', '--url', 'http://127.0.0.1:9'], {});
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/ADMIN_TOKEN is not set/);
  });
});

const mongoUri = testMongoUri();
(mongoUri ? describe : describe.skip)('dp CLI on MONGODB_URI directly', () => {
  it('exports and erases what a service stored in MongoDB', async () => {
    const store = await freshMongoStore(mongoUri!);
    const t = await testService({ engine: echoEngine(), store });
    try {
      await t.service.pipeline.receive(webMessage('erin-session', 'hello from Erin'));
      await t.settle();
      // The same server, but the test's own database.
      const uri = mongoUri!.replace(/^(mongodb(?:\+srv)?:\/\/[^/?]*)(\/[^?]*)?(\?.*)?$/, (_all, hosts: string, _db, query?: string) => `${hosts}/${store.db.databaseName}${query ?? ''}`);
      const exported = await dp(['export', 'web:erin-session'], { MONGODB_URI: uri });
      expect(exported.code).toBe(0);
      expect(JSON.parse(exported.out).records.messages).toHaveLength(2);
      const erased = await dp(['erase', 'web:erin-session'], { MONGODB_URI: uri });
      expect(JSON.parse(erased.out).deleted).toMatchObject({ conversations: 1, messages: 2 });
      expect(await store.collection('messages').countDocuments({})).toBe(0);
    } finally {
      await t.service.stop();
    }
  });
});
