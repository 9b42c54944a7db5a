/**
 * The one place Twilio failures become ChannelSendError, so the outbox knows whether to try
 * again and when, and the channel knows when a number has opted out.
 */
import { ChannelSendError, ChannelSuppressedError } from '../types';

/** Twilio error codes we act on. */
export const TWILIO_ERRORS = {
  /** The recipient replied STOP: Twilio refuses to send until they reply START. */
  optedOut: 21610,
  /** The To number is not a valid phone number. */
  invalidNumber: 21211,
  /** The To number cannot receive SMS (a landline, for example). */
  notMobile: 21614,
} as const;

/** Plain words for the delivery errors agents are most likely to see in status callbacks. */
const DELIVERY_ERRORS: Record<string, string> = {
  '21610': 'the citizen has opted out of texts (they replied STOP)',
  '30003': 'the phone is switched off or out of signal',
  '30004': 'the message was blocked by the phone or the network',
  '30005': 'the number is unknown or no longer in use',
  '30006': 'the number is a landline or cannot receive texts',
  '30007': 'the network filtered the message as spam',
  '30008': 'the network could not deliver it (unknown error)',
};

/** For an agent: why a text was not delivered. */
export function describeDeliveryError(status: string, errorCode?: string): string {
  const why = errorCode ? (DELIVERY_ERRORS[errorCode] ?? `Twilio error ${errorCode}`) : 'no reason given';
  return `A text to the citizen was ${status === 'undelivered' ? 'not delivered' : 'not sent'}: ${why}.`;
}

/** Translates whatever the Twilio SDK threw into a ChannelSendError. */
export function toChannelSendError(error: unknown, retryAfter?: string): ChannelSendError {
  if (error instanceof ChannelSendError) return error;
  const { status, code } = restFields(error);
  if (status === undefined) {
    // The request went out but no answer came back: Twilio may have taken the message.
    if (isAmbiguousNetworkError(error)) {
      return new TwilioUncertainSendError(`No answer from Twilio: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    // No HTTP status: Twilio could not be reached (DNS, refused). Try again later.
    return new ChannelSendError(`Twilio unreachable: ${error instanceof Error ? error.message : String(error)}`, true, undefined, { cause: error });
  }
  if (code === TWILIO_ERRORS.optedOut) return new ChannelSuppressedError('Twilio refused the text: the recipient has opted out (21610).', { cause: error });
  if (code === TWILIO_ERRORS.invalidNumber || code === TWILIO_ERRORS.notMobile) {
    return new ChannelSendError(`Twilio refused the text: the number cannot receive SMS (${code}).`, false, undefined, { cause: error });
  }
  // A gateway error or timeout in front of Twilio may come after the message was taken.
  if (status === 502 || status === 504) return new TwilioUncertainSendError(`Twilio answered HTTP ${status}${code ? ` (${code})` : ''}`, { cause: error });
  const retryable = status === 429 || status >= 500;
  const why = status === 429 ? 'throttled' : status === 401 || status === 403 ? 'not allowed (check TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN)' : `HTTP ${status}`;
  return new ChannelSendError(`Twilio refused the text: ${why}${code ? ` (${code})` : ''}`, retryable, retryable ? retryAfterMs(retryAfter) : undefined, { cause: error });
}

/**
 * A send whose outcome is unknown: the request may have reached Twilio (a timeout, a reset
 * connection, a gateway error). The outbox asks Twilio before sending again (see
 * bots/outbox/reconcile.ts), and waits a little first so a late acceptance shows up in the list.
 */
export class TwilioUncertainSendError extends ChannelSendError {
  readonly ambiguous = true;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, true, UNCERTAIN_RETRY_MS, options);
  }
}

/** How long after an uncertain send the outbox waits before looking at Twilio and sending again. */
export const UNCERTAIN_RETRY_MS = 2_000;

/** Network failures after which the request may have been received (as opposed to refused or unresolved). */
const AMBIGUOUS_NETWORK_CODES = new Set(['ECONNABORTED', 'ETIMEDOUT', 'ECONNRESET', 'EPIPE', 'ERR_SOCKET_CONNECTION_TIMEOUT', 'ESOCKETTIMEDOUT']);

function isAmbiguousNetworkError(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && AMBIGUOUS_NETWORK_CODES.has(code);
}

/** True when the error says the recipient opted out (Twilio 21610). */
export function isOptOutError(error: unknown): boolean {
  return restFields(error).code === TWILIO_ERRORS.optedOut;
}

function restFields(error: unknown): { status?: number; code?: number } {
  if (typeof error !== 'object' || error === null) return {};
  const e = error as { status?: unknown; code?: unknown };
  return {
    ...(typeof e.status === 'number' && e.status >= 100 ? { status: e.status } : {}),
    ...(typeof e.code === 'number' ? { code: e.code } : {}),
  };
}

/** Retry-After in seconds or as an HTTP date. */
function retryAfterMs(value: string | undefined): number | undefined {
  if (!value?.trim()) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
