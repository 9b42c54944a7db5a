/**
 * Web chat sessions the service issues: a random token goes to the browser in an HttpOnly
 * cookie; the store keeps only the token's hash, and the conversation's address is built from
 * another hash of it. So no address, staff screen or database read ever gives someone the
 * token that opens a conversation, and only tokens this service issued are accepted.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { ChatSessions } from '../channels/web/web-chat';
import { expiresAt } from './store/retention';
import type { Store } from './store/port';

interface WebSessionDoc {
  _id: string;
  /** The conversation's id (the `web:<id>` address). */
  sessionId: string;
  createdAt: Date;
  expiresAt: Date;
}

const digest = (label: string, token: string) => createHash('sha256').update(`${label}:${token}`, 'utf8').digest('hex');

/** The conversation id a chat token opens (its address is `web:<id>`). */
export function chatConversationId(token: string): string {
  return digest('conversation', token).slice(0, 32);
}

/** Issues and checks web chat session tokens in the store. */
export function createChatSessions(store: Store, clock: () => Date): ChatSessions {
  const sessions = () => store.collection<WebSessionDoc>('web_sessions');
  return {
    async issue() {
      const token = randomBytes(32).toString('base64url');
      const now = clock();
      // Kept as long as the transcript it opens.
      await sessions().insertOne({ _id: digest('token', token), sessionId: chatConversationId(token), createdAt: now, expiresAt: expiresAt('messages', now) });
      return token;
    },
    async sessionFor(token) {
      const found = await sessions().findOne({ _id: digest('token', token) });
      return found && new Date(found.expiresAt).getTime() > clock().getTime() ? found.sessionId : null;
    },
  };
}
