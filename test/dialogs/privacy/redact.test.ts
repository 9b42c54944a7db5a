/** Personal-data redaction on UK examples: what must go, and what must stay. */
import { redactPersonalData } from '../../../dialogs/privacy/redact';

describe('redactPersonalData', () => {
  it.each([
    ['call me on 07700 900123', 'call me on [PHONE]', 'phone'],
    ['my number is +44 7700 900123', 'my number is [PHONE]', 'phone'],
    ['07700900123', '[PHONE]', 'phone'],
    ['office 020 7946 0123 please', 'office [PHONE] please', 'phone'],
    ['ring (029) 2087 2087', 'ring [PHONE]', 'phone'],
    ['landline 01632 960123', 'landline [PHONE]', 'phone'],
    ['+44 (0)20 7946 0123', '[PHONE]', 'phone'],
    ['email jo.bloggs@example.com now', 'email [EMAIL] now', 'email'],
    ['NI number QQ 12 34 56 C', 'NI number [NI_NUMBER]', 'ni'],
    ['ab123456c', '[NI_NUMBER]', 'ni'],
    ['NHS number 943 476 5919', 'NHS number [NHS_NUMBER]', 'nhs'],
    ['9434765919', '[NHS_NUMBER]', 'nhs'],
    ['card 4111 1111 1111 1111 exp', 'card [CARD_NUMBER] exp', 'card'],
    ['4111-1111-1111-1111', '[CARD_NUMBER]', 'card'],
    ['born 12/03/1985', 'born [DATE_OF_BIRTH]', 'date-of-birth'],
    ['dob 12-03-85', 'dob [DATE_OF_BIRTH]', 'date-of-birth'],
    ['born on 12 March 1985', 'born on [DATE_OF_BIRTH]', 'date-of-birth'],
    ['I live at CF10 1AA', 'I live at [POSTCODE]', 'postcode'],
    ['postcode cf101aa', 'postcode [POSTCODE]', 'postcode'],
    ['GIR 0AA', '[POSTCODE]', 'postcode'],
  ])('redacts %j', (input, expected, kind) => {
    const r = redactPersonalData(input);
    expect(r.text).toBe(expected);
    expect(r.found).toContain(kind);
  });

  it.each([
    'bin day is Tuesday',
    'my bin was missed on 3 March',
    'I paid £120 in 12 instalments',
    'my council tax reference is 12345678',
    'application BB-123456',
    'room 101 at the library',
    'open 9am to 6pm',
    'what goes in the blue bin?',
  ])('leaves %j unchanged', (input) => {
    expect(redactPersonalData(input)).toEqual({ text: input, found: [] });
  });

  it('redacts card and NHS numbers by their shape even when the checksum fails (a typo is still personal data)', () => {
    // 4111 1111 1111 1112 fails Luhn; 943 476 5918 fails the NHS mod-11 check.
    expect(redactPersonalData('4111 1111 1111 1112')).toEqual({ text: '[CARD_NUMBER]', found: ['card'] });
    expect(redactPersonalData('943 476 5918')).toEqual({ text: '[NHS_NUMBER]', found: ['nhs'] });
  });

  it('does not take excluded NI prefixes', () => {
    expect(redactPersonalData('GB 12 34 56 A').found).not.toContain('ni');
    expect(redactPersonalData('DA 12 34 56 A').found).not.toContain('ni');
  });

  it('redacts several kinds in one message and reports each', () => {
    const r = redactPersonalData('I am at SA1 1AA, call 07700 900123 or email a@b.co.uk');
    expect(r.text).toBe('I am at [POSTCODE], call [PHONE] or email [EMAIL]');
    expect(r.found.sort()).toEqual(['email', 'phone', 'postcode']);
  });
});
