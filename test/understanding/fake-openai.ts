/**
 * A local fake of the OpenAI chat completions API on 127.0.0.1: records every request and
 * answers with whatever the test scripts (a tool call, bad JSON, a 500, or silence).
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

/** The running fake. */
export interface FakeOpenAI {
  baseURL: string;
  requests: RecordedRequest[];
  /** Decides each answer; defaults to `not_understood`. */
  answer: (request: RecordedRequest) => FakeAnswer;
  close(): Promise<void>;
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
  const fake: Partial<FakeOpenAI> = { requests, answer: () => ({ kind: 'tool', name: 'not_understood', args: { confidence: 0.9, language: 'en' } }) };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const recorded: RecordedRequest = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body, json: body ? JSON.parse(body) as Record<string, unknown> : {} };
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
