/**
 * The SMS channel through Twilio. Inbound: POST /api/sms (verify the signature → parse → hand to
 * the pipeline → empty TwiML at once; the turn runs after the ack and replies go out through the
 * REST API from the outbox). Status callbacks: POST /api/sms/status. Outbound: messages.create
 * with a status callback, fitted to the segment budget.
 */
import express, { type Request, type Response, type Router } from 'express';
import twilio from 'twilio';
import {
  ChannelSuppressedError,
  encodeAddress,
  type Address,
  type ChannelAdapter,
  type ChannelMemory,
  type DeliveryStatusSink,
  type InboundControl,
  type InboundMessage,
  type InboundSink,
  type OutboundMessage,
  type SendReceipt,
} from '../types';
import { createAbuseLimits, type AbuseLimitSettings } from './abuse-limits';
import { findSentParts } from './find-sent';
import { fitToSegments } from './fit-segments';
import { consentKeyword } from './keywords';
import { parseInbound, parseStatus, type TwilioParams } from './parse-webhook';
import { pickedNumber, renderSms } from './render-sms';
import { SmsMemory } from './sms-memory';
import { createTwilioClient, withResponseNotes } from './twilio-client';
import { describeDeliveryError, isOptOutError, toChannelSendError, TWILIO_ERRORS } from './twilio-errors';

/** Where the SMS router is mounted; the status callback URL is built from it. */
export const SMS_PATH = '/api/sms';

/** The logger the channel needs. */
export interface SmsLogger {
  debug(message: string, meta?: Record<string, unknown>): void;
  info(message: string, meta?: Record<string, unknown>): void;
  warn(message: string, meta?: Record<string, unknown>): void;
  error(message: string, meta?: Record<string, unknown>): void;
}

/** What the SMS channel is built from. */
export interface SmsChannelOptions {
  twilio: { accountSid: string; authToken: string; fromNumber: string; apiBaseUrl?: string; timeoutMs?: number };
  /** The public URL Twilio calls; signatures are computed over it, not over what the proxy forwards. */
  publicBaseUrl: string;
  sms: AbuseLimitSettings & { maxSegments: number; burstWindowMs: number };
  sink: InboundSink;
  memory: ChannelMemory;
  statusSink: DeliveryStatusSink;
  logger: SmsLogger;
  bodyLimit: string;
  clock?: () => Date;
}

/** The router for /api/sms and the sender the outbox delivers through. */
export interface SmsChannel {
  router: Router;
  /** Also looks at Twilio for a text an uncertain attempt may have sent (`findSent`, see bots/outbox/reconcile.ts). */
  adapter: ChannelAdapter & Required<Pick<ChannelAdapter, 'findSent'>>;
  /** Checks the account and token with Twilio (fetches the account); rejects with Twilio's error. */
  verify(): Promise<void>;
}

const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>';

