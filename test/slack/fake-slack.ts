/**
 * A local fake of the Slack Web API: POST /api/{method} with a Bearer token and a form or JSON
 * body. It records every call and answers `{ ok: true, ... }` like Slack (auth.test, chat.*,
 * conversations.members, users.info). Failures (a 429 with Retry-After, an `ok: false`) can be queued per method.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One Web API call the fake received, its body decoded (`blocks` parsed back from its JSON string). */
export interface SlackCall {
  method: string;
  authorization: string | undefined;
  contentType: string | undefined;
  body: Record<string, unknown>;
  status: number;
  /** What the fake answered. */
  response?: Record<string, unknown>;
}

/** A queued failure for the next call of one method. */
export interface SlackFailure {
  status: number;
  headers?: Record<string, string>;
  body?: Record<string, unknown>;
}

/** The running fake. */
export interface FakeSlack {
  /** The base URL for SLACK_API_URL (ends with /api/). */
  url: string;
  calls: SlackCall[];
  /** Failures by Web API method, served first in, first out. */
  failures: Record<string, SlackFailure[]>;
  /** Who conversations.members says is in any channel (the handoff channel's staff); change it to add or remove someone. */
  members: string[];
  /** Calls of one method that Slack accepted (HTTP 200). */
  accepted(method: string): SlackCall[];
  /** Waits until `predicate` holds, or fails after `ms`. */
  waitFor(predicate: () => boolean, ms?: number): Promise<void>;
  close(): Promise<void>;
}

/** Our bot's identity as auth.test reports it. */
export const FAKE_BOT = { userId: 'UBOT', botId: 'BBOT', teamId: 'T1' } as const;

/** The Slack users the fake lists as members of the handoff channel. */
export const FAKE_STAFF = ['UAGENT1', 'UAGENT2'] as const;

/** The channel id the fake says tickets were posted to. */
export const FAKE_CHANNEL_ID = 'CQUEUE';

/** Starts the fake on 127.0.0.1 and a free port. */
export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: SlackCall[] = [];
  const failures: Record<string, SlackFailure[]> = {};
  const members = [...FAKE_STAFF];
  let ts = 1_700_000_000;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const method = (req.url ?? '/').split('?')[0]?.replace(/^\/api\//, '') ?? '';
      const contentType = req.headers['content-type'];
      const body = decodeBody(raw, contentType);
      const failure = failures[method]?.shift();
      const call: SlackCall = { method, authorization: req.headers.authorization, contentType, body, status: failure?.status ?? 200 };
      calls.push(call);
      const answer = (status: number, payload: Record<string, unknown>, headers: Record<string, string> = {}) => {
        call.response = payload;
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(payload));
      };
      if (failure) return answer(failure.status, failure.body ?? { ok: false, error: 'ratelimited' }, failure.headers);
      switch (method) {
        case 'auth.test':
          return answer(200, { ok: true, url: 'https://council.slack.com/', team: 'Council', user: 'switchboard', team_id: FAKE_BOT.teamId, user_id: FAKE_BOT.userId, bot_id: FAKE_BOT.botId });
        case 'chat.postMessage':
          ts += 1;
          return answer(200, { ok: true, channel: FAKE_CHANNEL_ID, ts: `${ts}.000100`, message: { text: body.text } });
        case 'chat.update':
          return answer(200, { ok: true, channel: body.channel, ts: body.ts, text: body.text });
        case 'chat.postEphemeral':
          return answer(200, { ok: true, message_ts: `${ts}.000200` });
        case 'conversations.members': {
          // Two pages, as Slack paginates long channels, so the cursor handling is exercised.
          const half = Math.ceil(members.length / 2);
          if (body.cursor === 'page-2') return answer(200, { ok: true, members: members.slice(half), response_metadata: { next_cursor: '' } });
          return answer(200, { ok: true, members: members.slice(0, half), response_metadata: { next_cursor: members.length > half ? 'page-2' : '' } });
        }
        case 'users.info': {
          const id = String(body.user);
          const names: Record<string, string> = { UAGENT1: 'Sam', UAGENT2: 'Alex' };
          return answer(200, { ok: true, user: { id, name: id.toLowerCase(), real_name: names[id] ?? id, profile: { display_name: names[id] ?? '' } } });
        }
        default:
          return answer(200, { ok: true });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/`,
    calls,
    failures,
    members,
    accepted: (method) => calls.filter((call) => call.method === method && call.status === 200),
    async waitFor(predicate, ms = 3_000) {
      const until = Date.now() + ms;
      while (!predicate()) {
        if (Date.now() > until) throw new Error('fake Slack: condition not met in time');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function decodeBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  const body: Record<string, unknown> = contentType?.startsWith('application/json') ? (JSON.parse(raw) as Record<string, unknown>) : Object.fromEntries(new URLSearchParams(raw));
  // The client sends arrays and objects as JSON strings inside a form body.
  for (const key of ['blocks', 'attachments']) {
    if (typeof body[key] === 'string') body[key] = JSON.parse(body[key] as string);
  }
  return body;
}
