/**
 * When the contact-centre team is working. Times are wall-clock times in `timeZone`, so
 * BST and GMT are handled by the code that reads this, not by editing the hours twice a year.
 */

/** Day keys used in `weekly`, Monday first as staff rotas are written. */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** One staffed period in a day, as 24-hour "HH:MM" local times; `close` is exclusive. */
export interface OpeningPeriod {
  open: string;
  close: string;
}

/** The team's opening hours: a weekly pattern plus whole days when nobody is working. */
export interface BusinessHours {
  /** IANA time zone the times are written in. */
  timeZone: string;
  /** Staffed periods per weekday; an empty list means closed all day. */
  weekly: Record<Weekday, readonly OpeningPeriod[]>;
  /** Local dates ("YYYY-MM-DD") when the team is closed all day, e.g. bank holidays. */
  closedDates: readonly string[];
}

const OFFICE_DAY: readonly OpeningPeriod[] = [{ open: '09:00', close: '17:00' }];

/** Office hours: 9 to 5 on weekdays, closed at weekends and on England and Wales bank holidays. */
export const businessHours: BusinessHours = {
  timeZone: 'Europe/London',
  weekly: { mon: OFFICE_DAY, tue: OFFICE_DAY, wed: OFFICE_DAY, thu: OFFICE_DAY, fri: OFFICE_DAY, sat: [], sun: [] },
  // England and Wales bank holidays (gov.uk/bank-holidays).
  // Substitute days are listed where a holiday falls at a weekend. Extend this list each year.
  closedDates: [
    '2026-01-01', // New Year's Day
    '2026-04-03', // Good Friday
    '2026-04-06', // Easter Monday
    '2026-05-04', // Early May bank holiday
    '2026-05-25', // Spring bank holiday
    '2026-08-31', // Summer bank holiday
    '2026-12-25', // Christmas Day
    '2026-12-26', // Boxing Day (a Saturday)
    '2026-12-28', // Boxing Day (substitute day)
    '2027-01-01', // New Year's Day
    '2027-03-26', // Good Friday
    '2027-03-29', // Easter Monday
    '2027-05-03', // Early May bank holiday
    '2027-05-31', // Spring bank holiday
    '2027-08-30', // Summer bank holiday
    '2027-12-27', // Christmas Day (substitute day)
    '2027-12-28', // Boxing Day (substitute day)
  ],
};
