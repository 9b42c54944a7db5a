/**
 * The whole service with OPENAI_API_KEY set, against the fake: the decision lands in the
 * audit with the model's facts and without the personal data the citizen typed, and an
 * outage is logged without the message.
 */
import { testService, webMessage, type TestService } from '../support/test-service';
import { startFakeOpenAI, type FakeOpenAI } from './fake-openai';

let fake: FakeOpenAI;
let t: TestService | undefined;
beforeEach(async () => {
  fake = await startFakeOpenAI();
});
afterEach(async () => {
  await t?.service.stop();
  t = undefined;
  await fake.close();
});

describe('the service with a model', () => {
  it('audits the AI decision (model, prompt version, tool, tokens, guardrails) without the values typed', async () => {
    fake.answer = () => ({ kind: 'tool', name: 'start_council_tax_balance', args: { confidence: 0.88, language: 'en', accountReference: '[REFERENCE_1]', postcode: '[POSTCODE_1]' } });
    t = await testService({ env: { OPENAI_API_KEY: 'sk-test-key', OPENAI_BASE_URL: fake.baseURL, OPENAI_MODEL: 'gpt-4.1-mini' } });
    await t.service.pipeline.receive(webMessage('audit-1', 'wot do i owe, acc 12345678 postcode CF10 1AA'));
    await t.settle();

    expect(t.web.textsTo('audit-1').join('\n')).toMatch(/12345678[\s\S]*CF10 1AA[\s\S]*Is this right\?/);
    const audit = await t.service.store.collection('audit').find({ kind: 'decision' });
    expect(audit).toHaveLength(1);
    const stored = JSON.stringify(audit);
    expect(stored).toContain('"promptVersion":"understanding.v2"');
    expect(stored).toContain('"tool":"start_council_tax_balance"');
    expect(stored).toContain('"model":"gpt-4.1-mini"');
    expect(stored).toMatch(/"tokens":\{"prompt":812,"completion":21\}/);
    expect(stored).toContain('pii:reference');
    expect(stored).not.toContain('12345678');
    expect(stored).not.toContain('CF10 1AA');
    expect(fake.requests.map((r) => r.body).join('')).not.toContain('12345678');
  });

  it('a model outage is answered by the matcher and logged without the message', async () => {
    fake.answer = () => ({ kind: 'status', status: 503 });
    t = await testService({ env: { OPENAI_API_KEY: 'sk-test-key', OPENAI_BASE_URL: fake.baseURL, OPENAI_MAX_RETRIES: '0', OPENAI_BREAKER_THRESHOLD: '1', LOG_LEVEL: 'debug' } });
    await t.service.pipeline.receive(webMessage('outage-1', 'my bin was missed at SA1 1AA'));
    await t.settle();
    expect(t.web.textsTo('outage-1').join('\n')).toMatch(/house number or name/);
    const lines = JSON.stringify(t.logger.lines);
    expect(lines).toMatch(/model call did not succeed/);
    expect(lines).toMatch(/circuit breaker opened/);
    expect(lines).not.toContain('bin was missed');
  });

  it('a crisis only the moderation check saw: signposting, an urgent ticket, and each check audited without the text', async () => {
    fake.answer = () => ({ kind: 'tool', name: 'not_understood', args: { confidence: 0.9, language: 'en' } });
    fake.moderate = () => ({ kind: 'result', flagged: ['self-harm', 'self-harm/intent'], scores: { 'self-harm/intent': 0.93 } });
    t = await testService({ env: { OPENAI_API_KEY: 'sk-test-key', OPENAI_BASE_URL: fake.baseURL } });
    await t.service.pipeline.receive(webMessage('mod-1', 'the blue hour is calling me home tonight'));
    await t.settle();

    expect(t.web.textsTo('mod-1').join('\n')).toMatch(/Samaritans: call 116 123/);
    const [ticket] = await t.service.store.collection('handoffs').find({});
    expect(ticket).toMatchObject({ reason: 'crisis', priority: 'urgent', riskKind: 'suicide' });
    const audit = await t.service.store.collection('audit').find({ kind: 'decision' });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ data: { rule: 'crisis:moderation', risk: [{ source: 'moderation', kind: 'suicide', score: 0.93, level: 'clear', result: 'ok' }] } });
    expect(JSON.stringify(audit)).not.toContain('blue hour');
  });
});
