/**
 * Parses Twilio's form-encoded webhooks into a tagged union: an incoming text, a delivery status
 * callback, or something we do not handle. Verification happens before this; dispatch after.
 */
import type { Attachment, DeliveryStatus } from '../types';

/** What a Twilio webhook carried. */
export type TwilioWebhook =
  | {
      kind: 'text';
      messageSid: string;
      from: string;
      to: string;
      body: string;
      media: Attachment[];
      /** Set by Twilio's Advanced Opt-Out when the text matched a keyword: STOP, START or HELP. */
      optOutType?: string;
    }
  | { kind: 'status'; messageSid: string; to: string; status: DeliveryStatus; errorCode?: string }
  | { kind: 'unsupported'; reason: string };

/** Form parameters as express.urlencoded gives them. */
export type TwilioParams = Record<string, unknown>;

const E164 = /^\+[1-9]\d{6,14}$/;

/** Twilio's message statuses mapped onto ours; receiving/received describe inbound messages and are ignored. */
const STATUSES: Record<string, DeliveryStatus> = {
  accepted: 'queued',
  scheduled: 'queued',
  queued: 'queued',
  sending: 'sending',
  sent: 'sent',
  delivered: 'delivered',
  read: 'delivered',
  undelivered: 'undelivered',
  failed: 'failed',
  canceled: 'failed',
};

/** Parses an inbound message webhook (POST /api/sms). */
export function parseInbound(params: TwilioParams): TwilioWebhook {
  const messageSid = str(params.MessageSid);
  const from = str(params.From);
  if (!messageSid) return { kind: 'unsupported', reason: 'no MessageSid' };
  if (!E164.test(from)) return { kind: 'unsupported', reason: 'sender is not a phone number' };
  const count = Math.min(Number(str(params.NumMedia)) || 0, 10);
  const media: Attachment[] = [];
  for (let i = 0; i < count; i++) {
    const url = str(params[`MediaUrl${i}`]);
    media.push({ contentType: str(params[`MediaContentType${i}`]) || 'application/octet-stream', ...(url ? { url } : {}) });
  }
  const optOutType = str(params.OptOutType);
  return { kind: 'text', messageSid, from, to: str(params.To), body: str(params.Body), media, ...(optOutType ? { optOutType } : {}) };
}

/** Parses a status callback (POST /api/sms/status). */
export function parseStatus(params: TwilioParams): TwilioWebhook {
  const messageSid = str(params.MessageSid) || str(params.SmsSid);
  const raw = str(params.MessageStatus) || str(params.SmsStatus);
  const status = STATUSES[raw.toLowerCase()];
  if (!messageSid) return { kind: 'unsupported', reason: 'no MessageSid' };
  if (!status) return { kind: 'unsupported', reason: `status ${raw || 'missing'}` };
  const errorCode = str(params.ErrorCode);
  return { kind: 'status', messageSid, to: str(params.To), status, ...(errorCode ? { errorCode } : {}) };
}

function str(value: unknown): string {
  // A fresh copy: the parser hands out slices of the raw body, and one kept slice (a message id
  // in a dedupe set, a text in the store) would keep the whole request body alive with it.
  return typeof value === 'string' ? Buffer.from(value, 'utf8').toString('utf8') : '';
}
