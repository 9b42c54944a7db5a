import { businessHours, type BusinessHours } from '../../config/content/business-hours';
import { describeOpening, isOpen, nextOpening } from '../../bots/desk/business-hours';

const at = (iso: string) => new Date(iso);

describe('isOpen (Europe/London, 9 to 5 on weekdays)', () => {
  it('opens at 9 local time in winter (GMT = UTC)', () => {
    expect(isOpen(businessHours, at('2026-01-14T08:59:00Z'))).toBe(false);
    expect(isOpen(businessHours, at('2026-01-14T09:00:00Z'))).toBe(true);
    expect(isOpen(businessHours, at('2026-01-14T16:59:00Z'))).toBe(true);
    expect(isOpen(businessHours, at('2026-01-14T17:00:00Z'))).toBe(false);
  });

  it('opens at 9 BST in summer, which is 08:00 UTC', () => {
    expect(isOpen(businessHours, at('2026-07-15T07:59:00Z'))).toBe(false);
    expect(isOpen(businessHours, at('2026-07-15T08:00:00Z'))).toBe(true);
    // 16:30 UTC is 17:30 in London: closed, although a UTC reading would say open.
    expect(isOpen(businessHours, at('2026-07-15T16:30:00Z'))).toBe(false);
  });

  it('is closed at weekends', () => {
    expect(isOpen(businessHours, at('2026-07-18T11:00:00Z'))).toBe(false); // Saturday
    expect(isOpen(businessHours, at('2026-07-19T11:00:00Z'))).toBe(false); // Sunday
  });

  it('is closed on a bank holiday that falls on a weekday', () => {
    expect(isOpen(businessHours, at('2026-08-31T10:00:00Z'))).toBe(false); // Summer bank holiday, Monday
    expect(isOpen(businessHours, at('2026-09-01T10:00:00Z'))).toBe(true);
  });

  it('reads the local date, not the UTC date, near midnight', () => {
    // 23:30 UTC on Sunday 30 Aug is 00:30 BST on the Monday bank holiday.
    const hours: BusinessHours = { ...businessHours, weekly: { ...businessHours.weekly, sun: [{ open: '00:00', close: '23:59' }], mon: [{ open: '00:00', close: '23:59' }] } };
    expect(isOpen(hours, at('2026-08-30T22:30:00Z'))).toBe(true); // 23:30 BST Sunday
    expect(isOpen(hours, at('2026-08-30T23:30:00Z'))).toBe(false); // 00:30 BST Monday, bank holiday
  });
});

describe('nextOpening', () => {
  it('skips the weekend to Monday morning', () => {
    expect(nextOpening(businessHours, at('2026-07-17T17:30:00Z'))).toEqual(at('2026-07-20T08:00:00Z'));
  });

  it('skips a bank holiday Monday', () => {
    expect(nextOpening(businessHours, at('2026-08-28T18:00:00Z'))).toEqual(at('2026-09-01T08:00:00Z'));
  });

  it('skips Christmas and the substitute Boxing Day', () => {
    expect(nextOpening(businessHours, at('2026-12-24T17:30:00Z'))).toEqual(at('2026-12-29T09:00:00Z'));
  });

  it('lands on the right instant across the clocks going forward and back', () => {
    // BST starts on Sunday 29 March 2026 and ends on Sunday 25 October 2026.
    expect(nextOpening(businessHours, at('2026-03-27T17:00:00Z'))).toEqual(at('2026-03-30T08:00:00Z'));
    expect(nextOpening(businessHours, at('2026-10-23T17:00:00Z'))).toEqual(at('2026-10-26T09:00:00Z'));
  });

  it('gives later the same day when it is early morning', () => {
    expect(nextOpening(businessHours, at('2026-07-15T06:00:00Z'))).toEqual(at('2026-07-15T08:00:00Z'));
  });

  it('gives the next session, not the current one, while open', () => {
    expect(nextOpening(businessHours, at('2026-07-15T10:00:00Z'))).toEqual(at('2026-07-16T08:00:00Z'));
  });

  it('finds an afternoon session after a lunch break', () => {
    const split: BusinessHours = { ...businessHours, weekly: { ...businessHours.weekly, wed: [{ open: '13:30', close: '17:00' }, { open: '09:00', close: '12:30' }] } };
    expect(isOpen(split, at('2026-01-14T12:45:00Z'))).toBe(false);
    expect(nextOpening(split, at('2026-01-14T12:45:00Z'))).toEqual(at('2026-01-14T13:30:00Z'));
  });

  it('returns null when the team never opens', () => {
    const never: BusinessHours = { ...businessHours, weekly: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } };
    expect(nextOpening(never, at('2026-07-15T10:00:00Z'))).toBeNull();
  });
});

describe('describeOpening', () => {
  const tz = businessHours.timeZone;

  it('says the local time and day in English and Welsh', () => {
    const mondayNineBst = at('2026-03-30T08:00:00Z');
    expect(describeOpening(mondayNineBst, 'en', tz)).toBe('9am on Monday');
    expect(describeOpening(mondayNineBst, 'cy', tz)).toBe('9yb ddydd Llun');
  });

  it('includes minutes when needed and marks the afternoon', () => {
    const wednesdayHalfOne = at('2026-01-14T13:30:00Z');
    expect(describeOpening(wednesdayHalfOne, 'en', tz)).toBe('1:30pm on Wednesday');
    expect(describeOpening(wednesdayHalfOne, 'cy', tz)).toBe('1:30yh ddydd Mercher');
    expect(describeOpening(at('2026-01-16T12:00:00Z'), 'en', tz)).toBe('12pm on Friday');
  });

  it('describes what nextOpening returns on a bank holiday weekend', () => {
    const opening = nextOpening(businessHours, at('2026-08-29T10:00:00Z'));
    expect(opening && describeOpening(opening, 'en', tz)).toBe('9am on Tuesday');
    expect(opening && describeOpening(opening, 'cy', tz)).toBe('9yb ddydd Mawrth');
  });
});

describe('business hours content', () => {
  it('lists closed dates as valid YYYY-MM-DD dates', () => {
    for (const date of businessHours.closedDates) {
      expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(date);
    }
  });
});
