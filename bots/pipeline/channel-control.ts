/**
 * What a turn does with a channel-level instruction (STOP, START, HELP, an abuse limit) and
 * with a picture: a fixed reply or none, and audit data without the citizen's words.
 */
import type { InboundControl, Locale } from '../../channels/types';
import { smsReplies } from '../../config/content/sms';
import { say } from '../text';

/** The fixed reply to a control message, or null when it gets none (opt-out, or the provider answered). */
export function controlReply(control: InboundControl, locale: Locale): string | null {
  switch (control.kind) {
    case 'opt-out':
      // Nothing more is sent after STOP: the channel refuses to send until START.
      return null;
    case 'opt-in':
      return control.answeredByProvider ? null : say(smsReplies.optedIn, locale);
    case 'help':
      return control.answeredByProvider ? null : say(smsReplies.help, locale);
    case 'limited':
      if (!control.notify) return null;
      return control.reason === 'rate' ? say(smsReplies.rateLimited, locale) : say(smsReplies.tooLong, locale, { max: control.maxChars ?? '' });
  }
}

/** The audit entry for a control message: its kind and flags, never the text. */
export function controlAuditData(control: InboundControl): Record<string, unknown> {
  return { ...control };
}

/** The honest answer to a picture the bot cannot look at. */
export function mediaReply(locale: Locale): string {
  return say(smsReplies.media, locale);
}
