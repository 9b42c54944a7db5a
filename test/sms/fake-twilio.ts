/**
 * A local fake of Twilio's REST API (Messages resource): POST
 * /2010-04-01/Accounts/{AccountSid}/Messages.json with Basic auth and a form body. It records
 * every call and answers 201 with snake_case JSON like Twilio; failures can be queued.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One messages.create the fake received. */
export interface TwilioCall {
  accountSid: string;
  authorization: string | undefined;
  form: Record<string, string>;
  /** The SID the fake gave the message (absent when it answered with an error). */
  sid?: string;
  status: number;
}

/** A queued failure for the next messages.create. */
export interface TwilioFailure {
  status: number;
  code?: number;
  headers?: Record<string, string>;
}

/** The running fake. */
export interface FakeTwilio {
  /** The base URL for TWILIO_API_BASE_URL. */
  url: string;
  calls: TwilioCall[];
  failures: TwilioFailure[];
  /** Answers to GET Accounts/{sid}.json (the service's start-up check), first in, first out; 200 when none are queued. */
  accountAnswers: TwilioFailure[];
  /** How many times the account was fetched. */
  accountFetches(): number;
  /** The council's numbers (IncomingPhoneNumbers), as the kit reads and updates them. */
  numbers: { sid: string; phone_number: string; sms_url: string; sms_method: string }[];
  /** Updates the fake received to numbers, in order. */
  numberUpdates: { sid: string; form: Record<string, string> }[];
  /** Messages accepted (201), in order. */
  sent(): (TwilioCall & { sid: string })[];
  /** Bodies of accepted messages to one number. */
  bodiesTo(number: string): string[];
  close(): Promise<void>;
}

const MESSAGES = /^\/2010-04-01\/Accounts\/(AC[0-9a-f]{32})\/Messages\.json$/;
const ACCOUNT = /^\/2010-04-01\/Accounts\/(AC[0-9a-f]{32})\.json$/;
const NUMBERS = /^\/2010-04-01\/Accounts\/(AC[0-9a-f]{32})\/IncomingPhoneNumbers(?:\/(PN[0-9a-f]{32}))?\.json$/;

/** Starts the fake on 127.0.0.1 and a free port. */
export async function startFakeTwilio(): Promise<FakeTwilio> {
  const calls: TwilioCall[] = [];
  const failures: TwilioFailure[] = [];
  const accountAnswers: TwilioFailure[] = [];
  let accountFetches = 0;
  const numbers: FakeTwilio['numbers'] = [];
  const numberUpdates: FakeTwilio['numberUpdates'] = [];
  let counter = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(body));
      };
      const account = ACCOUNT.exec((req.url ?? '').split('?')[0] ?? '');
      if (req.method === 'GET' && account) {
        accountFetches += 1;
        const answer = accountAnswers.shift();
        if (answer) return json(answer.status, { code: answer.code ?? 20003, message: `fake says ${answer.status}`, status: answer.status });
        return json(200, { sid: account[1], status: 'active', friendly_name: 'Council', type: 'Full' });
      }
      const number = NUMBERS.exec((req.url ?? '').split('?')[0] ?? '');
      if (number) {
        const view = (n: FakeTwilio['numbers'][number]) => ({ ...n, account_sid: number[1], uri: `/2010-04-01/Accounts/${number[1]}/IncomingPhoneNumbers/${n.sid}.json` });
        if (req.method === 'GET' && !number[2]) {
          const wanted = new URL(req.url ?? '/', 'http://fake').searchParams.get('PhoneNumber');
          const found = numbers.filter((n) => !wanted || n.phone_number === wanted).map(view);
          return json(200, { incoming_phone_numbers: found, page: 0, page_size: 50, first_page_uri: '', next_page_uri: null, previous_page_uri: null, uri: '' });
        }
        const target = numbers.find((n) => n.sid === number[2]);
        if (req.method === 'POST' && target) {
          const form = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
          numberUpdates.push({ sid: target.sid, form });
          if (form.SmsUrl) target.sms_url = form.SmsUrl;
          if (form.SmsMethod) target.sms_method = form.SmsMethod;
          return json(200, view(target));
        }
        return json(404, { code: 20404, message: 'The requested resource was not found', status: 404 });
      }
      const match = MESSAGES.exec((req.url ?? '').split('?')[0] ?? '');
      if (req.method !== 'POST' || !match) return json(404, { code: 20404, message: 'The requested resource was not found', status: 404 });
      const form = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
      const call: TwilioCall = { accountSid: match[1] ?? '', authorization: req.headers.authorization, form, status: 201 };
      calls.push(call);
      const failure = failures.shift();
      if (failure) {
        call.status = failure.status;
        return json(failure.status, { code: failure.code ?? 20001, message: `fake says ${failure.status}`, more_info: `https://www.twilio.com/docs/errors/${failure.code ?? 20001}`, status: failure.status }, failure.headers);
      }
      counter += 1;
      call.sid = `SM${counter.toString(16).padStart(32, '0')}`;
      json(201, {
        sid: call.sid,
        account_sid: call.accountSid,
        to: form.To,
        from: form.From,
        body: form.Body,
        status: 'queued',
        num_segments: '1',
        direction: 'outbound-api',
        date_created: new Date().toUTCString(),
        uri: `/2010-04-01/Accounts/${call.accountSid}/Messages/${call.sid}.json`,
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    failures,
    accountAnswers,
    accountFetches: () => accountFetches,
    numbers,
    numberUpdates,
    sent: () => calls.filter((c): c is TwilioCall & { sid: string } => c.status === 201 && c.sid !== undefined),
    bodiesTo: (number) => calls.filter((c) => c.status === 201 && c.form.To === number).map((c) => c.form.Body ?? ''),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
