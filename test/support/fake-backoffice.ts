/**
 * A local fake of the back-office contract (config/backoffice.openapi.yaml) on 127.0.0.1: records
 * every request (method, path, headers, body) and answers like a council's adapter would, or as
 * scripted (a status, a delay, a body outside the contract). Also a token endpoint for the
 * client-credentials flow.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fake received. */
export interface BackOfficeRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: http.IncomingHttpHeaders;
  body: Record<string, unknown> | null;
}

/** A scripted answer for the next request to a path prefix. */
export interface ScriptedAnswer {
  status: number;
  body?: unknown;
  delayMs?: number;
}

/** The running fake. */
export interface FakeBackOffice {
  /** The base URL for BACKOFFICE_BASE_URL. */
  url: string;
  /** The token endpoint for BACKOFFICE_TOKEN_URL. */
  tokenUrl: string;
  requests: BackOfficeRequest[];
  /** Answers served first for matching paths ('/missed-collections', '/council-tax', '/applications', '/token'). */
  script: Record<string, ScriptedAnswer[]>;
  close(): Promise<void>;
}

/** What the fake answers when nothing is scripted. */
const DEFAULTS = {
  reference: 'MB-778899',
  collectBy: '2026-12-09',
  account: { number: '55556666', postcode: 'CF10 1AA', balance: '98.76', nextPaymentDue: '2027-01-01', nextPaymentAmount: '45.00' },
};

/** Starts the fake. */
export async function startFakeBackOffice(): Promise<FakeBackOffice> {
  const requests: BackOfficeRequest[] = [];
  const script: Record<string, ScriptedAnswer[]> = {};
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      const path = url.pathname.replace(/^\/v1/, '');
      const raw = Buffer.concat(chunks).toString('utf8');
      const body = raw && req.headers['content-type']?.includes('json') ? (JSON.parse(raw) as Record<string, unknown>) : raw ? Object.fromEntries(new URLSearchParams(raw)) : null;
      requests.push({ method: req.method ?? '', path, query: Object.fromEntries(url.searchParams), headers: req.headers, body });
      const answer = (status: number, payload?: unknown, delayMs = 0) =>
        setTimeout(() => {
          if (res.destroyed) return;
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(payload === undefined ? '' : JSON.stringify(payload));
        }, delayMs);
      const key = Object.keys(script).find((prefix) => path.startsWith(prefix) && (script[prefix]?.length ?? 0) > 0);
      const scripted = key ? script[key]?.shift() : undefined;
      if (scripted) return answer(scripted.status, scripted.body, scripted.delayMs);
      if (path === '/token') return answer(200, { access_token: `issued-${requests.length}`, token_type: 'Bearer', expires_in: 3600 });
      if (req.method === 'POST' && path === '/missed-collections') return answer(201, { reference: DEFAULTS.reference, collectBy: DEFAULTS.collectBy });
      const account = /^\/council-tax\/accounts\/(\d+)$/.exec(path);
      if (account) {
        const a = DEFAULTS.account;
        const matches = account[1] === a.number && url.searchParams.get('postcode')?.replace(/\s/g, '').toUpperCase() === a.postcode.replace(/\s/g, '');
        return matches ? answer(200, { balance: a.balance, currency: 'GBP', nextPaymentDue: a.nextPaymentDue, nextPaymentAmount: a.nextPaymentAmount }) : answer(404);
      }
      if (path.startsWith('/applications/')) return answer(200, { type: 'blue-badge', status: 'in-review', updatedAt: '2026-11-30' });
      answer(404);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    tokenUrl: `http://127.0.0.1:${port}/v1/token`,
    requests,
    script,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The account the fake knows, for tests that look one up. */
export const FAKE_ACCOUNT = DEFAULTS.account;
/** The reference and date the fake gives every missed-collection report. */
export const FAKE_REPORT = { reference: DEFAULTS.reference, collectBy: DEFAULTS.collectBy };
