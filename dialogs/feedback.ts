/**
 * The feedback question (issue 9): one optional "How did we do today?" when a conversation
 * ends, at most once per episode, never after a crisis and never where the channel forbids an
 * unprompted message (an SMS number that opted out). The answer is optional: anything but a
 * score is an ordinary message, and the question lapses.
 */
import { normalise, words } from './text';
import type { DialogState, FeedbackScore, Localised, Locale, Reply } from './types';

/** The texts of the question, its five labels and the replies around it. Content lives in config/content/feedback.ts. */
export interface FeedbackContent {
  /** "How did we do today? Reply 1 to 5, where 5 is very good." */
  question: Localised;
  /** Labels for the scores 1 to 5, worst first: buttons on web and Teams, a numbered list by SMS. */
  labels: readonly [Localised, Localised, Localised, Localised, Localised];
  /** Said after a score. */
  thanks: Localised;
  /** Said to "thanks" or "bye" outside a form. */
  closing: Localised;
}

/** Choice values of the score buttons: `feedback:1` … `feedback:5`. */
export const FEEDBACK_CHOICE_PREFIX = 'feedback:';

/**
 * The question is asked at most once in this long. An episode (issue 9's oversight figures)
 * ends after a quiet gap; a two-hour window means one question per visit, even when a visit
 * holds several requests or an agent's help after the bot's.
 */
export const DEFAULT_FEEDBACK_WINDOW_MS = 2 * 60 * 60_000;

/** A bare score typed in reply ("4", "4.", "4/5", "4 out of 5"), or null for anything else. */
export function readScore(text: string): FeedbackScore | null {
  const match = /^\s*([1-5])\s*(?:[.)!]|\/\s*5|out of 5|allan o 5)?\s*$/i.exec(text);
  return match ? (Number(match[1]) as FeedbackScore) : null;
}

/** The score a clicked feedback button carries, or null when the choice is something else. */
export function clickedScore(choice: string | undefined): FeedbackScore | null {
  if (!choice?.startsWith(FEEDBACK_CHOICE_PREFIX)) return null;
  return readScore(choice.slice(FEEDBACK_CHOICE_PREFIX.length));
}

/** What a message means for the feedback question. */
export type FeedbackAnswer = { kind: 'score'; score: FeedbackScore } | { kind: 'stale' } | { kind: 'none' };

/**
 * Reads a message against the question. A typed digit counts only while the question is the
 * last thing asked ("4" later may answer something else); a clicked button is unambiguous, so
 * it counts while the episode lasts even after another message, and is thanked but not
 * counted when it is older or the person already answered.
 */
export function readFeedbackAnswer(state: DialogState, input: { text: string; choice?: string; now: Date }, windowMs: number): FeedbackAnswer {
  const fb = state.feedback;
  const clicked = clickedScore(input.choice);
  if (clicked !== null) {
    const recent = fb?.askedAt !== undefined && input.now.getTime() - Date.parse(fb.askedAt) < windowMs;
    return recent && fb?.status !== 'answered' ? { kind: 'score', score: clicked } : { kind: 'stale' };
  }
  if (fb?.status !== 'pending') return { kind: 'none' };
  const typed = readScore(input.choice ?? input.text);
  return typed === null ? { kind: 'none' } : { kind: 'score', score: typed };
}

/** True when the question may be asked now: not after a crisis, not where the channel forbids it, once per window. */
export function mayAsk(state: DialogState, input: { now: Date; mayAskFeedback?: boolean }, windowMs: number): boolean {
  if (state.crisis || input.mayAskFeedback === false) return false;
  const askedAt = state.feedback?.askedAt;
  return askedAt === undefined || input.now.getTime() - Date.parse(askedAt) >= windowMs;
}

/** The question in the conversation's language, with the five scores as choices. */
export function feedbackQuestion(content: FeedbackContent, locale: Locale): Reply {
  return {
    text: content.question[locale],
    choices: content.labels.map((label, i) => ({ value: `${FEEDBACK_CHOICE_PREFIX}${i + 1}`, label: label[locale] })),
  };
}

/** The state after asking: pending, stamped with the time. */
export function markAsked(state: DialogState, now: Date): DialogState {
  return { ...state, feedback: { status: 'pending', askedAt: now.toISOString() } };
}

const CLOSING_STRONG = new Set(['thanks', 'thank', 'thankyou', 'thx', 'ty', 'cheers', 'ta', 'bye', 'goodbye', 'byebye', 'all', 'done', 'diolch', 'hwyl', 'cyfan', 'gyd', 'ffarwel']);
const CLOSING_SOFT = new Set([
  'you', 'very', 'much', 'so', 'a', 'lot', 'that', 'thats', 'is', 'it', 'ok', 'okay', 'great', 'perfect', 'brilliant', 'lovely',
  'fab', 'good', 'no', 'nothing', 'else', 'for', 'your', 'the', 'help', 'now', 'then', 'im', 'we', 're', 'sorted', 'fine',
  'yn', 'fawr', 'iawn', 'da', 'dyna', 'dynar', 'r', 'i', 'am', 'eich', 'na', 'dim', 'byd', 'arall', 'nawr', 'wedi', 'gorffen',
]);

/** True for "thanks", "that's all", "bye", "diolch yn fawr" and the like: the person is done. */
export function isClosing(text: string): boolean {
  const ws = words(normalise(text));
  if (ws.length === 0 || ws.length > 8) return false;
  return ws.some((w) => CLOSING_STRONG.has(w)) && ws.every((w) => CLOSING_STRONG.has(w) || CLOSING_SOFT.has(w));
}
