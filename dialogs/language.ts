/**
 * Guesses whether a message is written in Welsh, from common function words and everyday
 * council words. It only has to be sure, not clever: an unclear message changes nothing.
 */
import { words } from './text';

const WELSH_WORDS = new Set([
  'mae', 'yw', 'ydy', 'ydw', 'dwi', 'dw', 'fy', 'eich', 'ein', 'yr', 'ac', 'gyda', 'efo', 'ddim', 'wedi', 'heb',
  'beth', 'pryd', 'sut', 'faint', 'ble', 'pam', 'yn', 'oes', 'diolch', 'shwmae', 'helo', 'bore', 'da', 'hoffwn',
  'eisiau', 'isio', 'angen', 'treth', 'cyngor', 'casglu', 'biniau', 'ailgylchu', 'sbwriel', 'cod', 'bathodyn',
  'glas', 'cais', 'heddiw', 'ddoe', 'dydd', 'gwastraff', 'llyfrgell', 'talu', 'arnaf', 'arna', 'mlaen', 'gen',
  'gennyf', 'nad', 'na', 'nid', 'roedd', 'oedd', 'fy', 'nghyngor', 'nghais', 'bin', 'y', 'i', 'ar', 'chi', 'ti',
]);
/** Words that are as English as they are Welsh do not count for Welsh. */
const SHARED = new Set(['bin', 'i', 'y']);
const ENGLISH_WORDS = new Set([
  'the', 'my', 'is', 'was', 'what', 'how', 'when', 'to', 'a', 'and', 'of', 'it', 'on', 'for', 'did', 'not', 'didnt',
  'do', 'please', 'council', 'tax', 'want', 'need', 'can', 'you', 'your', 'where', 'bins', 'collected', 'wasnt',
  'hasnt', 'has', 'have', 'been', 'wot', 'owe', 'pay', 'with', 'about', 'this', 'that', 'me', 'are', 'is',
]);

/** True when a message is clearly Welsh (two or more Welsh words and more Welsh than English). */
export function looksWelsh(text: string): boolean {
  const ws = words(text);
  const welsh = ws.filter((w) => WELSH_WORDS.has(w) && !SHARED.has(w)).length;
  const english = ws.filter((w) => ENGLISH_WORDS.has(w)).length;
  // One distinctive greeting is enough; otherwise want two Welsh words to be sure.
  if (ws.length === 1 && ['shwmae', 'helo', 'diolch', 'shwmai', 'smae'].includes(ws[0] ?? '')) return true;
  return welsh >= 2 && welsh > english;
}
