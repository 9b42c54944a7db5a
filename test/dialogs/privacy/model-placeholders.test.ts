/**
 * The model's redactor shares the log redactor's rules but writes numbered placeholders and
 * keeps the originals locally: what the forms need must survive the round trip.
 */
import { flows } from '../../../config/content';
import { PLACEHOLDER_PATTERN, redactWithPlaceholders, referencePatterns, restorePlaceholders } from '../../../dialogs/guardrails/placeholders';
import { PERSONAL_DATA_RULES, PLACEHOLDER_NAMES } from '../../../dialogs/privacy/redact';

const references = referencePatterns(flows);

describe('redactWithPlaceholders', () => {
  it('keeps a council tax account as a REFERENCE, not a card, bank account or passport', () => {
    const r = redactWithPlaceholders('how much do i owe, account 12345678', references);
    expect(r.text).toBe('how much do i owe, account [REFERENCE_1]');
    expect(r.found).toEqual(['reference']);
  });

  it('still calls an account number beside a sort code a bank account', () => {
    const r = redactWithPlaceholders('council tax account 50218834, my bank is sort code 30-94-57 acc 61029384', references);
    expect(r.text).toBe('council tax account [REFERENCE_1], my bank is sort code [SORT_CODE_1] acc [ACCOUNT_NUMBER_1]');
  });

  it('finds a sort code by the account number beside it, although the model\'s placeholder for it is longer', () => {
    expect(redactWithPlaceholders('40 47 84 / 70872490 is my bank', references).text).toBe('[SORT_CODE_1] / [ACCOUNT_NUMBER_1] is my bank');
  });

  it('lets the postcode and the house (from an address line) be restored for a slot', () => {
    const r = redactWithPlaceholders('bin missed at Flat 2, 7 Station Road, CF10 1AA', references);
    expect(r.text).toBe('bin missed at [ADDRESS_1], [POSTCODE_1]');
    expect(restorePlaceholders('[POSTCODE_1]', r.placeholders)).toBe('CF10 1AA');
    expect(restorePlaceholders('[ADDRESS_1]', r.placeholders)).toBe('Flat 2, 7 Station Road');
  });

  it('leaves a house number on its own for the model to put in the house slot', () => {
    expect(redactWithPlaceholders('number 14, CF10 1AA', references).text).toBe('number 14, [POSTCODE_1]');
  });

  it.each(['my bin was missed last tuesday', 'bin day is 3rd march', 'it should have gone on the 3rd of March', 'dydd Mawrth diwethaf'])(
    'does not take a collection date without a year for a date of birth: %j',
    (text) => {
      expect(redactWithPlaceholders(text, references)).toEqual({ text, placeholders: {}, found: [] });
    },
  );

  it.each(['that will be £412.50 please', 'the tip opens at 10:30', 'we put out 3 black bags and 2 big green bins', 'it has been 2 weeks down the road'])(
    'sends everyday text unchanged: %j',
    (text) => {
      expect(redactWithPlaceholders(text, references).text).toBe(text);
    },
  );

  it('numbers new kinds like the old ones, and restores each', () => {
    const r = redactWithPlaceholders('passport 548213097, licence JONES 802150 HT9LM, utr 58213 90476, iban GB47 LOYD 3094 5712 8836 04', references);
    expect(r.text).toBe('passport [PASSPORT_NUMBER_1], licence [DRIVING_LICENCE_1], utr [TAX_REFERENCE_1], iban [IBAN_1]');
    expect(restorePlaceholders('[DRIVING_LICENCE_1]', r.placeholders)).toBe('JONES 802150 HT9LM');
  });
});

describe('placeholder names', () => {
  it('PLACEHOLDER_PATTERN recognises every kind’s placeholder, so the output check catches a leftover one', () => {
    for (const name of [...Object.values(PLACEHOLDER_NAMES), 'REFERENCE']) {
      expect(PLACEHOLDER_PATTERN.test(`[${name}_3]`)).toBe(true);
      expect(PLACEHOLDER_PATTERN.test(`[${name}]`)).toBe(true);
    }
    expect(PLACEHOLDER_PATTERN.test('[L3]')).toBe(false);
  });

  it('a restored value may not smuggle in a placeholder of a new kind', () => {
    expect(restorePlaceholders('near [ADDRESS]', {})).toBeUndefined();
    expect(restorePlaceholders('[IBAN_1]', {})).toBeUndefined();
  });

  it('every rule replaces every occurrence (a rule without the g flag would leak the second one)', () => {
    for (const rule of PERSONAL_DATA_RULES) expect(rule.pattern.flags).toContain('g');
  });
});
