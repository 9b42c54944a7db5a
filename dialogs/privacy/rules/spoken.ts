/**
 * Numbers read out in words, as people dictate them into a chat: "oh seven seven double oh,
 * nine double oh, three four two", "j e six two four four one nine b". Each word is one digit
 * ("double" and "treble" two and three), so a long run of them is someone's number whatever it is.
 */
import { near, type Rule } from './rule';

/** One digit said aloud, English or Welsh, or typed as a figure among the words. */
const DIGIT = '(?:zero|oh|o|nought|nil|one|two|three|four|five|six|seven|eight|nine|dim|un|dau|dwy|tri|tair|pedwar|pedair|pump|chwech|saith|wyth|naw|\\d)';
/** A digit word, doubled or trebled as people say repeated digits. */
const SAID = `(?:(?:double|treble|triple|dwbl)\\s+)?${DIGIT}`;
/** Words between the digits: spaces, commas, dashes, "then". */
const BETWEEN = '(?:\\s*[,-]\\s*|\\s+)(?:then\\s+|and\\s+)?';
const NI_WORDS = /\b(?:ni|nino|national insurance|yswiriant gwladol)\b/i;

/** How many digits the words say: a word is one, a figure its length; "double" adds one more, "treble" two. */
function digitCount(said: string): number {
  const words = said.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== '' && w !== 'then' && w !== 'and');
  const extra = (w: string): number => (w === 'double' || w === 'dwbl' ? 1 : w === 'treble' || w === 'triple' ? 2 : /^\d+$/.test(w) ? w.length : 1);
  return words.reduce((n, w) => n + extra(w), 0);
}

/** Dictated numbers: an NI number spelt out after its words, and any run of nine or more digits said aloud. */
export const SPOKEN_NUMBER_RULES: readonly Rule[] = [
  {
    // Two letters, six digits said, a letter: the NI shape, only where the words name it.
    kind: 'ni',
    pattern: new RegExp(`(?<![\\p{L}\\d])\\p{L}[ .-]?\\p{L}${BETWEEN}${SAID}(?:${BETWEEN}${SAID}){2,7}(?:${BETWEEN}[a-d])?(?![\\p{L}\\d])`, 'giu'),
    valid: (m, around) => digitCount(m.replace(/^\p{L}[ .-]?\p{L}\s+/u, '').replace(/\s+[a-d]$/i, '')) === 6 && near(NI_WORDS, around, 40, 0),
  },
  {
    kind: 'long-number',
    pattern: new RegExp(`(?<![\\p{L}\\d])${SAID}(?:${BETWEEN}${SAID}){4,}(?![\\p{L}\\d])`, 'giu'),
    valid: (m) => digitCount(m) >= 9 && /[a-z]/i.test(m),
  },
];
