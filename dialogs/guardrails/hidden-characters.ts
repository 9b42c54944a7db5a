/**
 * Removes characters a person cannot see but a model reads: Unicode tag characters (a known
 * way to smuggle instructions), zero-width characters and bidirectional overrides.
 */

/** Tags (U+E0000–E007F), zero-width space/joiners, word joiner, BOM, soft hyphen, bidi controls. */
const HIDDEN = /[\u{E0000}-\u{E007F}\u200B-\u200F\u2060-\u2064\uFEFF\u00AD\u202A-\u202E\u2066-\u2069]/gu;

/** The text without hidden characters, and how many were removed. */
export function stripHiddenCharacters(text: string): { text: string; removed: number } {
  let removed = 0;
  const out = text.replace(HIDDEN, () => {
    removed++;
    return '';
  });
  return { text: out, removed };
}
