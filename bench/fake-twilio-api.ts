/**
 * A fake of Twilio's Messages API for the benchmarks: answers like Twilio, records when each
 * reply to each number arrived, and can inject faults (429 with Retry-After, 5xx, slow answers).
 */
import http from 'node:http';

/** A fault the fake injects into the next matching requests. */
export interface FaultPlan {
  /** Chance (0–1) that a request gets 429 with Retry-After: 1. */
  rateLimited?: number;
  /** Chance that a request gets a 503. */
  serverError?: number;
  /** Chance that a request is answered only after `slowMs`. */
  slow?: number;
  slowMs?: number;
}

/** One reply the fake accepted. */
export interface FakeReply {
  to: string;
  body: string;
  at: number;
}

/** Starts the fake; replies are recorded in `replies`, faults counted in `faults`. */
export async function startFakeTwilioApi(plan: FaultPlan = {}, random: () => number = Math.random) {
  const replies: FakeReply[] = [];
  const faults = { rateLimited: 0, serverError: 0, slow: 0 };
  let sid = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
      if (plan.rateLimited && random() < plan.rateLimited) {
        faults.rateLimited += 1;
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '1' });
        return void res.end(JSON.stringify({ code: 20429, message: 'Too Many Requests', status: 429 }));
      }
      if (plan.serverError && random() < plan.serverError) {
        faults.serverError += 1;
        res.writeHead(503, { 'content-type': 'application/json' });
        return void res.end(JSON.stringify({ code: 20503, message: 'Service Unavailable', status: 503 }));
      }
      const answer = () => {
        sid += 1;
        replies.push({ to: form.get('To') ?? '', body: form.get('Body') ?? '', at: performance.now() });
        res.writeHead(201, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ sid: `SM${String(sid).padStart(32, '0')}`, status: 'queued', to: form.get('To'), from: form.get('From'), body: form.get('Body'), num_segments: '1' }));
      };
      if (plan.slow && random() < plan.slow) {
        faults.slow += 1;
        setTimeout(answer, plan.slowMs ?? 2_000);
      } else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    replies,
    faults,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
