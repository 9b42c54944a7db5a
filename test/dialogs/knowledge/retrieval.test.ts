/** Knowledge retrieval: the right article first, by audience, in either language, and nothing for nonsense. */
import { knowledgeArticles } from '../../../config/content';
import { createKnowledgeIndex } from '../../../dialogs/knowledge/retrieval';

const index = createKnowledgeIndex(knowledgeArticles);

describe('knowledge retrieval', () => {
  it.each([
    ['when is my bin day', 'bin-day'], ['what goes in the blue bin', 'what-goes-in-which-bin'], ['I live alone, can I get a discount?', 'council-tax-discounts'],
    ['how do I pay council tax', 'pay-council-tax'], ['renew my blue badge', 'blue-badge'], ['there is a pothole on my road', 'report-pothole'],
    ['library opening times', 'library-opening'], ['where is the tip', 'recycling-centre'], ['pryd mae diwrnod bin', 'bin-day'], ['oriau agor llyfrgell', 'library-opening'],
  ])('%j → %s', (query, id) => {
    const hits = index.search(query, 'public');
    expect(hits[0]?.article.id).toBe(id);
    expect(hits[0]?.confidence).toBeGreaterThanOrEqual(0.5);
    expect(hits[0]?.confidence).toBeLessThanOrEqual(1);
  });

  it('filters by audience', () => {
    expect(index.search('annual leave', 'public')).toEqual([]);
    expect(index.search('annual leave', 'staff')[0]?.article.id).toBe('staff-annual-leave');
    expect(index.search('reset my password', 'staff')[0]?.article.id).toBe('staff-password-reset');
  });

  it('finds nothing for unrelated words or an empty query', () => {
    expect(index.search('can I keep chickens', 'public')).toEqual([]);
    expect(index.search('the and of', 'public')).toEqual([]);
  });

  it('ranks ties deterministically', () => {
    expect(index.search('bin', 'public')).toEqual(index.search('bin', 'public'));
  });
});
