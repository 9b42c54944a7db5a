import { REDACTED } from '../../bots/logging/redact-value';
import { redactionFormat, type LogInfo } from '../../bots/logging/redaction-format';

const format = redactionFormat({ secrets: ['sk-test-0123456789abcdef', 'twilio-auth-987654'] });
const line = (message: unknown, meta: Record<string, unknown> = {}): LogInfo => format.transform({ level: 'info', message, ...meta });

/** UK personal data as people actually type it, with the placeholder each should become. */
const UK_EXAMPLES: [string, string][] = [
  ['07700 900123', '[PHONE]'],
  ['+44 7700 900 123', '[PHONE]'],
  ['020 7946 0123', '[PHONE]'],
  ['029 2018 0123', '[PHONE]'],
  ['jane.doe@example.co.uk', '[EMAIL]'],
  ['QQ 12 34 56 C', '[NI_NUMBER]'],
  ['943 476 5919', '[NHS_NUMBER]'],
  ['CF10 1AA', '[POSTCODE]'],
  ['sw1a1aa', '[POSTCODE]'],
  ['4111 1111 1111 1111', '[CARD_NUMBER]'],
  ['12/03/1985', '[DATE_OF_BIRTH]'],
];

describe('redactionFormat: personal data', () => {
  it.each(UK_EXAMPLES)('replaces %s in the message with %s', (value, placeholder) => {
    const out = line(`Citizen said: my details are ${value}, thanks`);
    expect(out.message).toBe(`Citizen said: my details are ${placeholder}, thanks`);
  });

  it.each(UK_EXAMPLES)('replaces %s deep inside nested meta and arrays', (value, placeholder) => {
    const out = line('inbound', { inbound: { text: `it is ${value}`, history: [{ said: value }, [value]] } });
    expect(out.inbound).toEqual({ text: `it is ${placeholder}`, history: [{ said: placeholder }, [placeholder]] });
    expect(JSON.stringify(out)).not.toContain(value);
  });

  it.each(UK_EXAMPLES)('replaces %s in an Error message, stack and cause', (value, placeholder) => {
    const error = new Error(`lookup failed for ${value}`, { cause: new Error(`upstream rejected ${value}`) });
    const out = line('turn failed', { error });
    expect(out.error).toMatchObject({
      name: 'Error',
      message: `lookup failed for ${placeholder}`,
      stack: expect.stringContaining(`Error: lookup failed for ${placeholder}`),
      cause: { message: `upstream rejected ${placeholder}` },
    });
    expect(JSON.stringify(out)).not.toContain(value);
  });

  it('redacts extra fields on errors (vendor errors carry response bodies)', () => {
    const error = Object.assign(new Error('400 from provider'), { code: 21211, body: { to: '07700 900123' } });
    expect(line('send failed', { error }).error).toMatchObject({ code: 21211, body: { to: '[PHONE]' } });
  });

  it('leaves ordinary text and numbers alone', () => {
    const out = line('Bin collection is on Tuesday', { attempts: 3, elapsedMs: 1767225600000, ok: true, at: new Date(0), nothing: null });
    expect(out).toMatchObject({ message: 'Bin collection is on Tuesday', attempts: 3, elapsedMs: 1767225600000, ok: true, at: new Date(0), nothing: null });
  });

  it('redacts personal data used as a key', () => {
    expect(line('by sender', { senders: { '07700 900123': 2 } }).senders).toEqual({ '[PHONE]': 2 });
  });

  it('copes with circular references without throwing', () => {
    const loop: Record<string, unknown> = { email: 'a@b.com' };
    loop.self = loop;
    expect(line('loop', { loop }).loop).toEqual({ email: '[EMAIL]', self: '[Circular]' });
  });

  it('does not change the caller’s objects', () => {
    const meta = { inbound: { text: 'call 07700 900123' } };
    line('inbound', meta);
    expect(meta.inbound.text).toBe('call 07700 900123');
  });
});

describe('redactionFormat: secrets', () => {
  it.each(['password', 'token', 'authToken', 'clientSecret', 'authorization', 'apiKey', 'api_key', 'cookie', 'x-twilio-signature'])(
    'hides the value of a %s field whatever it contains',
    (key) => {
      const out = line('request', { headers: { [key]: 'plain-looking-value' }, [key]: { nested: 'object' } });
      expect(out[key]).toBe(REDACTED);
      expect(out.headers).toEqual({ [key]: REDACTED });
    },
  );

  it('keeps "set" / "not set" presence markers, as describeSettings writes them', () => {
    expect(line('settings', { openai: { apiKey: 'set' }, adminToken: 'not set' })).toMatchObject({ openai: { apiKey: 'set' }, adminToken: 'not set' });
  });

  it('keeps token counts, which are usage metrics', () => {
    expect(line('model call', { usage: { prompt_tokens: 120, totalTokens: 150 } }).usage).toEqual({ prompt_tokens: 120, totalTokens: 150 });
  });

  it('replaces a configured secret value anywhere it appears', () => {
    const out = line('calling with sk-test-0123456789abcdef', { url: 'https://api?key=sk-test-0123456789abcdef', list: ['twilio-auth-987654'], error: new Error('bad twilio-auth-987654') });
    expect(out.message).toBe(`calling with ${REDACTED}`);
    expect(out.url).toBe(`https://api?key=${REDACTED}`);
    expect(out.list).toEqual([REDACTED]);
    expect(JSON.stringify(out)).not.toMatch(/sk-test-0123456789abcdef|twilio-auth-987654/);
  });

  it('hides credentials in URLs and bearer tokens in text', () => {
    const out = line('connect mongodb://admin:hunter2@db:27017/sb', { header: 'Bearer abcdefghijkl.mnop' });
    expect(out.message).toBe(`connect mongodb://${REDACTED}@db:27017/sb`);
    expect(out.header).toBe(`Bearer ${REDACTED}`);
  });

  it('keeps winston’s symbol-keyed bookkeeping and the level', () => {
    const LEVEL = Symbol.for('level');
    const out = format.transform({ level: 'warn', message: 'x', [LEVEL]: 'warn' });
    expect(out[LEVEL]).toBe('warn');
    expect(out.level).toBe('warn');
  });
});
