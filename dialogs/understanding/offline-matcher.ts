/**
 * The deterministic understander used when no model is reachable: compares a message with
 * each flow's example phrases (fuzzy, so "wot" and "colected" still match) and with the
 * knowledge index, and says "unsure" rather than guess when nothing is clearly ahead.
 */
import { createKnowledgeIndex } from '../knowledge/retrieval';
import { findSlotValue } from '../forms/find-value';
import { terms } from '../tokenise';
import { editDistance, normalise } from '../text';
import type { FlowDefinition, KnowledgeArticle, Understander, Understanding, UnderstandingContext } from '../types';

/** Tuning for the matcher; the defaults suit the shipped content. */
export interface OfflineMatcherOptions {
  flows: FlowDefinition[];
  articles: KnowledgeArticle[];
  /** Below this confidence the matcher is unsure. */
  threshold?: number;
  /** A flow and an article closer than this are too close to call. */
  margin?: number;
}

/** True when two terms are the same word give or take a typo. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const len = Math.min(a.length, b.length);
  if (len < 4 || Math.abs(a.length - b.length) > 2) return false;
  const allowed = len >= 8 ? 2 : 1;
  return editDistance(a, b, allowed) <= allowed;
}

/**
 * The example terms each message term matches, worked out once per term: the examples are
 * fixed and the same words come back every turn, so a profile showed the pairwise checks
 * among the busiest code of a turn.
 */
function createVocabulary(words: Iterable<string>) {
  const vocabulary = [...new Set(words)];
  const cache = new Map<string, Set<string>>();
  return (term: string): Set<string> => {
    let matches = cache.get(term);
    if (!matches) {
      matches = new Set(vocabulary.filter((word) => sameWord(term, word)));
      if (cache.size >= MATCH_CACHE_LIMIT) cache.clear();
      cache.set(term, matches);
    }
    return matches;
  };
}

const MATCH_CACHE_LIMIT = 20_000;

/** How well a message's terms match one example's: mostly "is the message covered". */
function similarity(query: string[], matches: Set<string>[], example: string[]): number {
  if (query.length === 0 || example.length === 0) return 0;
  const qHit = matches.filter((m) => example.some((e) => m.has(e))).length;
  const eHit = example.filter((e) => matches.some((m) => m.has(e))).length;
  return 0.6 * (qHit / query.length) + 0.4 * (eHit / example.length);
}

const QUESTION_START = /^(?:what|whats|when|where|how|why|who|which|can|could|is|are|do|does|will|should|pryd|ble|sut|beth|pam|faint|oes|ydy|ydi|allwch|alla|a oes)\b/;

/** Builds the offline matcher over the given content. */
export function createOfflineMatcher(options: OfflineMatcherOptions): Understander {
  const threshold = options.threshold ?? 0.5;
  const margin = options.margin ?? 0.05;
  const index = createKnowledgeIndex(options.articles);
  const examples = options.flows.map((flow) => ({
    flow,
    phrases: [...flow.examples.en, ...flow.examples.cy].map((p) => ({ text: p, terms: terms(p) })),
  }));
  const matchesOf = createVocabulary(examples.flatMap((f) => f.phrases.flatMap((p) => p.terms)));

  return {
    async understand(text: string, context: UnderstandingContext): Promise<Understanding> {
      // Values such as postcodes say nothing about intent; take them out before comparing.
      let stripped = text;
      for (const { flow } of examples) {
        for (const slot of flow.slots) {
          if (slot.type === 'choice') continue;
          const span = findSlotValue(slot, stripped);
          if (span !== undefined) stripped = stripped.replace(new RegExp(span.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'), ' ');
        }
      }
      const query = terms(stripped);
      const matches = query.map(matchesOf);

      const flowScores = examples
        .filter((f) => f.flow.audiences.includes(context.audience))
        .map((f) => {
          let best = { score: 0, text: '' };
          for (const p of f.phrases) {
            const s = similarity(query, matches, p.terms);
            if (s > best.score) best = { score: s, text: p.text };
          }
          return { flow: f.flow, ...best };
        })
        .sort((a, b) => b.score - a.score || a.flow.id.localeCompare(b.flow.id));
      const hits = index.search(stripped, context.audience);
      const topFlow = flowScores[0];
      const secondFlow = flowScores[1];
      const topHit = hits[0];
      const flowConf = topFlow?.score ?? 0;
      const articleConf = topHit?.confidence ?? 0;
      const best = Math.max(flowConf, articleConf);

      if (best < threshold) {
        // A question we have no article for is still a question: the engine says so honestly.
        const n = normalise(text);
        if (QUESTION_START.test(n) || text.trim().endsWith('?')) return { kind: 'question', articleIds: [], confidence: best, source: 'offline' };
        return { kind: 'unsure', confidence: best, source: 'offline' };
      }
      const runnerUp = Math.max(articleConf === best ? flowConf : articleConf, secondFlow?.score ?? 0);
      // A message that is one of a flow's own example phrases is that flow, however well an article matches.
      const exactFlow = flowConf >= 0.999 && (secondFlow?.score ?? 0) < 0.999;
      if (!exactFlow && best - runnerUp < margin) return { kind: 'unsure', confidence: best, source: 'offline' };

      if (topFlow && (flowConf === best || exactFlow)) {
        const slots: Record<string, string> = {};
        for (const slot of topFlow.flow.slots) {
          const v = findSlotValue(slot, text);
          if (v !== undefined) slots[slot.name] = v;
        }
        return { kind: 'flow', flowId: topFlow.flow.id, confidence: flowConf, slots, source: 'offline', matched: topFlow.text };
      }
      return { kind: 'question', articleIds: hits.filter((h) => h.confidence >= threshold).map((h) => h.article.id), confidence: articleConf, source: 'offline' };
    },
  };
}
