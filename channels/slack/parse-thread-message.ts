/**
 * Reads a Slack message event into what the desk cares about: an agent's reply in a ticket
 * thread, an internal note, or something to ignore (and why).
 */
import { NOTE_PREFIX } from './ticket-blocks';

/** What a message event means to the desk. */
export type ThreadMessage =
  | { kind: 'reply'; channel: string; threadTs: string; userId: string; text: string }
  | { kind: 'note'; channel: string; threadTs: string; userId: string; text: string }
  | { kind: 'ignored'; reason: 'not-a-thread-reply' | 'bot-or-system' | 'own-message' | 'empty' };

/** The fields of a Slack message event we read; everything else is ignored. */
interface RawMessageEvent {
  type?: unknown;
  subtype?: unknown;
  bot_id?: unknown;
  user?: unknown;
  text?: unknown;
  ts?: unknown;
  thread_ts?: unknown;
  channel?: unknown;
}

/** Parses one message event; `botUserId` is our own bot's user id (from auth.test). */
export function parseThreadMessage(event: unknown, botUserId: string | undefined): ThreadMessage {
  const e = (event ?? {}) as RawMessageEvent;
  // Edits, deletions, joins and every bot's posts (ours included) carry a subtype or bot_id.
  if (e.subtype !== undefined || e.bot_id !== undefined || typeof e.user !== 'string') return { kind: 'ignored', reason: 'bot-or-system' };
  if (botUserId && e.user === botUserId) return { kind: 'ignored', reason: 'own-message' };
  if (typeof e.thread_ts !== 'string' || typeof e.ts !== 'string' || e.thread_ts === e.ts || typeof e.channel !== 'string') {
    return { kind: 'ignored', reason: 'not-a-thread-reply' };
  }
  const text = typeof e.text === 'string' ? e.text.trim() : '';
  const base = { channel: e.channel, threadTs: e.thread_ts, userId: e.user };
  if (text.toLowerCase().startsWith(NOTE_PREFIX)) {
    const note = text.slice(NOTE_PREFIX.length).trim();
    return note ? { kind: 'note', ...base, text: note } : { kind: 'ignored', reason: 'empty' };
  }
  return text ? { kind: 'reply', ...base, text } : { kind: 'ignored', reason: 'empty' };
}
