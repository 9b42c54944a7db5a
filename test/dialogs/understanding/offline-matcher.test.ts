/** The offline matcher: flows from messy phrasing, questions to articles, and honest "unsure". */
import { flows, knowledgeArticles } from '../../../config/content';
import { createOfflineMatcher } from '../../../dialogs/understanding/offline-matcher';
import type { Understanding } from '../../../dialogs/types';

const matcher = createOfflineMatcher({ flows, articles: knowledgeArticles });
const understand = (text: string, audience: 'public' | 'staff' = 'public'): Promise<Understanding> => matcher.understand(text, { locale: 'en', audience });

describe('offline matcher', () => {
  it.each([
    ['my bin was missed', 'missed-bin'], ['bins didnt come again', 'missed-bin'], ["the bin men didn't take my rubbish", 'missed-bin'],
    ['my recycling wasnt colected', 'missed-bin'], ['wot do i owe on council tax', 'council-tax-balance'], ['how much council tax do I owe?', 'council-tax-balance'],
    ['where is my blue badge', 'application-status'], ['chafodd fy min ddim ei gasglu', 'missed-bin'], ['faint sydd arnaf i ar dreth y cyngor', 'council-tax-balance'],
  ])('%j → flow %s', async (text, flowId) => {
    expect(await understand(text)).toMatchObject({ kind: 'flow', flowId, source: 'offline' });
  });

  it('extracts slot values it can see in the message', async () => {
    expect(await understand("my bin wasn't collected at CF10 1AA")).toMatchObject({ kind: 'flow', flowId: 'missed-bin', slots: { postcode: 'CF10 1AA' } });
    expect(await understand('the blue bin wasnt emptied yesterday')).toMatchObject({ kind: 'flow', slots: { binType: 'blue bin', collectionDate: 'yesterday' } });
    expect(await understand('where is my blue badge BB123456')).toMatchObject({ kind: 'flow', flowId: 'application-status', slots: { applicationReference: 'BB-123456' } });
  });

  it('sends questions to articles', async () => {
    expect(await understand('when is my bin day')).toMatchObject({ kind: 'question', articleIds: ['bin-day'] });
    expect(await understand('how do I pay council tax')).toMatchObject({ kind: 'question', articleIds: expect.arrayContaining(['pay-council-tax']) });
  });

  it('is unsure about nonsense', async () => {
    expect(await understand('asdf qwerty')).toMatchObject({ kind: 'unsure' });
    expect(await understand('blah')).toMatchObject({ kind: 'unsure' });
  });

  it('is unsure when two candidates are too close to call', async () => {
    const twins = createOfflineMatcher({
      flows: flows.map((f, i) => (i < 2 ? { ...f, examples: { en: ['report a problem with my street'], cy: [] } } : f)),
      articles: knowledgeArticles,
    });
    expect(await twins.understand('report a problem with my street', { locale: 'en', audience: 'public' })).toMatchObject({ kind: 'unsure' });
  });

  it('reports a question it has no article for as a question with no articles', async () => {
    expect(await understand('can I keep chickens?')).toEqual({ kind: 'question', articleIds: [], confidence: 0, source: 'offline' });
  });

  it('does not offer public-only flows to staff', async () => {
    const u = await understand('my bin was missed', 'staff');
    expect(u.kind === 'flow' && u.flowId === 'missed-bin').toBe(false);
  });
});
