/**
 * The one message shape that crosses the channel boundary, the channel adapter interface,
 * and the address encode/decode pair. Nothing provider-specific lives outside channels/<name>/.
 */

/** Channels the service speaks on. "web" is the sandbox chat that stands in for a phone. */
export type ChannelName = 'sms' | 'teams' | 'web';

/** Every channel this build knows, for validation of stored addresses. */
export const CHANNEL_NAMES: readonly ChannelName[] = ['sms', 'teams', 'web'];

/** Where a conversation lives: a channel plus that channel's own id for the person. */
export interface Address {
  channel: ChannelName;
  /** The channel's id: an E.164 number for SMS, a conversation id for Teams, a session id for web. */
  id: string;
}

/** Raised when an address string cannot be decoded. */
export class AddressError extends Error {
  readonly code = 'ADDRESS_INVALID';
}

/** Encodes an address as `channel:id`, the string used as the store key. */
export function encodeAddress(address: Address): string {
  if (!address.id) throw new AddressError('An address needs an id.');
  return `${address.channel}:${address.id}`;
}

/** Decodes `channel:id` back into an address; the id may itself contain colons. */
export function decodeAddress(encoded: string): Address {
  const at = encoded.indexOf(':');
  const channel = encoded.slice(0, at) as ChannelName;
  const id = encoded.slice(at + 1);
  if (at <= 0 || !CHANNEL_NAMES.includes(channel) || !id) {
    throw new AddressError(`Not a valid address: "${encoded.slice(0, 40)}"`);
  }
  return { channel, id };
}

/** Something the person attached (a photo by MMS, a file in Teams). */
export interface Attachment {
  contentType: string;
  url?: string;
  name?: string;
}

/** A message from a citizen or member of staff, the same shape for every channel. */
export interface InboundMessage {
  /** The provider's own id for this message; the dedupe key together with the channel. */
  providerMessageId: string;
  channel: ChannelName;
  /** The encoded address of the conversation (see encodeAddress). */
  address: string;
  /** Who sent it, as the channel names them (a phone number, a user id). */
  sender: { id: string; name?: string };
  text: string;
  /** A choice the person clicked (a button value), when the channel has buttons. */
  choice?: string;
  attachments: Attachment[];
  /** The person's language, when the channel tells us (Teams locale, web toggle). */
  locale?: Locale;
  receivedAt: Date;
  /** The provider payload, kept for the adapter's own later use; never given to dialogs/. */
  raw?: unknown;
  /** Set by a channel when the message is recorded but must not start a bot turn (consent keywords, abuse limits). */
  control?: InboundControl;
}

/**
 * A channel-level instruction carried by an inbound message. The turn records the message and
 * answers with a fixed text (or nothing); the dialog engine never sees it.
 */
export type InboundControl =
  /** STOP / START / HELP. `answeredByProvider`: the provider already replied (Twilio Advanced Opt-Out). */
  | { kind: 'opt-out' | 'opt-in' | 'help'; answeredByProvider: boolean }
  /** Over a per-sender rate limit or the length cap; `notify` is true once per window. */
  | { kind: 'limited'; reason: 'rate' | 'length'; notify: boolean; maxChars?: number };

/** The languages the service speaks. Welsh is first-class, not a translation afterthought. */
export type Locale = 'en' | 'cy';

/** One button or numbered option offered to the person. */
export interface Choice {
  /** The value handed back to the engine when chosen. */
  value: string;
  /** The label shown to the person. */
  label: string;
}

/** A simple card: a title, lines of text and links. Channels without cards render it as text. */
export interface Card {
  title: string;
  lines: string[];
  links?: { label: string; url: string }[];
}

/** A message to send to a person, the same shape for every channel. */
export interface OutboundMessage {
  text: string;
  choices?: Choice[];
  card?: Card;
  /** Who is speaking, so channels can show "Sam (council team)" for an agent. */
  speaker?: { kind: 'bot' } | { kind: 'agent'; name: string } | { kind: 'system' };
}

