/** The client choice (OpenAI, Azure OpenAI, none) and the breaker's half-open behaviour. */
import { APIError } from 'openai';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { flows, knowledgeArticles } from '../../config/content';
import { loadSettings } from '../../config/settings';
import { createMemoryLogger } from '../../bots/logging/memory-logger';
import { createUnderstander } from '../../bots/understanding/create-understander';
import { modelMetricsObserver } from '../../bots/understanding/model-metrics';
import { CircuitOpenError, createModelPolicy } from '../../bots/understanding/model-resilience';
import { startFakeOpenAI, type FakeOpenAI } from './fake-openai';

let fake: FakeOpenAI;
beforeEach(async () => {
  fake = await startFakeOpenAI();
});
afterEach(async () => {
  await fake.close();
});

const context = { locale: 'en', audience: 'public' } as const;

describe('choosing the client', () => {
  it('without a key the offline matcher answers and nothing is called', async () => {
    const u = createUnderstander({ settings: loadSettings({ OPENAI_BASE_URL: fake.baseURL }).openai, flows, articles: knowledgeArticles });
    const r = await u.understand('my bin was missed', context);
    expect(r).toMatchObject({ kind: 'flow', flowId: 'missed-bin', source: 'offline' });
    expect(r.model).toBeUndefined();
    expect(fake.requests).toHaveLength(0);
  });

  it('Azure OpenAI: the deployment URL, api-version and api-key header, and the deployment recorded as the model', async () => {
    const endpoint = fake.baseURL.replace(/\/v1$/, '');
    const settings = loadSettings({ OPENAI_API_KEY: 'azure-key', OPENAI_BASE_URL: endpoint, OPENAI_AZURE_API_VERSION: '2024-10-21', OPENAI_AZURE_DEPLOYMENT: 'gpt-41-mini-uksouth' }).openai;
    fake.answer = () => ({ kind: 'tool', name: 'hand_to_person', args: { confidence: 0.9, language: 'en' } });
    const u = createUnderstander({ settings, flows, articles: knowledgeArticles });
    const r = await u.understand('I want to complain to someone', context);
    expect(r).toMatchObject({ kind: 'person', source: 'model', model: { model: 'gpt-41-mini-uksouth' } });
    const req = fake.requests[0]!;
    expect(req.path).toBe('/openai/deployments/gpt-41-mini-uksouth/chat/completions?api-version=2024-10-21');
    expect(req.headers['api-key']).toBe('azure-key');
    expect(req.json.store).toBe(false);
  });

  it('Azure OpenAI: start-up warns that moderation is on, and OPENAI_MODERATION=off keeps it quiet and unasked', async () => {
    const endpoint = fake.baseURL.replace(/\/v1$/, '');
    const azure = { OPENAI_API_KEY: 'azure-key', OPENAI_BASE_URL: endpoint, OPENAI_AZURE_API_VERSION: '2024-10-21', OPENAI_AZURE_DEPLOYMENT: 'gpt-41-mini-uksouth' };
    const on = createMemoryLogger();
    createUnderstander({ settings: loadSettings(azure).openai, flows, articles: knowledgeArticles, logger: on });
    expect(on.lines.filter((l) => l.level === 'warn').map((l) => l.message)).toEqual([expect.stringMatching(/OPENAI_MODERATION is on with the Azure OpenAI client/)]);

    const off = createMemoryLogger();
    const u = createUnderstander({ settings: loadSettings({ ...azure, OPENAI_MODERATION: 'off' }).openai, flows, articles: knowledgeArticles, logger: off });
    await u.understand('my bin was missed', context);
    expect(off.lines.filter((l) => l.level === 'warn')).toEqual([]);
    expect(fake.requests).toHaveLength(1);
    expect(fake.moderations).toHaveLength(0);
  });
});

