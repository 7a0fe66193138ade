import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth, isCalendarDate, isLeapYear, readCalendarDate } from './calendar-date';
import { parseSourceDate } from './rates/provenance';

describe('isLeapYear', () => {
  // Rule: every fourth year, except centuries not divisible by 400.
  it.each([
    [2024, true],
    [2026, false],
    [2028, true],
    [2000, true],
    [1900, false],
    [2100, false],
    [2400, true],
  ])('%i → %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });
});

describe('daysInMonth', () => {
  // Rule: 31 days in Jan, Mar, May, Jul, Aug, Oct, Dec; 30 in Apr, Jun, Sep, Nov; February 28 or 29.
  it.each([
    [2026, 1, 31],
    [2026, 2, 28],
    [2028, 2, 29],
    [2100, 2, 28],
    [2000, 2, 29],
    [2026, 4, 30],
    [2026, 6, 30],
    [2026, 9, 30],
    [2026, 11, 30],
    [2026, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('readCalendarDate', () => {
  // Rule: a real YYYY-MM-DD date is read as typed (spaces around it dropped).
  it.each([
    ['2026-07-24', '2026-07-24'],
    [' 2026-07-24 ', '2026-07-24'],
    ['2028-02-29', '2028-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['2026-12-31', '2026-12-31'],
    ['1970-01-01', '1970-01-01'],
    ['9999-12-31', '9999-12-31'],
  ])('%j is a date', (text, date) => {
    expect(readCalendarDate(text)).toEqual({ ok: true, date, precision: 'day' });
  });

  // Rule: a month that does not exist, a day beyond the month's length, a year before 1970 or any
  // other writing is refused, saying what is wrong.
  it.each([
    ['2026-13-45', 'There is no month 13: months run from 01 to 12.'],
    ['2026-00-10', 'There is no month 00: months run from 01 to 12.'],
    ['2026-02-29', 'February 2026 has 28 days: there is no day 29.'],
    ['2100-02-29', 'February 2100 has 28 days: there is no day 29.'],
    ['2026-04-31', 'April 2026 has 30 days: there is no day 31.'],
    ['2026-12-32', 'December 2026 has 31 days: there is no day 32.'],
    ['2026-01-00', 'January 2026 has 31 days: there is no day 00.'],
    ['1969-12-31', 'Use a year from 1970 on.'],
    ['', 'Enter a date as YYYY-MM-DD.'],
    ['24.07.2026', '“24.07.2026” is not a date: write it as YYYY-MM-DD, e.g. 2026-07-24.'],
    ['2026-7-4', 'is not a date'],
    ['2026-07', 'is not a date'],
    ['2026', 'is not a date'],
    ['2026-07-24T00:00', 'is not a date'],
    ['２０２６-07-24', 'is not a date'],
  ])('%j is refused: %s', (text, message) => {
    const reading = readCalendarDate(text);
    expect(reading.ok).toBe(false);
    expect(reading.ok ? '' : reading.message).toContain(message);
  });

  // Rule: where partial dates are allowed, a real month or year is a date too.
  it.each([
    ['2026-07', true, 'month'],
    ['2026', true, 'year'],
    ['2026-13', false, null],
    ['2026-02-29', false, null],
    ['2028-02-29', true, 'day'],
  ])('with partial dates allowed, %j → %s', (text, ok, precision) => {
    const reading = readCalendarDate(text, { allowPartial: true });
    expect(reading.ok).toBe(ok);
    if (reading.ok) expect(reading.precision).toBe(precision);
  });

  it('agrees with the calendar for every day of 1970–2400', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1970, max: 2400 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const real = new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
          expect(isCalendarDate(text), text).toBe(real);
          // The price-source reader (provenance) draws the same line.
          expect(parseSourceDate(text) !== null, text).toBe(real);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
