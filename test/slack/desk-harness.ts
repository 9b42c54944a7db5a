/**
 * A whole service with the Slack desk switched on, pointed at the fake Slack Web API, on a clock
 * the test moves (a Wednesday morning, so the team is working).
 */
import type { Express } from 'express';
import { testService, webMessage, type TestService } from '../support/test-service';
import { startFakeSlack, type FakeSlack, type SlackCall } from './fake-slack';
import { SIGNING_SECRET } from './slack-requests';

/** The service, the fake, and helpers the Slack tests share. */
export interface DeskHarness extends TestService {
  slack: FakeSlack;
  app: Express;
  /** Moves the service clock forward. */
  advance(ms: number): void;
  now(): Date;
  /** A web-chat citizen says something; resolves when the turn and its deliveries are done. */
  citizen(session: string, text: string): Promise<void>;
  /** The ticket messages posted to the queue channel (not thread replies). */
  ticketPosts(): SlackCall[];
  /** Thread replies posted under a ticket message. */
  threadPosts(threadTs: string): SlackCall[];
  close(): Promise<void>;
}

/** A weekday at 11:00 in London: inside office hours. */
export const OFFICE_HOURS = new Date('2026-03-04T11:00:00Z');

/** Starts the fake Slack and a service whose desk includes Slack. */
export async function startDeskHarness(start: Date = OFFICE_HOURS): Promise<DeskHarness> {
  const slack = await startFakeSlack();
  let offset = start.getTime() - Date.now();
  const now = () => new Date(Date.now() + offset);
  const base = await testService({
    clock: now,
    env: { SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_HANDOFF_CHANNEL: '#council-queue', SLACK_API_URL: slack.url },
  });
  return {
    ...base,
    slack,
    app: base.service.app,
    advance(ms) {
      offset += ms;
    },
    now,
    async citizen(session, text) {
      await base.service.pipeline.receive(webMessage(session, text));
      await base.settle();
    },
    ticketPosts: () => slack.accepted('chat.postMessage').filter((call) => call.body.thread_ts === undefined),
    threadPosts: (threadTs) => slack.accepted('chat.postMessage').filter((call) => call.body.thread_ts === threadTs),
    async close() {
      await base.service.stop();
      await slack.close();
    },
  };
}

/** Hands a web citizen over to the desk and returns the ticket id and its Slack message ts. */
export async function handOver(desk: DeskHarness, session: string): Promise<{ ticketId: string; ts: string }> {
  await desk.citizen(session, 'I want to speak to a person');
  const ticket = (await desk.service.handoff.listTickets()).find((candidate) => candidate.address === `web:${session}`);
  const ts = desk.ticketPosts().at(-1)?.response?.ts;
  if (!ticket || typeof ts !== 'string') throw new Error('no ticket was posted');
  return { ticketId: ticket.id, ts };
}
