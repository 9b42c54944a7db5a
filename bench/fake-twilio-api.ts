/**
 * A fake of Twilio's Messages API for the benchmarks and the fault suite: answers like Twilio
 * (create, and list with To/From/DateSent filters and paging), records when each reply to each
 * number arrived, and can inject faults: 429 with Retry-After, 5xx, slow answers, timeouts (no
 * answer until past the client's timeout, the message taken or not) and reset connections.
 */
import http from 'node:http';

/** A fault the fake injects into the next matching requests (message creates only). */
export interface FaultPlan {
  /** Chance (0–1) that a request gets 429 with Retry-After: 1. */
  rateLimited?: number;
  /** Chance that a request gets a 503. */
  serverError?: number;
  /** Chance that a request is answered only after `slowMs`. */
  slow?: number;
  slowMs?: number;
  /** Chance that a request gets no answer for `timeoutMs` (set it past the client's timeout). */
  timeout?: number;
  timeoutMs?: number;
  /** Of the timed-out requests, the share Twilio had taken (the message goes out) before going quiet. */
  timeoutAccepted?: number;
  /** Chance that the connection is reset before the message is taken. */
  reset?: number;
}

/** Fault kinds, as counted. */
export type FaultKind = 'rateLimited' | 'serverError' | 'slow' | 'timeout' | 'reset';

/** A fault forced on the next create, ahead of the plan (tests); `accepted` says whether a timed-out message was taken. */
export interface ForcedFault {
  kind: FaultKind;
  accepted?: boolean;
}

/** One reply the fake accepted. */
export interface FakeReply {
  sid: string;
  to: string;
  from: string;
  body: string;
  /** performance.now() when it was taken. */
  at: number;
  dateCreated: Date;
}

/** One messages.create the fake received, and what became of it. */
export interface CreateRequest {
  to: string;
  body: string;
  fault: FaultKind | null;
  /** The message was taken (it goes to the phone), whatever the client heard. */
  accepted: boolean;
  /** The client hung up before the answer (its timeout): it cannot know what happened. */
  clientGaveUp: boolean;
}

/** Options beyond the fault plan. */
export interface FakeTwilioOptions {
  /** Twilio's clock for date_created (the suite pins a clock). */
  clock?: () => Date;
}

const MESSAGES = /^\/2010-04-01\/Accounts\/(AC\w+)\/Messages\.json$/;

