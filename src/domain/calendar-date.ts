/**
 * Dates people type: real calendar dates only. The rules, in words:
 * - A date is written YYYY-MM-DD (ISO 8601, Gregorian calendar), with a year from 1970 to 9999; where
 *   the caller allows it, a month YYYY-MM or a year YYYY is a date too (a rate "of 2026-07").
 * - Months run from 01 to 12; a day runs from 01 to the month's length: 31, 30, or 28 for February
 *   and 29 in a leap year (every fourth year, except centuries not divisible by 400: 2000 is one,
 *   1900 and 2100 are not).
 * - Anything else is refused with a message that says what is wrong. Nothing here throws.
 */

export type CalendarDateReading =
  | {
      readonly ok: true;
      /** The date as typed, without surrounding spaces. */
      readonly date: string;
      readonly precision: 'day' | 'month' | 'year';
    }
  | { readonly ok: false; readonly message: string };

export interface CalendarDateOptions {
  /** Accept YYYY-MM and YYYY as well as YYYY-MM-DD. */
  readonly allowPartial?: boolean;
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MIN_YEAR = 1970;
const MAX_LENGTH = 40;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Reads a typed date; see the rules above. */
export function readCalendarDate(text: string, options: CalendarDateOptions = {}): CalendarDateReading {
  const date = typeof text === 'string' ? text.trim() : '';
  const format = options.allowPartial ? 'YYYY-MM-DD (or YYYY-MM)' : 'YYYY-MM-DD';
  if (date === '') return { ok: false, message: `Enter a date as ${format}.` };
  const shown = date.length > MAX_LENGTH ? `${date.slice(0, MAX_LENGTH)}…` : date;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match || (!options.allowPartial && match[3] === undefined)) {
    return { ok: false, message: `“${shown}” is not a date: write it as ${format}, e.g. 2026-07-24.` };
  }
  const year = Number(match[1]);
  if (year < MIN_YEAR) return { ok: false, message: `Use a year from ${MIN_YEAR} on.` };
  if (match[2] === undefined) return { ok: true, date, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) {
    return { ok: false, message: `There is no month ${match[2]}: months run from 01 to 12.` };
  }
  if (match[3] === undefined) return { ok: true, date, precision: 'month' };
  const day = Number(match[3]);
  const length = daysInMonth(year, month);
  if (day < 1 || day > length) {
    return {
      ok: false,
      message: `${MONTH_NAMES[month - 1]} ${year} has ${length} days: there is no day ${match[3]}.`,
    };
  }
  return { ok: true, date, precision: 'day' };
}

/** Whether the text is a real YYYY-MM-DD date (or, when allowed, YYYY-MM or YYYY). */
export function isCalendarDate(text: string, options: CalendarDateOptions = {}): boolean {
  return readCalendarDate(text, options).ok;
}
