/**
 * An open-loop load generator: requests start on a fixed schedule whatever the server's
 * latency, so a slow server shows up as latency, not as a politely reduced rate.
 */
import http from 'node:http';

/** One request to send: the path, the form body and its headers. */
export interface LoadRequest {
  path: string;
  body: string;
  headers: Record<string, string>;
}

/** What a run measured. */
export interface LoadResult {
  sent: number;
  ok: number;
  failed: number;
  /** Time from starting each request to its full response, in ms. */
  ackMs: number[];
  elapsedMs: number;
  /** When each request started (performance.now()), by index. */
  startedAt: number[];
  /** Whether each request was acknowledged with a 2xx, by index. */
  acknowledged: boolean[];
  /** Requests that failed, by HTTP status or error code (e.g. ECONNRESET). */
  failures: Record<string, number>;
}

/** Sends `rate` requests per second for `seconds` to `port`, building each with `make(i)`. */
export async function runLoad(options: { port: number; rate: number; seconds: number; make: (i: number) => LoadRequest; maxSockets?: number }): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.maxSockets ?? 256 });
  const total = Math.round(options.rate * options.seconds);
  const result: LoadResult = { sent: 0, ok: 0, failed: 0, ackMs: [], elapsedMs: 0, startedAt: [], acknowledged: [], failures: {} };
  const fail = (why: string) => {
    result.failed += 1;
    result.failures[why] = (result.failures[why] ?? 0) + 1;
  };
  const inFlight: Promise<void>[] = [];
  const started = performance.now();
  const intervalMs = 1000 / options.rate;
  for (let i = 0; i < total; i++) {
    const due = started + i * intervalMs;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const request = options.make(i);
    result.sent += 1;
    const t0 = performance.now();
    result.startedAt[i] = t0;
    inFlight.push(
      send(agent, options.port, request).then(
        (status) => {
          result.ackMs.push(performance.now() - t0);
          result.acknowledged[i] = status >= 200 && status < 300;
          if (result.acknowledged[i]) result.ok += 1;
          else fail(`HTTP ${status}`);
        },
        (error: NodeJS.ErrnoException) => fail(error.code ?? error.name),
      ),
    );
  }
  await Promise.all(inFlight);
  result.elapsedMs = performance.now() - started;
  agent.destroy();
  return result;
}

function send(agent: http.Agent, port: number, request: LoadRequest): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: 'POST', path: request.path, agent, headers: { ...request.headers, 'content-length': Buffer.byteLength(request.body) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(request.body);
  });
}

/** Sends as fast as `concurrency` workers allow for `seconds`; returns completed requests per second. */
export async function runClosedLoop(options: { port: number; concurrency: number; seconds: number; make: (i: number) => LoadRequest }): Promise<{ completed: number; perSecond: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const deadline = performance.now() + options.seconds * 1000;
  let next = 0;
  let completed = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (performance.now() < deadline) {
        const status = await send(agent, options.port, options.make(next++)).catch(() => 0);
        if (status >= 200 && status < 300) completed += 1;
      }
    }),
  );
  agent.destroy();
  return { completed, perSecond: completed / ((performance.now() - started) / 1000) };
}
