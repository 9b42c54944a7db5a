/**
 * By text message a lone STOP, CANCEL, QUIT or END opts the person out of every text (carriers
 * and Twilio enforce it). The bot's own help must never tell them to send one of those.
 */
import { replies } from '../../config/content/replies';
import { consentKeyword } from '../../channels/sms/keywords';

describe('the help text, read by text message', () => {
  it.each(['en', 'cy'] as const)('suggests no word that would opt the person out of texts (%s)', (locale) => {
    const suggested = [...replies.help[locale].matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
    expect(suggested.length).toBeGreaterThanOrEqual(3);
    for (const word of suggested) expect(consentKeyword(word)).toBeNull();
  });
});