/** Starts the fake; replies are recorded in `replies`, faults counted in `faults`, every create in `requests`. */
export async function startFakeTwilioApi(plan: FaultPlan = {}, random: () => number = Math.random, options: FakeTwilioOptions = {}) {
  const clock = options.clock ?? (() => new Date());
  const replies: FakeReply[] = [];
  const requests: CreateRequest[] = [];
  const faults: Record<FaultKind, number> = { rateLimited: 0, serverError: 0, slow: 0, timeout: 0, reset: 0 };
  let lists = 0;
  let sid = 0;
  const chance = (p: number | undefined) => p !== undefined && p > 0 && random() < p;
  const queue: ForcedFault[] = [];
  // One draw per kind in a fixed order, so a seeded run injects the same faults.
  const pickFault = (): FaultKind | null => {
    const drawn = (['rateLimited', 'serverError', 'reset', 'timeout', 'slow'] as const).filter((kind) => chance(plan[kind]));
    return drawn[0] ?? null;
  };

  const accept = (form: URLSearchParams): FakeReply => {
    sid += 1;
    const reply: FakeReply = { sid: `SM${String(sid).padStart(32, '0')}`, to: form.get('To') ?? '', from: form.get('From') ?? '', body: form.get('Body') ?? '', at: performance.now(), dateCreated: clock() };
    replies.push(reply);
    return reply;
  };

  const create = (req: http.IncomingMessage, res: http.ServerResponse, account: string, form: URLSearchParams) => {
    const request: CreateRequest = { to: form.get('To') ?? '', body: form.get('Body') ?? '', fault: null, accepted: false, clientGaveUp: false };
    requests.push(request);
    let answered = false;
    res.on('close', () => {
      if (!answered) request.clientGaveUp = true;
    });
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      answered = true;
      if (res.destroyed) return;
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    const created = (reply: FakeReply) => json(201, messageJson(account, reply));
    const fault = (kind: FaultKind) => {
      faults[kind] += 1;
      request.fault = kind;
    };
    const forced = queue.shift();
    const next = forced ? forced.kind : pickFault();
    if (next === 'rateLimited') {
      fault('rateLimited');
      return json(429, { code: 20429, message: 'Too Many Requests', more_info: 'https://www.twilio.com/docs/errors/20429', status: 429 }, { 'retry-after': '1' });
    }
    if (next === 'serverError') {
      fault('serverError');
      return json(503, { code: 20503, message: 'Service Unavailable', more_info: 'https://www.twilio.com/docs/errors/20503', status: 503 });
    }
    if (next === 'reset') {
      fault('reset');
      answered = true;
      request.clientGaveUp = true;
      return void req.socket.destroy();
    }
    if (next === 'timeout') {
      fault('timeout');
      const reply = (forced ? forced.accepted : chance(plan.timeoutAccepted ?? 0.5)) ? accept(form) : null;
      request.accepted = reply !== null;
      return void setTimeout(() => (reply ? created(reply) : req.socket.destroy()), plan.timeoutMs ?? 15_000).unref();
    }
    const reply = accept(form);
    request.accepted = true;
    if (next === 'slow') {
      fault('slow');
      return void setTimeout(() => created(reply), plan.slowMs ?? 2_000).unref();
    }
    created(reply);
  };

  const list = (res: http.ServerResponse, account: string, path: string, query: URLSearchParams) => {
    lists += 1;
    const to = query.get('To');
    const from = query.get('From');
    const after = query.get('DateSent>');
    const before = query.get('DateSent<');
    // Newest first, as Twilio lists them; this fake sends at once, so date_sent is date_created.
    const matching = replies
      .filter((r) => (!to || r.to === to) && (!from || r.from === from))
      .filter((r) => (!after || r.dateCreated.getTime() >= Date.parse(after)) && (!before || r.dateCreated.getTime() <= Date.parse(before)))
      .reverse();
    const pageSize = Math.min(1000, Number(query.get('PageSize') ?? 50) || 50);
    const page = Number(query.get('Page') ?? 0) || 0;
    const slice = matching.slice(page * pageSize, (page + 1) * pageSize);
    const pageUri = (n: number) => {
      const q = new URLSearchParams(query);
      q.set('Page', String(n));
      q.set('PageSize', String(pageSize));
      return `${path}?${q.toString()}`;
    };
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        messages: slice.map((r) => messageJson(account, r)),
        page,
        page_size: pageSize,
        start: page * pageSize,
        end: page * pageSize + Math.max(0, slice.length - 1),
        uri: pageUri(page),
        first_page_uri: pageUri(0),
        previous_page_uri: page > 0 ? pageUri(page - 1) : null,
        next_page_uri: (page + 1) * pageSize < matching.length ? pageUri(page + 1) : null,
      }),
    );
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const [path = '', search = ''] = (req.url ?? '').split('?');
      const account = MESSAGES.exec(path)?.[1];
      if (!account) {
        res.writeHead(404, { 'content-type': 'application/json' });
        return void res.end(JSON.stringify({ code: 20404, message: 'The requested resource was not found', status: 404 }));
      }
      if (req.method === 'GET') return list(res, account, path, new URLSearchParams(search));
      create(req, res, account, new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    replies,
    requests,
    faults,
    /** Faults forced on the next creates, in order, before the plan's chances apply. */
    queue,
    /** How many times the message list was read (reconciliations). */
    listCalls: () => lists,
    /** Bodies of the replies taken for one number, in order. */
    bodiesTo: (to: string) => replies.filter((r) => r.to === to).map((r) => r.body),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The running fake. */
export type FakeTwilioApi = Awaited<ReturnType<typeof startFakeTwilioApi>>;

/** A message resource as Twilio's JSON has it (snake_case, RFC 2822 dates). */
function messageJson(account: string, reply: FakeReply) {
  const date = reply.dateCreated.toUTCString().replace('GMT', '+0000');
  return {
    sid: reply.sid,
    account_sid: account,
    to: reply.to,
    from: reply.from,
    body: reply.body,
    status: 'queued',
    num_segments: '1',
    direction: 'outbound-api',
    date_created: date,
    date_updated: date,
    date_sent: date,
    uri: `/2010-04-01/Accounts/${account}/Messages/${reply.sid}.json`,
  };
}
