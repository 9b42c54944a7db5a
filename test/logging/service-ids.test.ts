/**
 * Identifiers the service and its providers make are never personal data, and a log line is
 * useless without them; but their digit groups look like cards, phones, NHS numbers and dates.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { newId } from '../../bots/ids';
import { createRedactor } from '../../bots/logging/redact-value';
import { redactionFormat } from '../../bots/logging/redaction-format';

const redact = createRedactor({ secrets: ['sk-test-0123456789abcdef'] });
const format = redactionFormat();

/** Identifiers whose digits, taken alone, a personal-data rule would hide. */
const SERVICE_IDS: [string, string][] = [
  ['a UUID made of digit groups', '3f2b1c4d-1234-5678-9012-345678901234'],
  ['a UUID holding a card-shaped run', '3f2b1c4d-1234-5678-9012-3456abcdef01'],
  ['a UUID holding a phone-shaped run', '0f0e0d0c-0b0a-4000-8000-07700900123a'],
  ['a UUID holding an NHS-shaped run', '3f2b1c4d-1234-4678-9012-1234567890ab'],
  ['an id from newId()', newId()],
  ['a Twilio message SID', 'SM0123456789abcdef0123456789abcdef'],
  ['a Twilio account SID', 'AC94347659190000000000000000000000'],
  ['a Slack ts', '1733312345.123456'],
  ['an ISO timestamp', '2026-03-10T12:00:00.000Z'],
  ['an ISO timestamp with an offset', '1985-03-12T09:30:00+01:00'],
];

describe('createRedactor: identifiers the service makes', () => {
  it.each(SERVICE_IDS)('keeps %s intact (%s)', (_what, id) => {
    expect(redact(`turn ${id} done`)).toBe(`turn ${id} done`);
    expect(redact({ conversationId: id, nested: [{ ts: id }] })).toEqual({ conversationId: id, nested: [{ ts: id }] });
  });

  it('still hides personal data written right beside them', () => {
    const id = '3f2b1c4d-1234-5678-9012-345678901234';
    expect(redact(`${id} from 07700 900123: card 4111 1111 1111 1112, born 1985-03-12 (ts 1733312345.123456)`)).toBe(
      `${id} from [PHONE]: card [CARD_NUMBER], born [DATE_OF_BIRTH] (ts 1733312345.123456)`,
    );
  });

  it('protects only the exact shapes: a date alone or a bare ten-digit number is still hidden', () => {
    expect(redact('dob 1985-03-12')).toBe('dob [DATE_OF_BIRTH]');
    expect(redact('nhs 1733312345')).toBe('nhs [NHS_NUMBER]');
    expect(redact('card 4111-1111-1111-1111')).toBe('card [CARD_NUMBER]');
  });

  it('does not let an id-shaped local part shield an email address', () => {
    expect(redact('from SM0123456789abcdef0123456789abcdef@example.com')).toBe('from [EMAIL]');
    expect(redact('from 3f2b1c4d-1234-5678-9012-3456abcdef01@example.com')).toBe('from [EMAIL]');
  });

  it('still replaces a configured secret even when it sits next to an id', () => {
    expect(redact('SM0123456789abcdef0123456789abcdef key sk-test-0123456789abcdef')).toBe('SM0123456789abcdef0123456789abcdef key [REDACTED]');
  });
});

describe('redactionFormat: identifiers the service makes', () => {
  it.each(SERVICE_IDS)('keeps %s in the message and in meta fields', (_what, id) => {
    const out = format.transform({ level: 'info', message: `sent ${id}`, messageSid: id, turn: { id } });
    expect(out).toMatchObject({ message: `sent ${id}`, messageSid: id, turn: { id } });
  });

  it('redacts the citizen’s text in the same line', () => {
    const out = format.transform({ level: 'info', message: 'inbound', turnId: randomUUID(), text: 'my nhs number is 943 476 5918' });
    expect(out.text).toBe('my nhs number is [NHS_NUMBER]');
  });
});

describe('log redaction properties', () => {
  it('never alters a random UUID, alone or inside a sentence', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.constantFrom('', 'turn ', 'id=', '(', 'call 07700 900123 re '), fc.constantFrom('', ' done', ',', ')', '/reply/0'), (id, before, after) => {
        const out = redact(`${before}${id}${after}`) as string;
        expect(out).toContain(id);
      }),
      { numRuns: 2000 },
    );
  });

  it('hides any 16 digits written in fours, whatever Luhn says', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 16, maxLength: 16 }), fc.constantFrom(' ', '-', ''), (digits, sep) => {
        const card = [0, 4, 8, 12].map((i) => digits.slice(i, i + 4).join('')).join(sep);
        expect(redact(`paid with ${card} today`)).toBe('paid with [CARD_NUMBER] today');
      }),
      { numRuns: 1000 },
    );
  });

  it('hides any ten digits written 3-3-4, whatever modulus 11 says', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 10, maxLength: 10 }), fc.constantFrom(' ', '-'), (digits, sep) => {
        const nhs = `${digits.slice(0, 3).join('')}${sep}${digits.slice(3, 6).join('')}${sep}${digits.slice(6).join('')}`;
        expect(redact(`nhs number ${nhs}.`)).not.toContain(nhs);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('a card number after a word', () => {
  it('stays a card, not a driving licence (fast-check found "paid with 9000 0009 9000 0000")', () => {
    expect(redact('paid with 9000 0009 9000 0000 today')).toBe('paid with [CARD_NUMBER] today');
  });
});
