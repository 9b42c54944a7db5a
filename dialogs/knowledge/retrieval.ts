/**
 * A small local search over the knowledge articles: BM25 over title, keywords (weighted
 * double, they are written for matching) and answer, in both languages at once, filtered by
 * audience. Confidence is the share of the query's weight that the article covers.
 */
import { terms } from '../tokenise';
import type { Audience, KnowledgeArticle } from '../types';

/** One ranked article. */
export interface RetrievalHit {
  article: KnowledgeArticle;
  /** BM25 score, for ranking only. */
  score: number;
  /** How much of the query (by term weight) the article covers, in [0, 1]. */
  confidence: number;
}

/** A searchable index over articles. */
export interface KnowledgeIndex {
  search(query: string, audience: Audience, limit?: number): RetrievalHit[];
}

const K1 = 1.2;
const B = 0.75;

/** Builds the index once; searching is then cheap and deterministic. */
export function createKnowledgeIndex(articles: KnowledgeArticle[]): KnowledgeIndex {
  const docs = articles.map((article) => {
    const keywordText = [...article.keywords.en, ...article.keywords.cy].join(' ');
    const ts = [
      ...terms(`${article.title.en} ${article.title.cy}`),
      ...terms(keywordText), ...terms(keywordText),
      ...terms(`${article.answer.en} ${article.answer.cy}`),
    ];
    const tf = new Map<string, number>();
    for (const t of ts) tf.set(t, (tf.get(t) ?? 0) + 1);
    return { article, tf, length: ts.length };
  });
  const avgLength = docs.reduce((s, d) => s + d.length, 0) / Math.max(1, docs.length);
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d.tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = (t: string): number => {
    const n = df.get(t) ?? 0;
    return Math.log(1 + (docs.length - n + 0.5) / (n + 0.5));
  };

  return {
    search(query, audience, limit = 3) {
      const q = [...new Set(terms(query))];
      if (q.length === 0) return [];
      const totalWeight = q.reduce((s, t) => s + idf(t), 0);
      const hits: RetrievalHit[] = [];
      for (const d of docs) {
        if (d.article.audience !== audience) continue;
        let score = 0;
        let covered = 0;
        for (const t of q) {
          const f = d.tf.get(t) ?? 0;
          if (f === 0) continue;
          covered += idf(t);
          score += idf(t) * ((f * (K1 + 1)) / (f + K1 * (1 - B + (B * d.length) / avgLength)));
        }
        if (score > 0) hits.push({ article: d.article, score, confidence: Math.min(1, covered / totalWeight) });
      }
      // Ties broken by id so the same query always gives the same answer.
      hits.sort((a, b) => b.score - a.score || a.article.id.localeCompare(b.article.id));
      return hits.slice(0, limit);
    },
  };
}
