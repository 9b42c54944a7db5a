/**
 * The web chat: messages in over HTTP, replies out over server-sent events, history for
 * reloads. Each conversation is a server-issued session in an HttpOnly cookie; history and the
 * event stream serve only that session. Address: `web:<session id derived from the token>`.
 */
import { parseCookie, stringifySetCookie } from 'cookie';
import express, { type Router } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { z } from 'zod';
import type { TranscriptEntryView } from '../desk-types';
import { encodeAddress, type Address, type ChannelAdapter, type InboundSink, type OutboundMessage, type SendReceipt } from '../types';
import { sendError } from './http-errors';
import type { SseHub } from './sse-hub';

/** A transcript line as the chat shows it, with buttons and cards. */
export type ChatEntry = TranscriptEntryView & Pick<OutboundMessage, 'choices' | 'card'>;

/** Port: the chat's own history, without internal notes. */
export interface ChatHistory {
  history(address: string): Promise<ChatEntry[]>;
}

/**
 * Port: server-issued chat sessions. The browser holds only an HttpOnly cookie with the token;
 * the conversation id is derived from it, so no staff screen or address reveals a way in.
 */
export interface ChatSessions {
  /** A new session token for a new conversation. */
  issue(): Promise<string>;
  /** The conversation id a token opens, or null for a token this service did not issue (or one expired). */
  sessionFor(token: string): Promise<string | null>;
}

/** Web chat abuse limits (settings `webChat`). */
export interface ChatLimits {
  sessionMessagesPerMinute: number;
  ipMessagesPerMinute: number;
  newSessionsPerHour: number;
}

/** The chat session cookie: scoped to the chat's API, never readable by page scripts. */
export const CHAT_COOKIE = 'sb_chat';

const messageBody = z.object({
  clientMessageId: z.string().min(1).max(100),
  text: z.string().max(2_000, 'Messages can be up to 2,000 characters.'),
  choice: z.string().max(200).optional(),
  locale: z.enum(['en', 'cy']).optional(),
});

/** The web chat's sender: pushes each reply to the browsers showing that session. */
export function createWebChatAdapter(hub: SseHub, now: () => Date = () => new Date()): ChannelAdapter {
  return {
    channel: 'web',
    async send(address: Address, message: OutboundMessage, idempotencyKey: string): Promise<SendReceipt> {
      // The key is the transcript line's id, so a browser that also fetched history can dedupe.
      hub.publish(topicFor(address.id), 'message', {
        id: idempotencyKey,
        direction: 'out',
        text: message.text,
        ...(message.choices ? { choices: message.choices } : {}),
        ...(message.card ? { card: message.card } : {}),
        speaker: message.speaker ?? { kind: 'bot' },
        at: now(),
      });
      // A closed tab is not a failure: the reply is in the transcript and shows on reload.
      return { providerMessageId: idempotencyKey };
    },
  };
}

/** What the chat's router needs. */
export interface WebChatRouterOptions {
  sink: InboundSink;
  history: ChatHistory;
  hub: SseHub;
  sessions: ChatSessions;
  limits: ChatLimits;
  bodyLimit: string;
  /** Secure cookies when people reach the service over https. */
  secureCookies: boolean;
  now?: () => Date;
}

/** The chat's HTTP endpoints under /api/web. */
export function createWebChatRouter(options: WebChatRouterOptions): Router {
  const { sink, history, hub, sessions } = options;
  const now = options.now ?? (() => new Date());
  const limits = createChatLimiters(options.limits);
  const router = express.Router();

  /** The conversation behind the request's cookie; answers 401 itself when there is none. */
  const sessionOf = async (req: express.Request, res: express.Response): Promise<string | null> => {
    const token = parseCookie(req.get('cookie') ?? '')[CHAT_COOKIE];
    const session = token ? await sessions.sessionFor(token) : null;
    if (!session) sendError(res, 401, 'NO_SESSION', 'Start a conversation first (POST /api/web/sessions).');
    return session;
  };

  router.post('/sessions', async (req, res) => {
    if (!(await limits.allow('new-session', req.ip ?? 'unknown'))) {
      return sendError(res, 429, 'TOO_MANY_CONVERSATIONS', 'Too many new conversations from this address. Please wait a while, or carry on with the one you have.');
    }
    const token = await sessions.issue();
    res.set('Set-Cookie', stringifySetCookie({ name: CHAT_COOKIE, value: token, httpOnly: true, secure: options.secureCookies, sameSite: 'strict', path: '/api/web' }));
    res.status(201).json({ started: true });
  });

  router.post('/messages', express.json({ limit: options.bodyLimit }), async (req, res) => {
    const session = await sessionOf(req, res);
    if (!session) return;
    const parsed = messageBody.safeParse(req.body);
    if (!parsed.success) return sendError(res, 400, 'INVALID_MESSAGE', parsed.error.issues.map((issue) => issue.message).join('; '));
    const body = parsed.data;
    if (!body.text.trim() && !body.choice) return sendError(res, 400, 'EMPTY_MESSAGE', 'Please type a message first.');
    if (!(await limits.allow('session', session)) || !(await limits.allow('ip', req.ip ?? 'unknown'))) {
      // Nothing is recorded: the page keeps the text in the box for the person to send again.
      return sendError(res, 429, 'TOO_MANY_MESSAGES', 'You are sending messages very quickly. Please wait a minute, then send it again.');
    }
    const address = encodeAddress({ channel: 'web', id: session });
    const result = await sink.receive({
      // Scoped to the session: one browser's ids can never collide with (and silence) another's.
      providerMessageId: `${session}:${body.clientMessageId}`,
      channel: 'web',
      address,
      sender: { id: session },
      text: body.text.trim(),
      ...(body.choice ? { choice: body.choice } : {}),
      ...(body.locale ? { locale: body.locale } : {}),
      attachments: [],
      receivedAt: now(),
    });
    res.status(202).json({ accepted: true, duplicate: result.duplicate });
  });

  router.get('/history', async (req, res) => {
    const session = await sessionOf(req, res);
    if (!session) return;
    res.json({ messages: await history.history(encodeAddress({ channel: 'web', id: session })) });
  });

  router.get('/events', async (req, res) => {
    const session = await sessionOf(req, res);
    if (!session) return;
    hub.subscribe(topicFor(session), req, res);
  });

  return router;
}

/** Per-session, per-address and new-conversation limits, in memory (per instance). */
function createChatLimiters(limits: ChatLimits) {
  const limiters = {
    session: new RateLimiterMemory({ keyPrefix: 'web-session', points: limits.sessionMessagesPerMinute, duration: 60 }),
    ip: new RateLimiterMemory({ keyPrefix: 'web-ip', points: limits.ipMessagesPerMinute, duration: 60 }),
    'new-session': new RateLimiterMemory({ keyPrefix: 'web-new', points: limits.newSessionsPerHour, duration: 3_600 }),
  };
  return {
    async allow(kind: keyof typeof limiters, key: string): Promise<boolean> {
      try {
        await limiters[kind].consume(key);
        return true;
      } catch (error) {
        if (error instanceof RateLimiterRes) return false;
        throw error;
      }
    },
  };
}

function topicFor(session: string): string {
  return `chat:${session}`;
}