/** What a channel's sender reports after handing a message to its provider. */
export interface SendReceipt {
  /** The provider's id for the sent message, used to match later status callbacks. */
  providerMessageId?: string;
  /** Every provider id when the channel sent the message in several parts (long SMS). */
  providerMessageIds?: string[];
}

/** Raised by a sender; `retryable` says whether the outbox should try again later. */
export class ChannelSendError extends Error {
  readonly code = 'CHANNEL_SEND_FAILED';
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly retryAfterMs?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Raised by a sender that must not send at all (the person opted out); the outbox marks the entry suppressed. */
export class ChannelSuppressedError extends ChannelSendError {
  readonly suppressed = true;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, false, undefined, options);
  }
}

/** Raised when a channel is asked for something it cannot do (for example, typing on SMS). */
export class ChannelUnsupportedError extends Error {
  readonly code = 'CHANNEL_UNSUPPORTED';
}

/**
 * Port: small per-conversation facts a channel keeps for itself, such as a Teams conversation
 * reference or the choices last offered by SMS (so a reply of "2" can be mapped back).
 * Keys are the channel's own; values are plain JSON.
 */
export interface ChannelMemory {
  get<T>(address: string, key: string): Promise<T | undefined>;
  set(address: string, key: string, value: unknown): Promise<void>;
}

/** How a channel wants a message scheduled. */
export interface ReceiveOptions {
  /** Wait this long after the conversation's latest message before its turn runs, so a burst becomes one turn (SMS). */
  holdMs?: number;
}

/** The narrow port a channel adapter gets from the service: hand over an inbound message. */
export interface InboundSink {
  /** Records the message durably (deduped) and schedules its turn; resolves once recorded. */
  receive(message: InboundMessage, options?: ReceiveOptions): Promise<{ duplicate: boolean }>;
}

/** Delivery states a provider reports after sending, in the order they happen. */
export type DeliveryStatus = 'queued' | 'sending' | 'sent' | 'delivered' | 'undelivered' | 'failed';

/** A provider's report on one message it sent for us (an SMS status callback). */
export interface DeliveryStatusUpdate {
  providerMessageId: string;
  status: DeliveryStatus;
  errorCode?: string;
  /** For an agent: what went wrong, in plain words. */
  detail?: string;
}

/** The narrow port a channel reports delivery statuses to. */
export interface DeliveryStatusSink {
  /** Records the status on the outbound message unless it would move it backwards; `applied` says whether it did. */
  record(update: DeliveryStatusUpdate): Promise<{ applied: boolean }>;
}

/** A channel adapter. Required: send and a name; optional extras use `?`. */
export interface ChannelAdapter {
  readonly channel: ChannelName;
  /** Delivers one outbound message to the address; throws ChannelSendError on failure. */
  send(address: Address, message: OutboundMessage, idempotencyKey: string): Promise<SendReceipt>;
  /** Shows a typing indicator where the channel has one. */
  typing?(address: Address): Promise<void>;
  /**
   * Looks at the provider for a message an earlier, uncertain attempt may have sent (a timeout
   * after the request went out), so the outbox does not send it twice. Channels whose provider
   * can be asked implement it; see bots/outbox/reconcile.ts.
   */
  findSent?(address: Address, message: OutboundMessage, idempotencyKey: string, search: SentSearch): Promise<SentSearchResult>;
}

/** Where and since when to look for a message an earlier attempt may have sent. */
export interface SentSearch {
  /** When the earliest uncertain attempt started. */
  since: Date;
  /** Provider ids already accounted for by other replies, so a reply with the same words is not mistaken for this one. */
  exclude: string[];
}

/** What the provider said about an uncertain send. */
export interface SentSearchResult {
  /** The receipt when the whole message is already with the provider; null when (the rest of) it must still be sent. */
  receipt: SendReceipt | null;
  /** How many messages (SMS parts) were found at the provider. */
  found: number;
}
