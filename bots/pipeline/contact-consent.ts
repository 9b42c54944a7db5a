/**
 * Port: may the service send an unprompted message (the feedback question) to an address?
 * The pipeline and the desk ask this, never the SMS channel itself, so dialogs/ and the turn
 * code stay free of channel details. Consent is the SMS channel's fact in the channel memory.
 */
import type { ChannelMemory } from '../../channels/types';
import { SmsMemory } from '../../channels/sms/sms-memory';

/** Whether an address may be sent a message the person did not ask for. */
export interface ContactConsent {
  mayAsk(address: string): Promise<boolean>;
}

/** Everyone may be asked: the default where no channel keeps consent (tests, the sandbox without SMS). */
export const anyoneMayBeAsked: ContactConsent = { mayAsk: async () => true };

/** Consent from the channel memory: an SMS number that texted STOP (or that Twilio reports opted out) is never asked. */
export function channelMemoryConsent(memory: ChannelMemory, clock: () => Date): ContactConsent {
  const sms = new SmsMemory(memory, clock);
  return {
    async mayAsk(address: string): Promise<boolean> {
      if (!address.startsWith('sms:')) return true;
      return !(await sms.isOptedOut(address));
    },
  };
}
