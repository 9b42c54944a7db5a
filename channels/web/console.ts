/**
 * The sandbox agent console: the desk port for the web (live events over SSE) and the HTTP
 * endpoints agents use to claim, talk, note and resolve. It sees only the DeskActions port.
 */
import express, { type Router } from 'express';
import { z } from 'zod';
import { DeskActionError, type DeskActions, type DeskEvent, type DeskPort, type StaffMember, type TranscriptEntryView } from '../desk-types';
import { sendError } from './http-errors';
import type { SseHub } from './sse-hub';

const CONSOLE_TOPIC = 'console';

/** One bot turn's explanation as the console lists it. */
export interface DecisionView {
  id: string;
  at: Date;
  address: string;
  turnId: string;
  rule: string;
  guardrails: string[];
  outcome: string;
  understanding?: { kind: string; confidence: number; source: string; flowId?: string };
  flowId?: string;
  filledSlots?: string[];
  step?: string;
}

/** Port: recent bot decisions, and a live feed of new ones. */
export interface DecisionFeed {
  recent(limit: number): Promise<DecisionView[]>;
  subscribe(listener: (decision: DecisionView) => void): () => void;
}

/** Port: every new transcript line (citizen, bot, agent, internal note) as it is committed. */
export interface TranscriptFeed {
  subscribe(listener: (update: { ticketId: string | null; address: string; message: TranscriptEntryView }) => void): () => void;
}

/**
 * The console as a desk: ticket changes become live queue updates in open console tabs.
 * Transcript lines reach the console through the TranscriptFeed, so every line shows, not
 * only the citizen's.
 */
export function createConsoleDesk(hub: SseHub): DeskPort {
  return {
    async deliver(event: DeskEvent): Promise<void> {
      hub.publish(CONSOLE_TOPIC, 'ticket', { ...event.ticket, waitingSeconds: waitingSeconds(event.ticket.createdAt) });
    },
  };
}

const textBody = z.object({ text: z.string().trim().min(1, 'Please type a message first.').max(4_000) });

/** The signed-in member of staff on a request, as the service's sign-in guard found them. */
export interface ConsoleStaff extends StaffMember {
  /** agent, supervisor, admin. */
  roles: readonly string[];
}

/** What the console router needs; the service's guard has already checked the session and CSRF token. */
export interface ConsoleRouterOptions {
  desk: DeskActions;
  decisions: DecisionFeed;
  transcripts: TranscriptFeed;
  hub: SseHub;
  bodyLimit: string;
  /** Who is asking: from the session, never from the request body. */
  staffOf: (res: express.Response) => ConsoleStaff;
}

/** The console's HTTP endpoints under /api/console. */
export function createConsoleRouter(options: ConsoleRouterOptions): Router {
  const { desk, decisions, transcripts, hub, staffOf } = options;
  const isSupervisor = (res: express.Response) => staffOf(res).roles.includes('supervisor');
  const router = express.Router();
  router.use(express.json({ limit: options.bodyLimit }));

  router.get('/tickets', async (_req, res) => {
    const tickets = await desk.listTickets();
    res.json({ tickets: tickets.map((ticket) => ({ ...ticket, waitingSeconds: waitingSeconds(ticket.createdAt) })) });
  });

  router.get('/tickets/:id', async (req, res) => {
    const found = await desk.getTicket(req.params.id);
    res.json({ ticket: { ...found.ticket, waitingSeconds: waitingSeconds(found.ticket.createdAt) }, transcript: found.transcript });
  });

  router.post('/tickets/:id/claim', async (req, res) => {
    res.json({ ticket: await desk.claim(req.params.id, staffOf(res)) });
  });

  router.post('/tickets/:id/take-over', async (req, res) => {
    if (!isSupervisor(res)) return sendError(res, 403, 'FORBIDDEN', 'Only a supervisor can take over a conversation someone else is handling.');
    res.json({ ticket: await desk.takeOver(req.params.id, staffOf(res)) });
  });

  router.post('/tickets/:id/release', async (req, res) => {
    if (!isSupervisor(res)) return sendError(res, 403, 'FORBIDDEN', 'Only a supervisor can put a conversation someone is handling back in the queue.');
    res.json({ ticket: await desk.release(req.params.id, staffOf(res)) });
  });

  router.post('/tickets/:id/messages', async (req, res) => {
    const { text } = textBody.parse(req.body);
    await desk.sendAgentMessage(req.params.id, staffOf(res), text);
    res.status(202).json({ accepted: true });
  });

  router.post('/tickets/:id/notes', async (req, res) => {
    const { text } = textBody.parse(req.body);
    await desk.addNote(req.params.id, staffOf(res), text);
    res.status(201).json({ saved: true });
  });

  router.post('/tickets/:id/resolve', async (req, res) => {
    res.json({ ticket: await desk.resolve(req.params.id, staffOf(res)) });
  });

  // Bot decisions name every conversation, with or without a ticket: supervisors only.
  router.get('/decisions', async (req, res) => {
    if (!isSupervisor(res)) return sendError(res, 403, 'FORBIDDEN', 'Bot decisions are for supervisors.');
    const limit = Math.min(200, Math.max(1, Number(req.query.limit) || 50));
    res.json({ decisions: await decisions.recent(limit) });
  });

  router.get('/events', (req, res) => {
    hub.subscribe(CONSOLE_TOPIC, req, res);
    const send = (event: string, data: unknown) => res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    // Lines of conversations with no ticket stay with the bot: nobody at the desk needs to read them live.
    const unsubscribers = [transcripts.subscribe((update) => update.ticketId !== null && send('transcript', update))];
    if (isSupervisor(res)) unsubscribers.push(decisions.subscribe((decision) => send('decision', decision)));
    req.on('close', () => unsubscribers.forEach((unsubscribe) => unsubscribe()));
  });

  router.use(consoleErrors);
  return router;
}

/** Maps desk refusals and bad bodies to clear answers for the agent. */
function consoleErrors(error: unknown, _req: express.Request, res: express.Response, next: express.NextFunction): void {
  if (error instanceof DeskActionError) {
    const status = error.code === 'NOT_FOUND' ? 404 : error.code === 'EMPTY_MESSAGE' ? 400 : error.code === 'NOT_STAFF' ? 403 : 409;
    return sendError(res, status, error.code, error.message);
  }
  if (error instanceof z.ZodError) return sendError(res, 400, 'INVALID_REQUEST', error.issues.map((issue) => issue.message).join('; '));
  next(error);
}

function waitingSeconds(createdAt: Date): number {
  return Math.max(0, Math.round((Date.now() - new Date(createdAt).getTime()) / 1000));
}
