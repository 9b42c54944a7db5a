/**
 * Fits a reply into texts of at most `maxSegments` segments each: split between sentences (or
 * lines) where possible, else between words, and never inside a link. Every word is kept and
 * nothing is transliterated, so Welsh diacritics survive (at UCS-2 prices).
 */
import { segmentCount } from './gsm7';

/** One word and the whitespace that followed it in the original text. */
interface Token {
  word: string;
  gap: string;
}

const URL_LIKE = /^(?:[([<"']*)(?:https?:\/\/|www\.)/i;

/** Splits `text` into parts that each fit in `maxSegments` segments. */
export function fitToSegments(text: string, maxSegments: number): string[] {
  const trimmed = text.trim();
  if (!trimmed) return [];
  const fits = (candidate: string) => segmentCount(candidate) <= maxSegments;
  if (fits(trimmed)) return [trimmed];

  const parts: string[] = [];
  let current: Token[] = [];
  const join = (tokens: Token[]) => tokens.map((t, i) => (i === tokens.length - 1 ? t.word : t.word + t.gap)).join('');
  const flush = () => {
    if (current.length) parts.push(join(current));
    current = [];
  };

  for (const sentence of sentences(tokenize(trimmed))) {
    if (fits(join([...current, ...sentence]))) {
      current.push(...sentence);
      continue;
    }
    flush();
    if (fits(join(sentence))) {
      current = [...sentence];
      continue;
    }
    // A sentence longer than the budget: fill parts word by word.
    for (const token of sentence) {
      if (fits(join([...current, token]))) {
        current.push(token);
        continue;
      }
      flush();
      if (fits(token.word)) {
        current = [token];
        continue;
      }
      // A single word (or an absurdly long link) longer than a whole budget: cut it, as nothing else can fit it.
      const pieces = hardSplit(token.word, fits);
      parts.push(...pieces.slice(0, -1));
      current = [{ word: pieces.at(-1) ?? '', gap: token.gap }];
    }
  }
  flush();
  return parts;
}

/** Words with their following whitespace. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/(\S+)(\s*)/g)) tokens.push({ word: match[1] ?? '', gap: match[2] ?? '' });
  return tokens;
}

/** Groups tokens into sentences: a break after . ! ? (not inside a link) or at a line break. */
function sentences(tokens: Token[]): Token[][] {
  const groups: Token[][] = [];
  let group: Token[] = [];
  for (const token of tokens) {
    group.push(token);
    const endsSentence = /[.!?:]["')\]]*$/.test(token.word) && !URL_LIKE.test(token.word);
    if (endsSentence || token.gap.includes('\n')) {
      groups.push(group);
      group = [];
    }
  }
  if (group.length) groups.push(group);
  return groups;
}

/** Cuts one over-long word into pieces that fit, by code point (never inside a surrogate pair). */
function hardSplit(word: string, fits: (s: string) => boolean): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && !fits(piece + char)) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces;
}
