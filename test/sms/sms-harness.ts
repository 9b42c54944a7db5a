/**
 * The SMS test harness: the real service with the Twilio settings, the real SDK pointed at the
 * fake REST API, and webhook requests signed exactly the way Twilio signs them.
 */
import request from 'supertest';
import twilio from 'twilio';
import type { DialogEngine } from '../../bots/pipeline/engine-port';
import type { DialogState, TurnResult } from '../../dialogs/types';
import { testService, type TestService } from '../support/test-service';
import { startFakeTwilio, type FakeTwilio } from './fake-twilio';

export const ACCOUNT_SID = `AC${'1'.repeat(32)}`;
/** Shaped as Twilio issues them (32 hex characters), so production settings accept it too. */
export const AUTH_TOKEN = '0123456789abcdef0123456789abcdef';
export const PUBLIC_BASE_URL = 'https://switchboard.example.gov.uk';
export const COUNCIL_NUMBER = '+447700900000';
export const CITIZEN = '+447700900123';

/** A running harness. */
export interface SmsHarness {
  t: TestService;
  fake: FakeTwilio;
  engine: TestEngine;
  /** Posts a signed inbound text; returns the response. */
  text(body: string, extra?: Record<string, string>): Promise<request.Response>;
  /** Posts a signed status callback. */
  status(messageSid: string, status: string, extra?: Record<string, string>): Promise<request.Response>;
  /** Posts form params to a path with the given signature header (or none). */
  post(path: string, params: Record<string, string>, signature?: string | null): Promise<request.Response>;
  close(): Promise<void>;
}

let sidCounter = 0;

/** A fresh inbound MessageSid. */
export function nextMessageSid(): string {
  sidCounter += 1;
  return `SMin${sidCounter.toString(16).padStart(30, '0')}`;
}

/** Signs params for a path the way Twilio does: over PUBLIC_BASE_URL + path. */
export function sign(path: string, params: Record<string, string>): string {
  return twilio.getExpectedTwilioSignature(AUTH_TOKEN, `${PUBLIC_BASE_URL}${path}`, params);
}

/** Settings for a service with SMS on, sending to the fake Twilio at `fakeUrl`; `extra` adds or overrides. */
export function smsEnv(fakeUrl: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    PUBLIC_BASE_URL,
    TWILIO_ACCOUNT_SID: ACCOUNT_SID,
    TWILIO_AUTH_TOKEN: AUTH_TOKEN,
    TWILIO_FROM_NUMBER: COUNCIL_NUMBER,
    TWILIO_API_BASE_URL: fakeUrl,
    SMS_BURST_WINDOW_MS: '0',
    ...extra,
  };
}

/** Starts a harness. `env` adds or overrides settings (burst window, limits). */
export async function startSmsHarness(env: Record<string, string> = {}): Promise<SmsHarness> {
  const fake = await startFakeTwilio();
  const engine = testEngine();
  const t = await testService({ engine, env: smsEnv(fake.url, env) });
  const post = (path: string, params: Record<string, string>, signature: string | null = sign(path, params)) => {
    const req = request(t.service.app).post(path).type('form');
    if (signature !== null) req.set('X-Twilio-Signature', signature);
    return req.send(params);
  };
  return {
    t,
    fake,
    engine,
    post,
    text(body, extra = {}) {
      const params = { MessageSid: nextMessageSid(), AccountSid: ACCOUNT_SID, From: CITIZEN, To: COUNCIL_NUMBER, Body: body, NumMedia: '0', ...extra };
      return post('/api/sms', params);
    },
    status(messageSid, status, extra = {}) {
      const params = { MessageSid: messageSid, MessageStatus: status, AccountSid: ACCOUNT_SID, From: COUNCIL_NUMBER, To: CITIZEN, ...extra };
      return post('/api/sms/status', params);
    },
    async close() {
      await t.service.stop();
      await fake.close();
    },
  };
}

/** A test engine: "menu" offers choices, a choice is named back, "person" hands off, "long" says a lot, else it echoes. */
export interface TestEngine extends DialogEngine {
  calls: { text: string; choice?: string }[];
}

/** Creates the test engine. */
export function testEngine(): TestEngine {
  const calls: { text: string; choice?: string }[] = [];
  const initialState = (audience: DialogState['audience'] = 'public', locale: DialogState['locale'] = 'en'): DialogState => ({
    v: 1, locale, audience, form: null, offer: null, unsureCount: 0, crisis: false,
  });
  const reply = (state: DialogState, text: string, extra: Partial<TurnResult['replies'][number]> = {}): TurnResult => ({
    outcome: { status: 'idle' }, state, replies: [{ text, ...extra }], decision: { rule: 'test', guardrails: [] },
  });
  return {
    calls,
    initialState,
    async turn(state, input): Promise<TurnResult> {
      calls.push({ text: input.text, ...(input.choice ? { choice: input.choice } : {}) });
      const base = state ?? initialState();
      if (input.choice) return reply(base, `picked: ${input.choice}`);
      if (input.text === 'menu') {
        return reply(base, 'What is it about?', { choices: [{ value: 'topic:bins', label: 'Bins' }, { value: 'topic:tax', label: 'Council tax' }, { value: 'topic:badge', label: 'Blue Badge' }] });
      }
      if (input.text === 'person') {
        return { outcome: { status: 'handoff', reason: 'requested', priority: 'normal', summary: 'Asked for a person.' }, state: base, replies: [{ text: 'Passing you to a person.' }], decision: { rule: 'test:person', guardrails: [] } };
      }
      if (input.text === 'long') return reply(base, LONG_WELSH);
      return reply(base, `echo: ${input.text}`);
    },
  };
}

/** A Welsh answer of about 600 characters with a link: UCS-2 (ŵ), so it needs more than 3 segments. */
export const LONG_WELSH = [
  'Mae casgliadau gwastraff bwyd yn digwydd bob wythnos ar yr un diwrnod â’ch biniau eraill.',
  'Rhowch eich cadi allan erbyn 7 y bore, gyda’r caead ar gau, ar ymyl y palmant.',
  'Os oes gennych chi lawer o wastraff gardd, gallwch chi archebu bin brown ychwanegol am dâl bach bob blwyddyn.',
  'Mae’r ganolfan ailgylchu ar agor bob dydd heblaw Dydd Nadolig, ac mae angen i chi archebu slot ar-lein yn gyntaf.',
  'Cewch chi wybod mwy am bŵer, dŵr a gwastraff yma: https://www.example.gov.uk/cy/biniau-ac-ailgylchu/casgliadau-gwastraff-bwyd?ffynhonnell=sms',
  'Diolch am gysylltu â ni heddiw.',
].join(' ');
