import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { createMemoryLogger } from '../../bots/logging/memory-logger';
import { currentTurnContext, runWithTurnContext } from '../../bots/logging/turn-context';
import { createWinstonLogger, type WinstonLoggerOptions } from '../../bots/logging/winston-logger';

const SECRET = 'sk-live-abcdef0123456789';

/** A winston logger writing into a buffer; `output()` waits for pending writes, then returns the lines. */
function capturedWinston(options: Omit<WinstonLoggerOptions, 'stream'>) {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  const logger = createWinstonLogger({ ...options, stream });
  const output = async () => {
    await new Promise((resolve) => setImmediate(resolve));
    return text.split('\n').filter((l) => l.length > 0);
  };
  return { logger, output };
}

describe('turn context', () => {
  it('is visible across awaits inside the turn and gone outside it', async () => {
    expect(currentTurnContext()).toBeUndefined();
    await runWithTurnContext({ turnId: 't-1', conversationId: 'c-1' }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      expect(currentTurnContext()).toEqual({ turnId: 't-1', conversationId: 'c-1' });
    });
    expect(currentTurnContext()).toBeUndefined();
  });

  it('keeps concurrent turns apart', async () => {
    const seen: string[] = [];
    const turn = (id: string, delay: number) =>
      runWithTurnContext({ turnId: id }, async () => {
        await new Promise((resolve) => setTimeout(resolve, delay));
        seen.push(`${id}:${currentTurnContext()?.turnId}`);
      });
    await Promise.all([turn('a', 5), turn('b', 1)]);
    expect(seen.sort()).toEqual(['a:a', 'b:b']);
  });
});

describe('createWinstonLogger', () => {
  it('writes parseable JSON lines with level, message, timestamp and meta in JSON mode', async () => {
    const { logger, output } = capturedWinston({ level: 'info', json: true });
    logger.info('turn done', { durationMs: 12, outcome: 'answered' });
    logger.warn('slow', { stage: 'model' });
    const lines = await output();
    expect(lines).toHaveLength(2);
    const [first, second] = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(first).toMatchObject({ level: 'info', message: 'turn done', durationMs: 12, outcome: 'answered' });
    expect(typeof first?.timestamp).toBe('string');
    expect(second).toMatchObject({ level: 'warn', message: 'slow', stage: 'model' });
  });

  it('adds the turn id inside runWithTurnContext and not outside', async () => {
    const { logger, output } = capturedWinston({ level: 'info', json: true });
    await runWithTurnContext({ turnId: 'turn-42', conversationId: 'conv-7' }, async () => {
      await Promise.resolve();
      logger.info('inside');
    });
    logger.info('outside');
    const [inside, outside] = (await output()).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(inside).toMatchObject({ message: 'inside', turnId: 'turn-42', conversationId: 'conv-7' });
    expect(outside).not.toHaveProperty('turnId');
  });

  it('redacts personal data and secrets before writing', async () => {
    const { logger, output } = capturedWinston({ level: 'info', json: true, secrets: [SECRET] });
    logger.error('send to 07700 900123 failed', { to: { email: 'jane@example.com' }, authToken: 'abc', error: new Error(`401 with key ${SECRET}`) });
    const [raw = ''] = await output();
    expect(raw).not.toMatch(/07700|jane@example|abc"|sk-live/);
    expect(JSON.parse(raw)).toMatchObject({ message: 'send to [PHONE] failed', to: { email: '[EMAIL]' }, authToken: '[REDACTED]', error: { message: '401 with key [REDACTED]' } });
  });

  it('writes readable single lines without colour codes in development', async () => {
    const { logger, output } = capturedWinston({ level: 'debug', json: false });
    runWithTurnContext({ turnId: 'turn-9' }, () => logger.debug('two\nlines', { error: new Error('boom') }));
    const lines = await output();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\d{4}-\d{2}-\d{2}T\S+ debug two\\nlines turn=turn-9 \{"error":\{"name":"Error","message":"boom","stack":/);
    expect(lines[0]).not.toContain('\u001b[');
  });

  it('drops lines below the configured level', async () => {
    const { logger, output } = capturedWinston({ level: 'warn', json: true });
    logger.debug('d');
    logger.info('i');
    logger.warn('w');
    logger.error('e');
    expect((await output()).map((l) => (JSON.parse(l) as { message: string }).message)).toEqual(['w', 'e']);
  });

  it('gives children their fixed fields, merged with each call’s meta', async () => {
    const { logger, output } = capturedWinston({ level: 'info', json: true });
    logger.child({ channel: 'sms' }).child({ component: 'sender' }).info('sent', { attempt: 2 });
    expect(JSON.parse((await output())[0] ?? '{}')).toMatchObject({ channel: 'sms', component: 'sender', attempt: 2 });
  });
});

describe('createMemoryLogger', () => {
  it('records lines as production would log them: redacted, with the turn id', () => {
    const logger = createMemoryLogger({ secrets: [SECRET] });
    runWithTurnContext({ turnId: 't-5' }, () => logger.child({ channel: 'sms' }).info('from 07700 900123', { apiKey: SECRET, note: `key ${SECRET}` }));
    logger.debug('outside');
    expect(logger.lines).toEqual([
      { level: 'info', message: 'from [PHONE]', meta: { turnId: 't-5', channel: 'sms', apiKey: '[REDACTED]', note: 'key [REDACTED]' } },
      { level: 'debug', message: 'outside', meta: {} },
    ]);
  });

  it('can filter by level', () => {
    const logger = createMemoryLogger({ level: 'info' });
    logger.debug('hidden');
    logger.info('shown');
    expect(logger.lines.map((l) => l.message)).toEqual(['shown']);
  });
});

describe('logging boundary', () => {
  it('imports winston in exactly one file', () => {
    // Everything else depends on the Logger interface, so the backend can change in one place.
    const root = path.join(__dirname, '..', '..');
    const importers = ['bots', 'channels', 'dialogs', 'config']
      .flatMap((dir) => sourceFiles(path.join(root, dir)))
      .filter((file) => /from ['"]winston['"]|require\(['"]winston['"]\)/.test(fs.readFileSync(file, 'utf8')))
      .map((file) => path.relative(root, file));
    expect(importers).toEqual([path.join('bots', 'logging', 'winston-logger.ts')]);
  });
});

/** Every .ts file under a folder. */
function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}