describe('the circuit breaker', () => {
  const serverError = () => new APIError(503, undefined, 'unavailable', new Headers());

  it('opens after the threshold, lets one trial through after the cool-down, and closes on success', async () => {
    let t = 0;
    const changes: boolean[] = [];
    const policy = createModelPolicy({ maxRetries: 0, breakerThreshold: 2, breakerCooldownMs: 1000, now: () => t, retryDelayMs: 0, onBreakerChange: (o) => changes.push(o) });
    let calls = 0;
    const failing = async () => { calls++; throw serverError(); };
    await expect(policy.execute(failing)).rejects.toThrow(APIError);
    await expect(policy.execute(failing)).rejects.toThrow(APIError);
    expect(policy.open).toBe(true);
    await expect(policy.execute(failing)).rejects.toThrow(CircuitOpenError);
    expect(calls).toBe(2);
    t = 1500; // trial fails: open again, fresh cool-down, no second "opened" event
    await expect(policy.execute(failing)).rejects.toThrow(APIError);
    await expect(policy.execute(failing)).rejects.toThrow(CircuitOpenError);
    t = 3000;
    await expect(policy.execute(async () => 'ok')).resolves.toBe('ok');
    expect(policy.open).toBe(false);
    expect(changes).toEqual([true, false]);
  });

  it('retries only what is worth retrying, and only as often as allowed', async () => {
    const policy = createModelPolicy({ maxRetries: 2, breakerThreshold: 5, breakerCooldownMs: 1000, retryDelayMs: 0 });
    let calls = 0;
    await expect(policy.execute(async () => { calls++; throw serverError(); })).rejects.toThrow();
    expect(calls).toBe(3);
    calls = 0;
    await expect(policy.execute(async () => { calls++; throw new APIError(400, undefined, 'bad request', new Headers()); })).rejects.toThrow();
    expect(calls).toBe(1);
  });
});

describe('model metrics', () => {
  it('counts calls by result and shows the breaker state', async () => {
    const registers = [new Registry()];
    const m = {
      modelCalls: new Counter({ name: 'calls', help: 'h', labelNames: ['result'] as const, registers }),
      modelSeconds: new Histogram({ name: 'secs', help: 'h', registers }),
      circuitOpen: new Gauge({ name: 'open', help: 'h', registers }),
      moderationChecks: new Counter({ name: 'moderation', help: 'h', labelNames: ['result', 'kind'] as const, registers }),
      moderationSeconds: new Histogram({ name: 'moderation_secs', help: 'h', registers }),
    };
    fake.answer = () => ({ kind: 'status', status: 500 });
    fake.moderate = (req) => (String(req.json.input).includes('bin') ? { kind: 'result' } : { kind: 'result', flagged: ['self-harm/intent'] });
    const settings = loadSettings({ OPENAI_API_KEY: 'k', OPENAI_BASE_URL: fake.baseURL, OPENAI_MAX_RETRIES: '0', OPENAI_BREAKER_THRESHOLD: '1' }).openai;
    const u = createUnderstander({ settings, flows, articles: knowledgeArticles, observer: modelMetricsObserver(m) });
    await u.understand('my bin was missed', context);
    await u.understand('my bin was missed', context);
    await u.understand('i cannot go on any more', context);
    await u.understand(`my bin ${'was missed '.repeat(120)}`, context);
    const text = await registers[0]!.metrics();
    // Every check by result and the kind raised; the over-long message was never sent, so it is not timed.
    expect(text).toMatch(/moderation\{result="ok",kind="none"\} 2/);
    expect(text).toMatch(/moderation\{result="ok",kind="suicide"\} 1/);
    expect(text).toMatch(/moderation\{result="skipped",kind="none"\} 1/);
    expect(text).toMatch(/moderation_secs_count 3/);
    expect(text).toMatch(/calls\{result="error"\} 1/);
    expect(text).toMatch(/calls\{result="circuit-open"\} 2/);
    expect(text).toMatch(/secs_count 1/);
    expect(text).toMatch(/^open 1$/m);
  });
});
