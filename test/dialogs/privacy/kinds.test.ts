/**
 * Every kind of personal data a citizen may type, written the ways people really write it
 * (spaced, unspaced, dashed, lower case, glued to punctuation), and what the log line keeps.
 */
import { redactPersonalData, type PersonalDataKind } from '../../../dialogs/privacy/redact';

/** Per kind: [what the person typed, what may be logged]. Each row holds exactly one value of that kind. */
const WRITINGS: Record<PersonalDataKind, [string, string][]> = {
  email: [
    ['email jo.bloggs@example.com now', 'email [EMAIL] now'],
    ['send it to KERRY.H+bins@icloud.com pls', 'send it to [EMAIL] pls'],
    ['(sian@enghraifft.cymru)', '([EMAIL])'],
  ],
  phone: [
    ['call me on 07700 900123', 'call me on [PHONE]'],
    ['mob 07812-449-301, thanks', 'mob [PHONE], thanks'],
    ['+44 (0)20 7946 0123', '[PHONE]'],
    ['my telephone number is (01443) 229 871.', 'my telephone number is [PHONE].'],
    ['text me back +447723108456', 'text me back [PHONE]'],
    ['call me 0044 7845 120 993 asap', 'call me [PHONE] asap'],
    ['tel 029-2076-4410', 'tel [PHONE]'],
    ['ring +353 87 123 4567', 'ring [PHONE]'],
  ],
  address: [
    ['I live at 14 Heol y Coed, Cardiff', 'I live at [ADDRESS], Cardiff'],
    ['Flat 2, 7 Station Road', '[ADDRESS]'],
    ['22b Church St.', '[ADDRESS]'],
    ['im at 9 chapel st', 'im at [ADDRESS]'],
    ['the bin men missed 41 Cowbridge Road East again', 'the bin men missed [ADDRESS] again'],
    ['HI 22 HEOL Y PARC, CAERPHILLY', 'HI [ADDRESS], CAERPHILLY'],
    ['we are at 3 Maple Close', 'we are at [ADDRESS]'],
    ['old one was 4 Kingsway', 'old one was [ADDRESS]'],
  ],
  postcode: [
    ['I live at CF10 1AA', 'I live at [POSTCODE]'],
    ['postcode cf101aa', 'postcode [POSTCODE]'],
    ['(SW1A 1AA)', '([POSTCODE])'],
  ],
  card: [
    ['card 4111 1111 1111 1111 exp', 'card [CARD_NUMBER] exp'],
    ['4658-2291-0473-8816 £60', '[CARD_NUMBER] £60'],
    ['paid with 5555555555554444 yesterday', 'paid with [CARD_NUMBER] yesterday'],
    ['my amex 3759 204816 73025', 'my amex [CARD_NUMBER]'],
    ['amex 375920481673025', 'amex [CARD_NUMBER]'],
    // Failed Luhn checks, spaced and dashed: the shape decides.
    ['card 4111 1111 1111 1112 please', 'card [CARD_NUMBER] please'],
    ['card no:4929-5501-2384-7717,', 'card no:[CARD_NUMBER],'],
  ],
  iban: [
    ['refund to GB47 LOYD 3094 5712 8836 04. Thank you', 'refund to [IBAN]. Thank you'],
    ['iban gb15barc20035374618209 for the refund', 'iban [IBAN] for the refund'],
    ['my German account DE89 3704 0044 0532 0130 00', 'my German account [IBAN]'],
  ],
  'sort-code': [
    ['sort code 12-34-56 please', 'sort code [SORT_CODE] please'],
    ['sort code: 12 34 56', 'sort code: [SORT_CODE]'],
    ['s/c 123456', 's/c [SORT_CODE]'],
    ['bank details 30-94-57', 'bank details [SORT_CODE]'],
  ],
  'bank-account': [
    ['sort code [SORT_CODE] account 13502947', 'sort code [SORT_CODE] account [ACCOUNT_NUMBER]'],
    ['a/c 20194836 s/c [SORT_CODE]', 'a/c [ACCOUNT_NUMBER] s/c [SORT_CODE]'],
  ],
  nhs: [
    ['NHS number 943 476 5919', 'NHS number [NHS_NUMBER]'],
    ['nhs no:485 777 3456, please', 'nhs no:[NHS_NUMBER], please'],
    ['NHS no 482-119-0067 for my badge', 'NHS no [NHS_NUMBER] for my badge'],
    ['my NHS:5893210476.', 'my NHS:[NHS_NUMBER].'],
    // Failed modulus-11 checks, spaced and dashed: the shape decides.
    ['nhs 943 476 5918', 'nhs [NHS_NUMBER]'],
    ['nhs 123-456-7890', 'nhs [NHS_NUMBER]'],
  ],
  ni: [
    ['NI number QQ 12 34 56 C', 'NI number [NI_NUMBER]'],
    ['his NI (QQ123456C) and', 'his NI ([NI_NUMBER]) and'],
    ['my ni is pt739104a does that help', 'my ni is [NI_NUMBER] does that help'],
    ['national insurance RE-30-71-94-A.', 'national insurance [NI_NUMBER].'],
    ['nino AB123456', 'nino [NI_NUMBER]'],
  ],
  utr: [
    ['its 58213 90476', 'its [TAX_REFERENCE]'],
    ['UTR 4419027365, NI', 'UTR [TAX_REFERENCE], NI'],
    ['utr: 6621003847.', 'utr: [TAX_REFERENCE].'],
  ],
  passport: [
    ['passport no 548213097 for the ID check', 'passport no [PASSPORT_NUMBER] for the ID check'],
    ['his passport number 117 402 389?', 'his passport number [PASSPORT_NUMBER]?'],
    ['proof is 603881247', 'proof is [PASSPORT_NUMBER]'],
    ['passport C48219036 (the new one)', 'passport [PASSPORT_NUMBER] (the new one)'],
  ],
  'driving-licence': [
    ['its WILLI804217DJ8KT is that right', 'its [DRIVING_LICENCE] is that right'],
    ['my dl number is JONES 802150 HT9LM', 'my dl number is [DRIVING_LICENCE]'],
    ['driving licence hughe907123dw3pk for photo id', 'driving licence [DRIVING_LICENCE] for photo id'],
    ['licence LEE99711054RG2XY', 'licence [DRIVING_LICENCE]'],
  ],
  'long-number': [
    ['my number is 0 7 9 5 6 3 2 1 4 8 7 thanks', 'my number is [NUMBER] thanks'],
    ['ref 45 07 88 21 36 from the letter', 'ref [NUMBER] from the letter'],
    ['07 7009 00 8 43 after 6', '[NUMBER] after 6'],
  ],
  'date-of-birth': [
    ['born 12/03/1985', 'born [DATE_OF_BIRTH]'],
    ['dob 12.3.85', 'dob [DATE_OF_BIRTH]'],
    ['my date of birth is 1985-03-12 and', 'my date of birth is [DATE_OF_BIRTH] and'],
    ['born on the 3rd of March 1985', 'born on [DATE_OF_BIRTH]'],
    ['March 3rd 1985', '[DATE_OF_BIRTH]'],
    ['dyddiad geni 3 Mawrth 1985', 'dyddiad geni [DATE_OF_BIRTH]'],
    ['ganwyd fi ar y trydydd o Fawrth 1985', 'ganwyd fi ar [DATE_OF_BIRTH]'],
    ['DOB twelfth march nineteen eighty five, NI', 'DOB [DATE_OF_BIRTH], NI'],
    ['dob 5 jun 79 nhs', 'dob [DATE_OF_BIRTH] nhs'],
    ['my birthday is 3rd march', 'my birthday is [DATE_OF_BIRTH]'],
  ],
};

