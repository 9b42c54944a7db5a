/**
 * Checks on what reaches a person after a model had a hand in the turn. Fail closed: any
 * leftover placeholder, a link that is not one of the council's article links, chat-platform
 * markup or a reply too long for the channel means the fixed reply is sent instead.
 */
import type { Reply } from '../types';
import { PLACEHOLDER_PATTERN } from './placeholders';

/** Why a reply was blocked, or null when it may be sent. */
export type OutputProblem = 'placeholder' | 'unknown-link' | 'markup' | 'too-long' | null;

/** What the checks allow. */
export interface OutputCheckOptions {
  /** Every URL the service may send (the knowledge articles' own links). */
  allowedUrls: ReadonlySet<string>;
  /** Longest reply text, in characters. */
  maxChars: number;
}

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"')\]]+|\bwww\.[^\s<>"')\]]+/gi;
/** Slack mentions and link markup, and link tokens that were never swapped for a real link. */
const MARKUP = /<[!@#][^>]*>|<https?:[^>]*\|[^>]*>|\[L\d+\]/i;

/** The first problem in a set of replies, or null when all pass. */
export function checkReplies(replies: Reply[], options: OutputCheckOptions): OutputProblem {
  for (const reply of replies) {
    const texts = [reply.text, ...(reply.card ? [reply.card.title, ...reply.card.lines] : []), ...(reply.choices ?? []).map((c) => c.label)];
    for (const t of texts) {
      if (PLACEHOLDER_PATTERN.test(t)) return 'placeholder';
      if (MARKUP.test(t)) return 'markup';
      for (const url of t.match(URL_IN_TEXT) ?? []) if (!options.allowedUrls.has(url.replace(/[.,;:!?]+$/, ''))) return 'unknown-link';
    }
    for (const link of reply.card?.links ?? []) if (!options.allowedUrls.has(link.url)) return 'unknown-link';
    if (reply.text.length > options.maxChars) return 'too-long';
  }
  return null;
}
