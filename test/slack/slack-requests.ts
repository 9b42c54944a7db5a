/**
 * Requests to POST /api/slack/events signed exactly as Slack signs them: `v0=` + hex
 * HMAC-SHA256(secret, `v0:{timestamp}:{rawBody}`). Events are JSON; button clicks and slash
 * commands are `application/x-www-form-urlencoded` (exactly that, without a charset).
 */
import { createHmac } from 'node:crypto';
import type { Express } from 'express';
import request from 'supertest';
import { FAKE_BOT, FAKE_CHANNEL_ID } from './fake-slack';

/** The signing secret the tests configure. */
export const SIGNING_SECRET = 'test-signing-secret-0123456789';

/** Slack's signature for a raw body at a timestamp (seconds). */
export function slackSignature(secret: string, timestamp: number, rawBody: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
}

/** Options for one signed request. */
export interface SignOptions {
  secret?: string;
  /** Seconds since the epoch; now by default. */
  timestamp?: number;
  headers?: Record<string, string>;
}

/** POSTs a raw body, signed, with the given content type. */
export function postSigned(app: Express, rawBody: string, contentType: string, options: SignOptions = {}) {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  return request(app)
    .post('/api/slack/events')
    .set('Content-Type', contentType)
    .set('X-Slack-Request-Timestamp', String(timestamp))
    .set('X-Slack-Signature', slackSignature(options.secret ?? SIGNING_SECRET, timestamp, rawBody))
    .set(options.headers ?? {})
    .send(rawBody);
}

let eventCounter = 0;

/** An Events API callback for a message in a ticket's thread. */
export function threadMessageEvent(user: string, threadTs: string, text: string, eventId = `Ev${++eventCounter}`) {
  return {
    token: 'unused',
    team_id: FAKE_BOT.teamId,
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    event: { type: 'message', channel: FAKE_CHANNEL_ID, channel_type: 'channel', user, text, ts: `${Date.now() / 1000}`, thread_ts: threadTs, event_ts: `${Date.now() / 1000}` },
  };
}

/** Sends an Events API callback as JSON. */
export function postEvent(app: Express, body: unknown, options: SignOptions = {}) {
  return postSigned(app, JSON.stringify(body), 'application/json', options);
}

/** Clicks a ticket button (block_actions) as `user`. */
export function clickButton(app: Express, user: { id: string; name: string }, actionId: string, ticketId: string, messageTs: string, options: SignOptions = {}) {
  const payload = {
    type: 'block_actions',
    team: { id: FAKE_BOT.teamId, domain: 'council' },
    user: { id: user.id, username: user.name, name: user.name, team_id: FAKE_BOT.teamId },
    api_app_id: 'A1',
    token: 'unused',
    trigger_id: '1.2.3',
    container: { type: 'message', message_ts: messageTs, channel_id: FAKE_CHANNEL_ID, is_ephemeral: false },
    channel: { id: FAKE_CHANNEL_ID, name: 'council-queue' },
    message: { type: 'message', ts: messageTs, text: 'ticket' },
    response_url: 'http://127.0.0.1:1/unused',
    actions: [{ type: 'button', action_id: actionId, block_id: `ticket:${ticketId}`, value: ticketId, text: { type: 'plain_text', text: 'Claim' }, action_ts: `${Date.now() / 1000}` }],
  };
  return postSigned(app, new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded', options);
}

/** Runs a slash command as `user`. */
export function slashCommand(app: Express, user: string, command = '/queue', options: SignOptions = {}) {
  const form = new URLSearchParams({
    token: 'unused',
    team_id: FAKE_BOT.teamId,
    team_domain: 'council',
    channel_id: FAKE_CHANNEL_ID,
    channel_name: 'council-queue',
    user_id: user,
    user_name: user.toLowerCase(),
    command,
    text: '',
    api_app_id: 'A1',
    response_url: 'http://127.0.0.1:1/unused',
    trigger_id: '1.2.3',
  });
  return postSigned(app, form.toString(), 'application/x-www-form-urlencoded', options);
}