describe('redactPersonalData: every kind, as people write it', () => {
  const rows = Object.entries(WRITINGS).flatMap(([kind, cases]) => cases.map(([input, expected]) => [kind, input, expected] as const));

  it('has several writings for every kind', () => {
    for (const cases of Object.values(WRITINGS)) expect(cases.length).toBeGreaterThanOrEqual(2);
  });

  it.each(rows)('%s: %j', (kind, input, expected) => {
    const r = redactPersonalData(input);
    expect(r.text).toBe(expected);
    expect(r.found).toEqual([kind]);
  });

  it('hides both halves of a bank detail typed together, in either order', () => {
    expect(redactPersonalData('sort code 20-32-06 account 13502947').text).toBe('sort code [SORT_CODE] account [ACCOUNT_NUMBER]');
    expect(redactPersonalData('40 47 84 / 70872490 is my bank').text).toBe('[SORT_CODE] / [ACCOUNT_NUMBER] is my bank');
    expect(redactPersonalData('account 33819204 sort code 090127').text).toBe('account [ACCOUNT_NUMBER] sort code [SORT_CODE]');
  });

  it('hides a whole letter with several kinds and leaves the rest readable', () => {
    const r = redactPersonalData('Hello, my mother (born 3rd of March 1941) lives at 7 Clos yr Eglwys, Barry CF62 8QT. NHS 634 092 1175, ring 07407 118 293.');
    expect(r.text).toBe('Hello, my mother (born [DATE_OF_BIRTH]) lives at [ADDRESS], Barry [POSTCODE]. NHS [NHS_NUMBER], ring [PHONE].');
    expect(r.found.sort()).toEqual(['address', 'date-of-birth', 'nhs', 'phone', 'postcode']);
  });
});

describe('redactPersonalData: what is not personal data stays', () => {
  it.each([
    'that will be £412.50 please',
    'the tip opens at 10:30',
    'bin day is 3rd march',
    'my bin was missed last tuesday',
    'collection was on the 3rd, not the 4th',
    'application BB-123456',
    'my council tax account 12345678',
    'number 12, the black bin',
    'it has been 2 weeks down the road from us',
    'we put out 3 black bags and 2 big green bins',
    'I paid £120 in 12 instalments of £10',
    'version 1.2.3 of the app',
    'server 10.11.12.13 answered',
    'room 101 at the library, open 9am to 6pm',
  ])('leaves %j unchanged', (input) => {
    expect(redactPersonalData(input)).toEqual({ text: input, found: [] });
  });
});

describe('separators people use', () => {
  it.each([
    ['ni WK.73.15.08.A', 'ni [NI_NUMBER]'],
    ['card 4917.6603.2281.5047', 'card [CARD_NUMBER]'],
    ['sort code 60/83/71', 'sort code [SORT_CODE]'],
    ['nhs 943.476.5919', 'nhs [NHS_NUMBER]'],
    ['card number starts 4543 2177 and ends 0931 6628', 'card number starts [CARD_NUMBER] and ends [CARD_NUMBER]'],
  ])('%j → %j', (typed, logged) => {
    expect(redactPersonalData(typed).text).toBe(logged);
  });

  it('leaves bin days, times, amounts and an account reference alone', () => {
    for (const text of ['bin day tuesday at 7.30', '£1,234.56 owed', 'account 12345678', 'call between 9 and 5']) expect(redactPersonalData(text).text).toBe(text);
  });
});
