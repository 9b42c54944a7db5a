/**
 * SMS segment arithmetic and fitting: exact counts at the GSM-7 and UCS-2 boundaries, and
 * property tests over random text with Welsh letters, GSM extension characters and links.
 */
import fc from 'fast-check';
import { fitToSegments } from '../../channels/sms/fit-segments';
import { encodingOf, segmentCount } from '../../channels/sms/gsm7';

describe('segmentCount', () => {
  it('fits 160 GSM-7 characters in one segment and 153 per part after that', () => {
    expect(segmentCount('a'.repeat(160))).toBe(1);
    expect(segmentCount('a'.repeat(161))).toBe(2);
    expect(segmentCount('a'.repeat(306))).toBe(2);
    expect(segmentCount('a'.repeat(307))).toBe(3);
  });

  it('counts GSM extension characters as two, and never splits one across segments', () => {
    expect(encodingOf('{[€]}')).toBe('GSM-7');
    expect(segmentCount('€'.repeat(80))).toBe(1);
    expect(segmentCount('€'.repeat(81))).toBe(2);
    // 152 plain + one € (2 septets) cannot share the first 153-septet part.
    expect(segmentCount(`${'a'.repeat(152)}€${'a'.repeat(10)}`)).toBe(2);
    expect(segmentCount(`${'a'.repeat(152)}€${'a'.repeat(153)}`)).toBe(3);
  });

  it('makes the whole message UCS-2 for one Welsh ŵ: 70 in one segment, 67 per part', () => {
    const english = 'a'.repeat(69);
    expect(encodingOf(english)).toBe('GSM-7');
    expect(encodingOf(`${english}ŵ`)).toBe('UCS-2');
    expect(segmentCount(`${english}ŵ`)).toBe(1);
    expect(segmentCount(`${english}ŵa`)).toBe(2);
    expect(segmentCount(`${'a'.repeat(140)}ŷ`)).toBe(3);
    // é, à and ö are in the GSM alphabet; â and ô are not.
    expect(encodingOf('café à Köln')).toBe('GSM-7');
    expect(encodingOf('tân a môr')).toBe('UCS-2');
  });
});

/** Words drawn from English, Welsh (with diacritics), GSM extension characters, emoji and links. */
const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('bin', 'council', 'tax', 'collected', 'Thursday', 'Blue', 'Badge', 'the', 'a', 'payment', '£25.00', 'CF10', '1AA') },
  { weight: 4, arbitrary: fc.constantFrom('dŵr', 'tŷ', 'bŵer', 'tân', 'môr', 'ffôn', 'Gymraeg', 'biniau', 'ailgylchu', 'â', 'ŵyn', 'ŷd', 'Dydd', 'Sul') },
  { weight: 2, arbitrary: fc.constantFrom('{ref}', '[1]', 'a|b', '~', '^', '€5', 'back\\slash') },
  { weight: 1, arbitrary: fc.constantFrom('😀', 'naïve', '“quoted”') },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z]{1,25}$/) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom('https://www.example.gov.uk/', 'http://example.org/', 'www.cardiff.gov.uk/'),
        fc.integer({ min: 0, max: 110 }).chain((n) => fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789/_-.'), minLength: n, maxLength: n })),
        fc.constantFrom('', '?a=1&b=ŵ', '#top'),
      )
      .map(([base, path, query]) => base + path + query),
  },
);
const punctuation = fc.constantFrom('', '', '', '.', ',', '!', '?', ':');
const gap = fc.constantFrom(' ', ' ', ' ', ' ', '\n', '\n\n', '  ');
const text = fc
  .array(fc.tuple(word, punctuation, gap), { minLength: 1, maxLength: 180 })
  .map((tokens) => tokens.map(([w, p, g]) => w + p + g).join('').trim());
const budget = fc.integer({ min: 1, max: 4 });
const urlsIn = (s: string) => s.split(/\s+/).filter((w) => /^(https?:\/\/|www\.)/.test(w));

describe('fitToSegments (property tests)', () => {
  it('every part fits its segment budget', () => {
    fc.assert(
      fc.property(text, budget, (t, max) => {
        for (const part of fitToSegments(t, max)) expect(segmentCount(part)).toBeLessThanOrEqual(max);
      }),
      { numRuns: 300 },
    );
  });

  it('the parts together hold every word, in order (nothing stripped or transliterated)', () => {
    fc.assert(
      fc.property(text, budget, (t, max) => {
        const parts = fitToSegments(t, max);
        // Every character survives, in order, whatever had to be cut.
        expect(parts.join('').replace(/\s+/g, '')).toBe(t.replace(/\s+/g, ''));
        // And when every word fits the budget on its own, no word is cut at all.
        if (t.split(/\s+/).every((w) => segmentCount(w) <= max)) expect(parts.join(' ').split(/\s+/)).toEqual(t.split(/\s+/));
      }),
      { numRuns: 300 },
    );
  });

  it('every link that fits the budget on its own arrives whole inside one part', () => {
    fc.assert(
      fc.property(text, budget, (t, max) => {
        const parts = fitToSegments(t, max);
        // A link longer than a whole budget (over 134 characters at 2 segments) cannot arrive whole by any split.
        for (const url of urlsIn(t).filter((u) => segmentCount(u) <= max)) expect(parts.some((part) => part.split(/\s+/).includes(url))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('a reply that fits is sent as it is, in one part', () => {
    fc.assert(
      fc.property(text, budget, (t, max) => {
        fc.pre(segmentCount(t) <= max);
        expect(fitToSegments(t, max)).toEqual([t]);
      }),
    );
  });
});

describe('fitToSegments (examples)', () => {
  it('splits between sentences rather than inside one', () => {
    const first = 'Your bin will be collected on Thursday. '.repeat(3).trim();
    const second = 'Put it out by 7am with the lid closed, and leave it at the edge of your property so the crew can reach it.';
    expect(fitToSegments(`${first} ${second}`, 1)).toEqual([first, second]);
  });

  it('keeps a Welsh message in Welsh letters at UCS-2 prices', () => {
    const welsh = 'Mae’r dŵr wedi’i ddiffodd yn eich tŷ chi heddiw. Bydd yn ôl erbyn 5 o’r gloch. Diolch am eich amynedd.';
    const parts = fitToSegments(welsh, 1);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join(' ')).toBe(welsh);
  });
});
