/**
 * What the SMS channel remembers per number, through the ChannelMemory port: consent (opted out
 * or in, and why), the choices last offered (so "2" maps back), and how far a long reply sent in
 * several parts got (so a retry never sends a part twice).
 */
import type { ChannelMemory, Choice } from '../types';

/** Where an opt-out or opt-in came from. */
export type ConsentSource = 'keyword' | 'twilio-advanced-opt-out' | 'twilio-21610';

/** The consent fact kept for a number. */
export interface SmsConsent {
  optedOut: boolean;
  at: string;
  source: ConsentSource;
  /** The latest STOP/START texts applied, so a provider's late retry of an old STOP cannot undo a later START. */
  keywordSids?: string[];
}

/** How many consent texts are remembered per number for that check. */
const KEYWORD_SIDS_KEPT = 20;

const CONSENT_KEY = 'sms.consent';
const CHOICES_KEY = 'sms.choices';
const partsKey = (idempotencyKey: string) => `sms.parts.${idempotencyKey}`;

/** Typed access to the SMS channel's facts. */
export class SmsMemory {
  constructor(
    private readonly memory: ChannelMemory,
    private readonly clock: () => Date,
  ) {}

  /** True when the number opted out and has not opted back in. */
  async isOptedOut(address: string): Promise<boolean> {
    return (await this.memory.get<SmsConsent>(address, CONSENT_KEY))?.optedOut === true;
  }

  /** Records an opt-out (true) or opt-in (false). */
  async setOptedOut(address: string, optedOut: boolean, source: ConsentSource): Promise<void> {
    const consent: SmsConsent = { optedOut, at: this.clock().toISOString(), source };
    await this.memory.set(address, CONSENT_KEY, consent);
  }

  /**
   * Records the opt-out or opt-in a STOP/START text asks for, unless that very text (by its
   * MessageSid) was applied before; returns whether it was applied.
   */
  async applyConsentKeyword(address: string, optedOut: boolean, source: ConsentSource, messageSid: string): Promise<boolean> {
    const current = await this.memory.get<SmsConsent>(address, CONSENT_KEY);
    if (current?.keywordSids?.includes(messageSid)) return false;
    const keywordSids = [...(current?.keywordSids ?? []), messageSid].slice(-KEYWORD_SIDS_KEPT);
    const consent: SmsConsent = { optedOut, at: this.clock().toISOString(), source, keywordSids };
    await this.memory.set(address, CONSENT_KEY, consent);
    return true;
  }

  /** The choices offered in the latest text, or null when it offered none. */
  async lastChoices(address: string): Promise<Choice[] | null> {
    return (await this.memory.get<Choice[] | null>(address, CHOICES_KEY)) ?? null;
  }

  /** Remembers the choices a text offers; a text without choices clears them, so old numbers stop meaning anything. */
  async offerChoices(address: string, choices: Choice[] | undefined): Promise<void> {
    await this.memory.set(address, CHOICES_KEY, choices?.length ? choices : null);
  }

  /** The provider ids of the parts of a long reply already sent. */
  async sentParts(address: string, idempotencyKey: string): Promise<string[]> {
    return (await this.memory.get<string[]>(address, partsKey(idempotencyKey))) ?? [];
  }

  /** Records the parts sent so far. */
  async recordParts(address: string, idempotencyKey: string, sids: string[]): Promise<void> {
    await this.memory.set(address, partsKey(idempotencyKey), sids);
  }
}
