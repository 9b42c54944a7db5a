/**
 * A local fake of the Bot Framework connector (the service Teams activities' `serviceUrl` points
 * at): it records every request and answers like the real one. Failures can be queued.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fake received. */
export interface ConnectorRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: Record<string, unknown> | null;
  /** The status the fake answered with. */
  status?: number;
}

/** A queued failure: the next message POST gets this status (and headers). */
export interface ConnectorFailure {
  status: number;
  headers?: Record<string, string>;
}

/** The running fake. */
export interface FakeConnector {
  /** Base URL to use as an activity's serviceUrl (ends with a slash, as Teams sends it). */
  url: string;
  requests: ConnectorRequest[];
  failures: ConnectorFailure[];
  /** Activities posted to a conversation (replies and proactive sends), in order. */
  activities(conversationId?: string): (ConnectorRequest & { body: Record<string, unknown> })[];
  /** Waits until `predicate` holds for the recorded requests, or fails after `ms`. */
  waitFor(predicate: (fake: FakeConnector) => boolean, ms?: number): Promise<void>;
  close(): Promise<void>;
}

const ACTIVITY_PATH = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/;
const MEMBER_PATH = /^\/v3\/conversations\/([^/]+)\/members\/([^/]+)$/;

/** Starts the fake connector on 127.0.0.1 and a free port. */
export async function startFakeConnector(): Promise<FakeConnector> {
  const requests: ConnectorRequest[] = [];
  const failures: ConnectorFailure[] = [];
  let sent = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
      requests.push({ method: req.method ?? 'GET', path, headers: req.headers, body: raw ? (JSON.parse(raw) as Record<string, unknown>) : null });
      const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(body));
      };
      if (req.method === 'POST' && ACTIVITY_PATH.test(path)) {
        // Failures hit messages only, so a typing indicator never eats a queued failure.
        const failure = requests.at(-1)?.body?.type === 'message' ? failures.shift() : undefined;
        const request = requests.at(-1);
        if (request) request.status = failure?.status ?? 200;
        if (failure) return json(failure.status, { error: { code: 'Failure', message: `fake says ${failure.status}` } }, failure.headers);
        sent += 1;
        return json(200, { id: `sent-${sent}` });
      }
      const member = MEMBER_PATH.exec(path);
      if (req.method === 'GET' && member) {
        return json(200, { id: member[2], name: 'Alex Staff', aadObjectId: 'aad-user-1', tenantId: 'tenant', userRole: 'user' });
      }
      json(404, { error: { code: 'NotFound', message: 'no such route in the fake' } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const fake: FakeConnector = {
    url: `http://127.0.0.1:${port}/`,
    requests,
    failures,
    activities(conversationId) {
      return requests.filter((r): r is ConnectorRequest & { body: Record<string, unknown> } => {
        const match = r.method === 'POST' ? ACTIVITY_PATH.exec(r.path) : null;
        return !!match && r.body !== null && (conversationId === undefined || match[1] === conversationId);
      });
    },
    async waitFor(predicate, ms = 3_000) {
      const until = Date.now() + ms;
      while (!predicate(fake)) {
        if (Date.now() > until) throw new Error(`fake connector: condition not met in ${ms} ms; saw ${requests.map((r) => `${r.method} ${r.path}`).join(', ') || 'nothing'}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return fake;
}
