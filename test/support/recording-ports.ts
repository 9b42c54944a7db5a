/** Test doubles at the ports (not SDK mocks): a channel sender and a desk that record what they get. */
import type { DeskEvent, DeskPort } from '../../channels/desk-types';
import { ChannelSendError, type Address, type ChannelAdapter, type ChannelName, type OutboundMessage } from '../../channels/types';

/** One delivery the recording channel received. */
export interface Delivery {
  address: Address;
  message: OutboundMessage;
  idempotencyKey: string;
}

/** A channel sender that records each delivery; `failNext` makes the next sends fail. */
export interface RecordingChannel extends ChannelAdapter {
  deliveries: Delivery[];
  failures: { retryable: boolean; retryAfterMs?: number }[];
  /** Deliveries to one address, texts only. */
  textsTo(addressId: string): string[];
}

/** Creates a recording channel for the given channel name. */
export function recordingChannel(channel: ChannelName = 'web'): RecordingChannel {
  const deliveries: Delivery[] = [];
  const failures: { retryable: boolean; retryAfterMs?: number }[] = [];
  return {
    channel,
    deliveries,
    failures,
    async send(address, message, idempotencyKey) {
      const failure = failures.shift();
      if (failure) throw new ChannelSendError('provider said no', failure.retryable, failure.retryAfterMs);
      deliveries.push({ address, message, idempotencyKey });
      return { providerMessageId: `sent-${deliveries.length}` };
    },
    textsTo(addressId) {
      return deliveries.filter((d) => d.address.id === addressId).map((d) => d.message.text);
    },
  };
}

/** A desk that records every event. */
export function recordingDesk(): DeskPort & { events: DeskEvent[] } {
  const events: DeskEvent[] = [];
  return {
    events,
    async deliver(event) {
      events.push(event);
    },
  };
}
