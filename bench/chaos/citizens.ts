/**
 * Simulated citizens for the fault suite: each sends its script one text at a time, as a signed
 * Twilio webhook delivered 1–3 times (Twilio retrying, some copies at once, some a little
 * later), and waits for the replies it should get before sending the next, as a person would.
 */
import http from 'node:http';
import twilio from 'twilio';
import type { FakeReply } from '../fake-twilio-api';
import { BENCH_TWILIO, citizenNumber } from '../sms-traffic';
import type { Script } from './scripts';

/** One simulated citizen. */
export interface Citizen {
  index: number;
  number: string;
  script: Script;
}

/** Builds the citizens for the scripts. */
export function makeCitizens(scripts: Script[]): Citizen[] {
  return scripts.map((script, index) => ({ index, number: citizenNumber(index), script }));
}

/** The signed webhook params for citizen `c`'s text number `step`. */
export function inboundParams(c: Citizen, step: number): Record<string, string> {
  const sid = `SMc${String(c.index).padStart(6, '0')}s${String(step).padStart(3, '0')}`.padEnd(34, '0');
  return { MessageSid: sid, AccountSid: BENCH_TWILIO.accountSid, From: c.number, To: BENCH_TWILIO.fromNumber, Body: c.script.texts[step] ?? '', NumMedia: '0' };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 128 });

/** Posts one signed webhook to a service on `port`; resolves with the HTTP status (0 when the connection failed). */
export function postWebhook(port: number, params: Record<string, string>): Promise<number> {
  const body = new URLSearchParams(params).toString();
  const signature = twilio.getExpectedTwilioSignature(BENCH_TWILIO.authToken, `${BENCH_TWILIO.publicBaseUrl}/api/sms`, params);
  return new Promise((resolve) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: '/api/sms', method: 'POST', agent, headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body), 'x-twilio-signature': signature } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', () => resolve(0));
    req.end(body);
  });
}

/** How one text is delivered: how many copies, and how late each extra copy comes. */
export interface DeliveryPlan {
  /** 0 for a copy sent at the same moment as the first, else its delay in ms. */
  extraCopies: number[];
}

/** 1–3 deliveries of a text; extra copies come at once (half the time) or up to `maxDelayMs` later. */
export function planDelivery(random: () => number, maxDelayMs = 600): DeliveryPlan {
  const copies = 1 + Math.floor(random() * 3);
  return { extraCopies: Array.from({ length: copies - 1 }, () => (random() < 0.5 ? 0 : Math.round(20 + random() * maxDelayMs))) };
}

/** Counts of webhooks sent. */
export interface WebhookCounts {
  posted: number;
  /** Copies beyond the first. */
  duplicates: number;
  /** Copies whose connection failed (their worker had stopped) and were sent again elsewhere. */
  redirected: number;
  /** Answers other than 200, after any redirect. */
  refused: number;
}

/** Sends webhooks, keeping later copies in flight until `drain`. */
export class WebhookSender {
  readonly counts: WebhookCounts = { posted: 0, duplicates: 0, redirected: 0, refused: 0 };
  private readonly later: Promise<void>[] = [];

  /**
   * Delivers a text per its plan: the first copy and simultaneous copies are awaited, delayed
   * ones run on. `latePort` names the live worker: delayed copies go there, and so does a copy
   * whose connection failed, as Twilio retries a failed webhook.
   */
  async deliver(port: number, params: Record<string, string>, plan: DeliveryPlan, latePort: () => Promise<number> = async () => port): Promise<void> {
    const post = async (to: number, duplicate: boolean) => {
      this.counts.posted += 1;
      if (duplicate) this.counts.duplicates += 1;
      let status = await postWebhook(to, params);
      if (status === 0) {
        this.counts.redirected += 1;
        status = await postWebhook(await latePort(), params);
      }
      if (status !== 200) this.counts.refused += 1;
    };
    const now = plan.extraCopies.filter((delay) => delay === 0).map(() => post(port, true));
    for (const delay of plan.extraCopies.filter((d) => d > 0)) {
      this.later.push(new Promise<void>((resolve) => setTimeout(resolve, delay)).then(async () => post(await latePort(), true)));
    }
    await Promise.all([post(port, false), ...now]);
  }

  /** Waits for every delayed copy. */
  async drain(): Promise<void> {
    await Promise.all(this.later);
  }
}

/** Watches the fake's replies and wakes citizens waiting for theirs. */
export class ReplyWatcher {
  private readonly counts = new Map<string, number>();
  private seen = 0;
  private readonly waiters = new Set<{ to: string; count: number; resolve: (ok: boolean) => void; deadline: number }>();
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly replies: FakeReply[]) {
    this.timer = setInterval(() => this.poll(), 10);
  }

  /** Resolves true once `to` has had `count` replies, false after `timeoutMs`. */
  waitFor(to: string, count: number, timeoutMs: number): Promise<boolean> {
    if ((this.counts.get(to) ?? 0) >= count) return Promise.resolve(true);
    return new Promise((resolve) => this.waiters.add({ to, count, resolve, deadline: performance.now() + timeoutMs }));
  }

  /** Stops watching. */
  close(): void {
    clearInterval(this.timer);
    for (const waiter of this.waiters) waiter.resolve(false);
    this.waiters.clear();
  }

  private poll(): void {
    for (; this.seen < this.replies.length; this.seen++) {
      const to = this.replies[this.seen]?.to ?? '';
      this.counts.set(to, (this.counts.get(to) ?? 0) + 1);
    }
    const now = performance.now();
    for (const waiter of this.waiters) {
      const reached = (this.counts.get(waiter.to) ?? 0) >= waiter.count;
      if (reached || now > waiter.deadline) {
        this.waiters.delete(waiter);
        waiter.resolve(reached);
      }
    }
  }
}