/** Creates the SMS channel. */
export function createSmsChannel(options: SmsChannelOptions): SmsChannel {
  const { sink, statusSink, logger } = options;
  const clock = options.clock ?? (() => new Date());
  const memory = new SmsMemory(options.memory, clock);
  const limits = createAbuseLimits(options.sms);
  const client = createTwilioClient(options.twilio);
  const baseUrl = options.publicBaseUrl.replace(/\/+$/, '');
  const statusCallback = `${baseUrl}${SMS_PATH}/status`;
  const counted = new RecentIds(10_000);

  /** Verify: missing signature 400, wrong one 403; nothing is processed either way. */
  const verified = (req: Request, res: Response): boolean => {
    const signature = req.header('x-twilio-signature');
    if (!signature) {
      res.status(400).json({ error: { code: 'SIGNATURE_MISSING', message: 'X-Twilio-Signature is required.' } });
      return false;
    }
    const params = (req.body ?? {}) as TwilioParams;
    if (!twilio.validateRequest(options.twilio.authToken, signature, baseUrl + req.originalUrl, params)) {
      logger.warn('SMS webhook with a bad signature; refused', { path: req.path });
      res.status(403).json({ error: { code: 'SIGNATURE_INVALID', message: 'The signature does not match.' } });
      return false;
    }
    return true;
  };

  const receiveText = async (params: TwilioParams): Promise<void> => {
    const parsed = parseInbound(params);
    if (parsed.kind !== 'text') {
      logger.info('SMS webhook ignored', { reason: parsed.kind === 'unsupported' ? parsed.reason : parsed.kind });
      return;
    }
    if (!parsed.body.trim() && parsed.media.length === 0) {
      logger.info('SMS webhook ignored', { reason: 'empty message' });
      return;
    }
    const address = encodeAddress({ channel: 'sms', id: parsed.from });
    let control: InboundControl | undefined;
    let choice: string | undefined;
    const consent = consentKeyword(parsed.body, parsed.optOutType);
    if (consent) {
      control = { kind: consent.keyword, answeredByProvider: consent.answeredByProvider };
      // Recorded before the turn, so replies still waiting in the outbox are held back at once.
      // A retry of an old STOP arriving after a later START must not opt the person out again.
      if (consent.keyword !== 'help') await memory.applyConsentKeyword(address, consent.keyword === 'opt-out', consent.answeredByProvider ? 'twilio-advanced-opt-out' : 'keyword', parsed.messageSid);
    } else if (counted.add(parsed.messageSid)) {
      // Twilio's retries of one message count once against the rate limit.
      control = (await limits.check(parsed.from, parsed.body)) ?? undefined;
    }
    if (!control) {
      const n = pickedNumber(parsed.body);
      const offered = n ? await memory.lastChoices(address) : null;
      choice = n && offered ? offered[n - 1]?.value : undefined;
    }
    const message: InboundMessage = {
      providerMessageId: parsed.messageSid,
      channel: 'sms',
      address,
      sender: { id: parsed.from },
      text: parsed.body,
      ...(choice ? { choice } : {}),
      attachments: parsed.media,
      receivedAt: clock(),
      ...(control ? { control } : {}),
    };
    // A burst of texts becomes one turn; keywords and limits are answered without waiting.
    const { duplicate } = await sink.receive(message, control ? {} : { holdMs: options.sms.burstWindowMs });
    if (duplicate) logger.info('SMS already received; not processed again');
  };

  const receiveStatus = async (params: TwilioParams): Promise<void> => {
    const parsed = parseStatus(params);
    if (parsed.kind !== 'status') {
      logger.debug('SMS status callback ignored', { reason: parsed.kind === 'unsupported' ? parsed.reason : parsed.kind });
      return;
    }
    if (parsed.errorCode === String(TWILIO_ERRORS.optedOut) && parsed.to) {
      await memory.setOptedOut(encodeAddress({ channel: 'sms', id: parsed.to }), true, 'twilio-21610');
    }
    const failed = parsed.status === 'undelivered' || parsed.status === 'failed';
    await statusSink.record({
      providerMessageId: parsed.messageSid,
      status: parsed.status,
      ...(parsed.errorCode ? { errorCode: parsed.errorCode } : {}),
      ...(failed ? { detail: describeDeliveryError(parsed.status, parsed.errorCode) } : {}),
    });
  };

  const router = express.Router();
  router.use(express.urlencoded({ extended: false, limit: options.bodyLimit }));
  router.post('/', async (req, res) => {
    if (!verified(req, res)) return;
    await receiveText(req.body as TwilioParams);
    res.type('text/xml').send(EMPTY_TWIML);
  });
  router.post('/status', async (req, res) => {
    if (!verified(req, res)) return;
    await receiveStatus(req.body as TwilioParams);
    res.type('text/xml').send(EMPTY_TWIML);
  });

  const adapter: SmsChannel['adapter'] = {
    channel: 'sms',
    async send(address: Address, message: OutboundMessage, idempotencyKey: string): Promise<SendReceipt> {
      const encoded = encodeAddress(address);
      if (await memory.isOptedOut(encoded)) {
        throw new ChannelSuppressedError('The person opted out of texts (STOP); nothing is sent until they text START.');
      }
      await memory.offerChoices(encoded, message.choices);
      const parts = fitToSegments(renderSms(message), options.sms.maxSegments);
      const sids = parts.length > 1 ? await memory.sentParts(encoded, idempotencyKey) : [];
      for (let i = sids.length; i < parts.length; i++) {
        const outcome = await withResponseNotes(() => client.messages.create({ to: address.id, from: options.twilio.fromNumber, body: parts[i] ?? '', statusCallback }));
        if ('error' in outcome) {
          if (isOptOutError(outcome.error)) await memory.setOptedOut(encoded, true, 'twilio-21610');
          throw toChannelSendError(outcome.error, outcome.notes.retryAfter);
        }
        sids.push(outcome.result.sid);
        if (parts.length > 1) await memory.recordParts(encoded, idempotencyKey, sids);
      }
      return sids[0] ? { providerMessageId: sids[0], providerMessageIds: sids } : {};
    },
    async findSent(address, message, idempotencyKey, search) {
      const encoded = encodeAddress(address);
      const parts = fitToSegments(renderSms(message), options.sms.maxSegments);
      const knownSids = parts.length > 1 ? await memory.sentParts(encoded, idempotencyKey) : [];
      const sids = await findSentParts(client, { to: address.id, from: options.twilio.fromNumber, parts, knownSids, since: search.since, exclude: search.exclude });
      const found = sids.length - knownSids.length;
      if (found > 0 && parts.length > 1) await memory.recordParts(encoded, idempotencyKey, sids);
      if (sids.length < parts.length) return { receipt: null, found };
      // The person may answer with a number: the choices are those of this text, as if it had just been sent.
      await memory.offerChoices(encoded, message.choices);
      return { receipt: { providerMessageId: sids[0], providerMessageIds: sids }, found };
    },
  };
  const verify = async () => {
    await client.api.v2010.accounts(options.twilio.accountSid).fetch();
  };
  return { router, adapter, verify };
}

/** Remembers the latest message ids seen, up to a bound; `add` says whether the id is new. */
class RecentIds {
  private readonly ids = new Set<string>();
  constructor(private readonly max: number) {}

  add(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    // Sets iterate in insertion order: drop the oldest.
    if (this.ids.size > this.max) this.ids.delete(this.ids.values().next().value as string);
    return true;
  }
}
