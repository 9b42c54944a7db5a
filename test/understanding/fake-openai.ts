/**
 * A local fake of the OpenAI chat completions and moderations APIs on 127.0.0.1: records every
 * request and answers with whatever the test scripts (a tool call, bad JSON, a 500, or silence;
 * a moderation result, a 500, or silence). Moderation requests are kept apart in `moderations`,
 * so a test that counts model calls in `requests` is not disturbed by the check beside each one.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One recorded request. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
  json: Record<string, unknown>;
}

/** What the fake should do with one request. */
export type FakeAnswer =
  | { kind: 'tool'; name: string; args: unknown }
  | { kind: 'raw-tool'; name: string; argumentsText: string }
  | { kind: 'text'; content: string }
  | { kind: 'status'; status: number }
  | { kind: 'hang' };

/** A moderation category, as the API names it. */
export type ModerationCategoryName =
  | 'harassment' | 'harassment/threatening' | 'hate' | 'hate/threatening' | 'illicit' | 'illicit/violent'
  | 'self-harm' | 'self-harm/instructions' | 'self-harm/intent' | 'sexual' | 'sexual/minors' | 'violence' | 'violence/graphic';

const CATEGORIES: readonly ModerationCategoryName[] = [
  'harassment', 'harassment/threatening', 'hate', 'hate/threatening', 'illicit', 'illicit/violent',
  'self-harm', 'self-harm/instructions', 'self-harm/intent', 'sexual', 'sexual/minors', 'violence', 'violence/graphic',
];

/** What the fake should do with one moderation request. */
export type FakeModerationAnswer =
  | { kind: 'result'; flagged?: ModerationCategoryName[]; scores?: Partial<Record<ModerationCategoryName, number>> }
  | { kind: 'status'; status: number }
  | { kind: 'hang' };

/** The running fake. */
export interface FakeOpenAI {
  baseURL: string;
  /** Chat completions (and anything unknown), in arrival order. */
  requests: RecordedRequest[];
  /** Moderation requests, in arrival order. */
  moderations: RecordedRequest[];
  /** Decides each answer; defaults to `not_understood`. */
  answer: (request: RecordedRequest) => FakeAnswer;
  /** Decides each moderation answer; defaults to nothing flagged. */
  moderate: (request: RecordedRequest) => FakeModerationAnswer;
  close(): Promise<void>;
}

/** A moderation response in the real shape: every category present, the flagged ones true, low scores elsewhere. */
export function moderationResponse(flagged: ModerationCategoryName[] = [], scores: Partial<Record<ModerationCategoryName, number>> = {}): Record<string, unknown> {
  const categories = Object.fromEntries(CATEGORIES.map((c) => [c, flagged.includes(c)]));
  const categoryScores = Object.fromEntries(CATEGORIES.map((c) => [c, scores[c] ?? (flagged.includes(c) ? 0.9 : 0.0001)]));
  const applied = Object.fromEntries(CATEGORIES.map((c) => [c, ['text']]));
  return {
    id: 'modr-fake', model: 'omni-moderation-2024-09-26',
    results: [{ flagged: flagged.length > 0, categories, category_scores: categoryScores, category_applied_input_types: applied }],
  };
}

/** A tool-call completion in the shape the SDK accepts. */
export function toolCompletion(name: string, argumentsText: string): Record<string, unknown> {
  return {
    id: 'chatcmpl-fake', object: 'chat.completion', created: 1_772_000_000, model: 'gpt-4.1-mini',
    choices: [{ index: 0, message: { role: 'assistant', content: null, refusal: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name, arguments: argumentsText } }] }, finish_reason: 'tool_calls' }],
    usage: { prompt_tokens: 812, completion_tokens: 21, total_tokens: 833 },
  };
}

/** Starts the fake on a free port. */
export async function startFakeOpenAI(): Promise<FakeOpenAI> {
  const requests: RecordedRequest[] = [];
  const moderations: RecordedRequest[] = [];
  const fake: Partial<FakeOpenAI> = {
    requests,
    moderations,
    answer: () => ({ kind: 'tool', name: 'not_understood', args: { confidence: 0.9, language: 'en' } }),
    moderate: () => ({ kind: 'result' }),
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const recorded: RecordedRequest = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body, json: body ? JSON.parse(body) as Record<string, unknown> : {} };
      if (req.method === 'POST' && (req.url ?? '').includes('/moderations')) {
        moderations.push(recorded);
        const m = (fake.moderate as FakeOpenAI['moderate'])(recorded);
        if (m.kind === 'hang') return; // never answers: the check's own timeout must fire
        if (m.kind === 'status') {
          res.writeHead(m.status, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'The server had an error', type: 'server_error' } }));
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(moderationResponse(m.flagged, m.scores)));
        return;
      }
      requests.push(recorded);
      if (req.method !== 'POST' || !(req.url ?? '').includes('/chat/completions')) {
        res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'not found', type: 'invalid_request_error' } }));
        return;
      }
      const a = (fake.answer as FakeOpenAI['answer'])(recorded);
      if (a.kind === 'hang') return; // never answers: the client's timeout must fire
      if (a.kind === 'status') {
        res.writeHead(a.status, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'The server had an error', type: 'server_error' } }));
        return;
      }
      const json = a.kind === 'text'
        ? { id: 'chatcmpl-fake', object: 'chat.completion', created: 1_772_000_000, model: 'gpt-4.1-mini', choices: [{ index: 0, message: { role: 'assistant', content: a.content, refusal: null }, finish_reason: 'stop' }], usage: { prompt_tokens: 800, completion_tokens: 12, total_tokens: 812 } }
        : toolCompletion(a.name, a.kind === 'tool' ? JSON.stringify(a.args) : a.argumentsText);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(json));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  fake.baseURL = `http://127.0.0.1:${port}/v1`;
  fake.close = () => new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
  return fake as FakeOpenAI;
}
