/**
 * Turns text into comparable terms for retrieval and matching: normalised words, common
 * text-speak respelt, stop words (English and Welsh) dropped, and a light suffix stem.
 */
import { words } from './text';

const STOP = new Set([
  // English
  'a', 'an', 'the', 'i', 'im', 'me', 'my', 'mine', 'we', 'our', 'you', 'your', 'it', 'its', 'is', 'are', 'was', 'were', 'be', 'been',
  'am', 'to', 'of', 'in', 'on', 'at', 'for', 'by', 'with', 'and', 'or', 'but', 'so', 'if', 'this', 'that', 'there', 'do', 'does',
  'can', 'could', 'would', 'will', 'please', 'just', 'get', 'got', 'some', 'any', 'from', 'up', 'about', 'they', 'them', 'he',
  'she', 'what', 'whats', 'which', 'who', 'hi', 'hello', 'thanks', 'thank', 'ok', 'as', 'have', 'has', 'had', 'want', 'need',
  'know', 'tell', 'like', 'yet', 'again', 'still', 'id', 'ive', 'should', 'much', 'how', 'where', 'ble',
  // Welsh
  'y', 'yr', 'r', 'a', 'ac', 'ar', 'am', 'i', 'o', 'yn', 'fy', 'fy', 'eich', 'ein', 'mae', 'yw', 'ydy', 'ydw', 'dwi', 'dw', 'wedi',
  'sydd', 'beth', 'gyda', 'efo', 'hi', 'fe', 'ef', 'nhw', 'chi', 'ti', 'os', 'gwelwch', 'dda', 'plis', 'diolch', 'yma', 'hyn',
  'hynny', 'oes', 'wrth', 'gan', 'ei', 'eu', 'sut', 'faint', 'gallaf', 'alla', 'hoffwn', 'eisiau', 'isio', 'angen', 'cael',
]);

/** Text-speak and frequent misspellings, mapped to the word the content uses. */
const RESPELL: Record<string, string> = {
  wot: 'what', wat: 'what', u: 'you', ur: 'your', pls: 'please', plz: 'please', cos: 'because', coz: 'because',
  didnt: 'not', wasnt: 'not', hasnt: 'not', havent: 'not', dont: 'not', doesnt: 'not', isnt: 'not', werent: 'not',
  never: 'not', didn: 'not', cant: 'not', wont: 'not', ddim: 'not', heb: 'not', ni: 'not', chafodd: 'not',
  collectd: 'collected', colected: 'collected', recyling: 'recycling', reycling: 'recycling', counsil: 'council',
  councel: 'council', tax: 'tax', bagde: 'badge', badg: 'badge', bins: 'bin', binz: 'bin', emptyed: 'emptied',
};

/** A light English stem: enough that "collected", "collection" and "collect" meet. */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  for (const suffix of ['ations', 'ation', 'ments', 'ment', 'ions', 'ion', 'ing', 'ies', 'ied', 'ers', 'er', 'ed', 'es', 'ly', 's']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      return suffix === 'ies' || suffix === 'ied' ? `${word.slice(0, -3)}y` : word.slice(0, -suffix.length);
    }
  }
  return word;
}

/** Terms of a text: respelt, stop words dropped, stemmed. Order kept; duplicates kept. */
export function terms(text: string): string[] {
  return words(text)
    .map((w) => RESPELL[w] ?? w)
    .filter((w) => !STOP.has(w))
    .map(stem);
}
