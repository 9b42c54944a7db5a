/**
 * SMS encodings and segment arithmetic. GSM-7 fits 160 characters in one segment (153 per part
 * when split); one character outside it (Welsh ŵ, ŷ, a curly quote) makes the whole message
 * UCS-2: 70 in one segment, 67 per part. GSM extension characters cost two septets.
 */

/** GSM 03.38 basic character set (without the escape character). */
const GSM_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);

/** GSM 03.38 extension table: each is sent as escape + character, so it costs two. */
const GSM_EXTENSION = new Set('^{}\\[~]|€\f');

/** How a message is encoded on the air. */
export type SmsEncoding = 'GSM-7' | 'UCS-2';

/** GSM-7 when every character is in the GSM alphabet, else UCS-2. */
export function encodingOf(text: string): SmsEncoding {
  for (const char of text) {
    if (!GSM_BASIC.has(char) && !GSM_EXTENSION.has(char)) return 'UCS-2';
  }
  return 'GSM-7';
}

/** The cost of one character in its encoding's units (septets or UTF-16 code units). */
function unitCost(char: string, encoding: SmsEncoding): number {
  if (encoding === 'UCS-2') return char.length;
  return GSM_EXTENSION.has(char) ? 2 : 1;
}

/** Units per segment: a lone segment, and each part of a concatenated message (the header takes the rest). */
const LIMITS: Record<SmsEncoding, { single: number; part: number }> = {
  'GSM-7': { single: 160, part: 153 },
  'UCS-2': { single: 70, part: 67 },
};

/**
 * How many segments the text takes. Packs characters greedily and never splits an escape
 * pair or a surrogate pair across segments, as handsets and Twilio do.
 */
export function segmentCount(text: string): number {
  if (text.length === 0) return 1;
  const encoding = encodingOf(text);
  const limits = LIMITS[encoding];
  let total = 0;
  for (const char of text) total += unitCost(char, encoding);
  if (total <= limits.single) return 1;
  let segments = 1;
  let used = 0;
  for (const char of text) {
    const cost = unitCost(char, encoding);
    if (used + cost > limits.part) {
      segments += 1;
      used = 0;
    }
    used += cost;
  }
  return segments;
}
