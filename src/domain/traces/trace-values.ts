/**
 * Reading the single values of a request log: token counts, timestamps and labels. The rules:
 * - a token count is a whole number from 0 to 10,000,000 (the workload's own limit per request),
 *   written as a JSON number or as digits (grouped with commas allowed: "1,234"); anything else is
 *   refused with a reason that quotes what was there;
 * - a timestamp is ISO-8601 ("2026-01-05T10:00:00Z", "2026-01-05 10:00", "2026-01-05"; without an
 *   offset it is read as UTC, so the result never depends on the reader's time zone) or an epoch
 *   number: below 100,000,000,000 it is seconds (fractions allowed), from there on milliseconds;
 * - a label (tag, endpoint, model) is any text or number, cleaned like every name (text.ts: well-formed,
 *   no bidirectional controls, white space collapsed) and cut to 1,000 characters.
 * Nothing here throws.
 */
import { cleanName, wellFormed } from '../text';
import { WORKLOAD_RANGES } from '../workload/workload';

/** The most tokens one request may report: the workload field's own maximum. */
export const MAX_TOKENS_PER_REQUEST = WORKLOAD_RANGES.inputTokensPerRequest.max;
/** Longest tag or model name kept; longer ones are cut (and so may share a group). */
const MAX_LABEL_LENGTH = 1000;

export type Reading<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: string };

const DIGITS = /^\d+$/;
const GROUPED_DIGITS = /^\d{1,3}(?:,\d{3})+$/;
const SIGNED_NUMBER = /^-\s*\d/;
/** Text from a file made safe to show: cleaned like every name (text.ts), cut to `max` characters with an ellipsis. */
export function displayText(text: string, max = 60): string {
  const clean = cleanName(text);
  const characters = Array.from(clean.length > max * 2 + 2 ? clean.slice(0, max * 2 + 2) : clean);
  return characters.length > max ? `${characters.slice(0, max - 1).join('')}…` : clean;
}

/** A value from the file quoted inside a reason: “abc”, cut to 24 characters. */
export function quoted(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return `“${displayText(text, 24)}”`;
}

function countFromNumber(value: number, what: string, shown?: string): Reading<number> {
  if (Number.isInteger(value) && value >= 0 && value <= MAX_TOKENS_PER_REQUEST) return { ok: true, value };
  const text = quoted(shown ?? String(value));
  if (Number.isNaN(value)) return { ok: false, reason: `${what} ${text} is not a number` };
  if (value < 0) return { ok: false, reason: `${what} ${text} is negative` };
  if (value > MAX_TOKENS_PER_REQUEST)
    return { ok: false, reason: `${what} ${text} is more than 10,000,000 for one request` };
  return { ok: false, reason: `${what} ${text} is not a whole number` };
}

/** A token count; `what` names it in the reason ("input tokens"). Empty or absent is "missing". */
export function readTokenCount(value: unknown, what: string): Reading<number> {
  if (value === undefined || value === null) return { ok: false, reason: `missing ${what}` };
  if (typeof value === 'number') return countFromNumber(value, what);
  if (typeof value !== 'string') return { ok: false, reason: `${what} ${quoted(value)} is not a number` };
  const text = value.trim();
  if (text === '') return { ok: false, reason: `missing ${what}` };
  if (DIGITS.test(text)) return countFromNumber(Number(text), what, text);
  if (GROUPED_DIGITS.test(text)) return countFromNumber(Number(text.replace(/,/g, '')), what, text);
  if (SIGNED_NUMBER.test(text)) return { ok: false, reason: `${what} ${quoted(text)} is negative` };
  if (/^\d*\.\d+$/.test(text)) return { ok: false, reason: `${what} ${quoted(text)} is not a whole number` };
  return { ok: false, reason: `${what} ${quoted(text)} is not a number` };
}

/** An optional token count: absent, null or empty is 0. */
export function readOptionalTokenCount(value: unknown, what: string): Reading<number> {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    return { ok: true, value: 0 };
  }
  return readTokenCount(value, what);
}

const EPOCH_SECONDS_BELOW = 100_000_000_000;
/** The latest instant a JavaScript date can hold, in milliseconds. */
const MAX_EPOCH_MS = 8_640_000_000_000_000;
const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

function offsetMinutes(zone: string | undefined): number {
  if (zone === undefined || zone === 'Z' || zone === 'z') return 0;
  const digits = zone.replace(':', '');
  const sign = digits.startsWith('-') ? -1 : 1;
  return sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5) || '0'));
}

/** Written out field by field: timestamps are read once per row of large logs. */
function readIsoDate(text: string): number | null {
  const match = ISO_8601.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const hour = match[4] === undefined ? 0 : Number(match[4]);
  const minute = match[5] === undefined ? 0 : Number(match[5]);
  const second = match[6] === undefined ? 0 : Number(match[6]);
  const fraction = match[7];
  if (year < 1970 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const milliseconds =
    fraction === undefined
      ? 0
      : Number(fraction.length >= 3 ? fraction.slice(0, 3) : fraction.padEnd(3, '0'));
  return (
    Date.UTC(year, month - 1, day, hour, minute, second, milliseconds) - offsetMinutes(match[8]) * 60_000
  );
}

function epochToMs(value: number): number | null {
  if (!Number.isFinite(value) || value < 0) return null;
  const ms = Math.round(value < EPOCH_SECONDS_BELOW ? value * 1000 : value);
  return ms > MAX_EPOCH_MS ? null : ms;
}

/** A timestamp in whole milliseconds since 1970-01-01T00:00:00Z. */
export function readTimestamp(value: unknown): Reading<number> {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    return { ok: false, reason: 'missing timestamp' };
  }
  let ms: number | null = null;
  if (typeof value === 'number') ms = epochToMs(value);
  else if (typeof value === 'string') {
    const text = value.trim();
    ms = /^\d+(?:\.\d+)?$/.test(text) ? epochToMs(Number(text)) : readIsoDate(text);
  }
  return ms === null
    ? { ok: false, reason: `timestamp ${quoted(value)} is not a date` }
    : { ok: true, value: ms };
}

/** A tag, endpoint or model name: text or a number, trimmed and cut; null when absent or empty. */
export function readLabel(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const text = cleanName(value);
  if (text === '') return null;
  return text.length > MAX_LABEL_LENGTH ? wellFormed(text.slice(0, MAX_LABEL_LENGTH)) : text;
}
