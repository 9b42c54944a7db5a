/**
 * The sandbox web chat that stands in for a citizen's phone: messages in over HTTP, replies
 * out over server-sent events, history for reloads. Address: `web:<sessionId>`.
 */
import express, { type Router } from 'express';
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

const sessionId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'sessionId must be 8–64 letters, digits or dashes');

const messageBody = z.object({
  sessionId,
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

/** The chat's HTTP endpoints under /api/web. */
export function createWebChatRouter(options: { sink: InboundSink; history: ChatHistory; hub: SseHub; bodyLimit: string; now?: () => Date }): Router {
  const { sink, history, hub } = options;
  const now = options.now ?? (() => new Date());
  const router = express.Router();

  router.post('/messages', express.json({ limit: options.bodyLimit }), async (req, res) => {
    const parsed = messageBody.safeParse(req.body);
    if (!parsed.success) return sendError(res, 400, 'INVALID_MESSAGE', parsed.error.issues.map((issue) => issue.message).join('; '));
    const body = parsed.data;
    if (!body.text.trim() && !body.choice) return sendError(res, 400, 'EMPTY_MESSAGE', 'Please type a message first.');
    const address = encodeAddress({ channel: 'web', id: body.sessionId });
    const result = await sink.receive({
      providerMessageId: body.clientMessageId,
      channel: 'web',
      address,
      sender: { id: body.sessionId },
      text: body.text.trim(),
      ...(body.choice ? { choice: body.choice } : {}),
      ...(body.locale ? { locale: body.locale } : {}),
      attachments: [],
      receivedAt: now(),
    });
    res.status(202).json({ accepted: true, duplicate: result.duplicate });
  });

  router.get('/history', async (req, res) => {
    const parsed = sessionId.safeParse(req.query.sessionId);
    if (!parsed.success) return sendError(res, 400, 'INVALID_SESSION', 'A valid sessionId is needed.');
    res.json({ messages: await history.history(encodeAddress({ channel: 'web', id: parsed.data })) });
  });

  router.get('/events', (req, res) => {
    const parsed = sessionId.safeParse(req.query.sessionId);
    if (!parsed.success) return sendError(res, 400, 'INVALID_SESSION', 'A valid sessionId is needed.');
    hub.subscribe(topicFor(parsed.data), req, res);
  });

  return router;
}

function topicFor(session: string): string {
  return `chat:${session}`;
}
