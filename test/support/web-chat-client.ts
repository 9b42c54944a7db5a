/** A citizen's browser on the web chat API: a server-issued session cookie, kept for every call. */
import request from 'supertest';
import type { Express } from 'express';
import { CHAT_COOKIE } from '../../channels/web/web-chat';
import { chatConversationId } from '../../bots/web-chat-sessions';

/** One web chat session. */
export interface WebChatClient {
  /** The conversation id (the recording channel and the desk see `web:<id>`). */
  id: string;
  cookie: string;
  send(text: string, clientMessageId: string, extra?: object): request.Test;
  history(): request.Test;
}

/** Starts a conversation the way the chat page does (POST /api/web/sessions) and keeps its cookie. */
export async function startWebChat(app: Express): Promise<WebChatClient> {
  const started = await request(app).post('/api/web/sessions').expect(201);
  const setCookie = ([] as string[]).concat(started.headers['set-cookie'] ?? []).find((line) => line.startsWith(`${CHAT_COOKIE}=`));
  if (!setCookie) throw new Error('no chat cookie was set');
  const token = setCookie.slice(CHAT_COOKIE.length + 1).split(';')[0]!;
  const cookie = `${CHAT_COOKIE}=${token}`;
  return {
    id: chatConversationId(token),
    cookie,
    send: (text, clientMessageId, extra = {}) => request(app).post('/api/web/messages').set('Cookie', cookie).send({ clientMessageId, text, ...extra }),
    history: () => request(app).get('/api/web/history').set('Cookie', cookie),
  };
}
