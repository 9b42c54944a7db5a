/**
 * A Welsh conversation end to end through the model: the model routes, the engine replies in
 * Welsh, remembers the choice, and the guardrails hold exactly as in English.
 */
import { knowledgeArticles } from '../../config/content';
import { startFakeOpenAI, type FakeOpenAI } from './fake-openai';
import { modelConversation } from './model-harness';

let fake: FakeOpenAI;
beforeEach(async () => {
  fake = await startFakeOpenAI();
});
afterEach(async () => {
  await fake.close();
});

describe('a Welsh conversation through the model', () => {
  it('reports a missed bin in Welsh, then answers a Welsh question with the Welsh link', async () => {
    fake.answer = (req) => {
      const messages = req.json.messages as { role: string; content: string }[];
      const user = messages[messages.length - 1]?.content ?? '';
      if (user.includes('biniau')) return { kind: 'tool', name: 'answer_from_knowledge', args: { confidence: 0.9, language: 'cy', sources: ['L1'] } };
      return { kind: 'tool', name: 'start_missed_bin', args: { confidence: 0.92, language: 'cy', postcode: '[POSTCODE_1]', binType: 'general' } };
    };
    const c = modelConversation(fake);

    await c.send('chafodd fy min du ddim ei gasglu, cod post CF10 1AA');
    expect(c.state?.locale).toBe('cy');
    expect(c.state?.form).toMatchObject({ flowId: 'missed-bin', slots: { postcode: 'CF10 1AA', binType: 'general' } });
    expect(c.text).toMatch(/Beth yw rhif neu enw eich tŷ\?/);
    expect(fake.requests[0]!.body).not.toContain('CF10 1AA');

    await c.send('12');
    await c.send('ddoe');
    expect(c.text).toMatch(/Ydy hyn yn gywir\?/);
    await c.send('ydy');
    expect(c.text).toMatch(/Eich cyfeirnod yw MB-\d{6}/);
    expect(fake.requests).toHaveLength(1); // the form ran in code

    await c.send('pryd mae diwrnod casglu biniau?');
    const article = knowledgeArticles.find((a) => a.id === 'bin-day')!;
    expect(c.text).toContain(article.answer.cy);
    expect(c.text).toContain(article.url.cy);
    expect(c.text).not.toContain(article.url.en);
    expect(JSON.stringify(fake.requests[1]!.json.messages)).toContain('Welsh (cy)');
  });

  it('switches to Welsh when the model says the message is Welsh and the word list could not tell', async () => {
    fake.answer = () => ({ kind: 'tool', name: 'start_council_tax_balance', args: { confidence: 0.9, language: 'cy' } });
    const c = modelConversation(fake);
    await c.send('treth gyngor plis');
    expect(c.last.decision.guardrails).toContain('language:model-cy');
    expect(c.state?.locale).toBe('cy');
    expect(c.text).toMatch(/Beth yw rhif eich cyfrif treth gyngor\?/);
  });

  it('fails closed in Welsh, and keeps Welsh personal data from the model', async () => {
    fake.answer = () => ({ kind: 'raw-tool', name: 'start_application_status', argumentsText: 'not json' });
    const c = modelConversation(fake);
    await c.send('ble mae fy mathodyn glas? y cyfeirnod yw BB-654321 a fy rhif ffôn yw 07700 900456');
    expect(c.state?.locale).toBe('cy');
    expect(c.text).toBe('Does gen i ddim ateb i hynny. Hoffech chi siarad â pherson?');
    const body = fake.requests[0]!.body;
    expect(body).not.toContain('654321');
    expect(body).not.toContain('900456');
  });
});
