/**
 * Small text helpers shared by the rules: every matcher compares the same normalised form,
 * so "Didn’t", "didn't" and "DIDNT" are one word.
 */

/** Lowercase, fold curly quotes, drop apostrophes, turn other punctuation into spaces. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    // Apostrophes join a word ("didn't" → "didnt") rather than splitting it.
    .replace(/'/g, '')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Normalised words of a text. */
export function words(text: string): string[] {
  const n = normalise(text);
  return n === '' ? [] : n.split(' ');
}

/** True when `phrase` appears in `text` as whole words (both normalised first). */
export function hasPhrase(text: string, phrase: string): boolean {
  const t = ` ${normalise(text)} `;
  const p = normalise(phrase);
  return p !== '' && t.includes(` ${p} `);
}

/** Levenshtein distance, capped: stops early once the distance exceeds `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}

/** Fills `{name}` placeholders; unknown names are left as written so a gap is visible in tests. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
