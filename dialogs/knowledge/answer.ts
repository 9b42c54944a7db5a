/**
 * Turns retrieved article ids into a grounded answer: the article's own short answer and its
 * link, in the conversation's language. Unknown ids or the wrong audience give no answer.
 */
import type { Audience, KnowledgeArticle, Locale, Replies, Reply } from '../types';

/** The reply for the first usable article, or undefined when none is usable. */
export function answerQuestion(articleIds: string[], articles: KnowledgeArticle[], audience: Audience, locale: Locale, replies: Replies): { articleId: string; reply: Reply } | undefined {
  // Only ids that exist and suit the audience: a model must not smuggle in a staff article.
  const article = articleIds.map((id) => articles.find((a) => a.id === id)).find((a) => a !== undefined && a.audience === audience);
  if (!article) return undefined;
  const url = article.url[locale];
  return {
    articleId: article.id,
    reply: {
      text: `${article.answer[locale]}\n${replies.readMore[locale]}: ${url}`,
      card: { title: article.title[locale], lines: [article.answer[locale]], links: [{ label: replies.readMore[locale], url }] },
    },
  };
}
