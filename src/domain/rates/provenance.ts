/**
 * Where a price came from and how old it may be. The rules, in words:
 * - A source date is YYYY-MM-DD, YYYY-MM or YYYY (a real calendar date, years 1970–9999). Anything else,
 *   the empty text included, is "undated".
 * - A price is possibly stale when its source date could be more than 90 days before today (the app
 *   shell reads today once and passes it in; the domain never reads the clock). Partial dates are
 *   read conservatively, as the oldest day they could mean: "2026-03" is 1 March 2026 and "2026" is
 *   1 January 2026; a partial "today" is read as the newest day it could mean ("2026-07" is 31 July
 *   2026). So "2026" on 2026-07-24 is flagged: the figure may be from January. Exactly 90 days is not
 *   stale; a source date after today (a clock set wrong) is fresh.
 * - An undated price is possibly stale (nothing shows it is recent), with status 'undated'.
 * - A route's references are listed side by side with the sheet's own figure first; the one whose
 *   prices are in force is marked; prices the user typed that match no reference are listed as
 *   "Your prices". Choosing a reference gives the overrides that put its prices in force.
 */

import { cleanName } from '../text';
import {
  effectivePriceTexts,
  PRICE_KINDS,
  type PriceKind,
  type PriceOverrides,
  type PriceText,
  type PriceTexts,
  parsePrice,
} from './prices';
import type { Route, SourceRef } from './route';

const STALE_AFTER_DAYS = 90;

/** Longest texts kept from an imported source; longer ones are cut. */
export const SOURCE_TEXT_LIMITS = { label: 200, note: 2_000, url: 2_000 } as const;

/**
 * Text from a file, safe to show as plain text: cleaned as every name is (text.ts cleanName: lone
 * surrogates become U+FFFD, bidirectional controls go, other controls become spaces, runs of spaces
 * collapse), and a text longer than `limit` is cut to end in "…". Markup stays literal text; the
 * interface never renders it as HTML.
 */
export function plainText(text: string, limit: number): { text: string; cut: boolean } {
  const clean = cleanName(text);
  if (clean.length <= limit) return { text: clean, cut: false };
  const end = /[\uD800-\uDBFF]/.test(clean[limit - 2] ?? '') ? limit - 2 : limit - 1;
  return { text: `${clean.slice(0, end)}…`, cut: true };
}

/** The link when it is an absolute http(s) URL without a user name or password; otherwise null. */
export function safeLink(text: string): string | null {
  const link = text.trim();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a link with control characters is refused.
  if (link.length > SOURCE_TEXT_LIMITS.url || /[\s\u0000-\u001F\u007F]/.test(link)) return null;
  try {
    const url = new URL(link);
    const web = url.protocol === 'https:' || url.protocol === 'http:';
    return web && url.username === '' && url.password === '' ? link : null;
  } catch {
    return null;
  }
}

export type SourceReading =
  | { readonly ok: true; readonly source: SourceRef; readonly repairs: readonly string[] }
  | { readonly ok: false; readonly reason: string };

/**
 * Reads a source object from a file: { label?, url?, date?, dateMeaning? }. Absent fields come from
 * `fallback` (a missing date takes the fallback's date and meaning). A link that is not safe or a
 * date that is not a date refuses the source; a label cut to length is a repair. Never throws.
 */
export function readSourceRef(value: unknown, fallback: SourceRef, what = 'source'): SourceReading {
  if (value === undefined || value === null) return { ok: true, source: fallback, repairs: [] };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, reason: `${what} must be an object with a label, link and date.` };
  }
  const { label, url, date, dateMeaning } = value as Record<string, unknown>;
  const repairs: string[] = [];
  const readText = (field: unknown, name: string): string | null | undefined => {
    if (field === undefined || field === null) return null;
    if (typeof field !== 'string') return undefined;
    const result = plainText(field, SOURCE_TEXT_LIMITS.label);
    if (result.cut) repairs.push(`${what}.${name} was cut to ${SOURCE_TEXT_LIMITS.label} characters.`);
    return result.text || null;
  };
  const labelText = readText(label, 'label');
  const meaningText = readText(dateMeaning, 'dateMeaning');
  if (labelText === undefined || meaningText === undefined) {
    return { ok: false, reason: `${what}.label and ${what}.dateMeaning must be text.` };
  }
  const link = url === undefined || url === null || url === '' ? null : safeLink(String(url));
  if (link === null && !(url === undefined || url === null || url === '')) {
    return { ok: false, reason: `${what}.url is not an http(s) link without a password.` };
  }
  const undated = date === undefined || date === null || date === '';
  if (!undated && parseSourceDate(date) === null) {
    return { ok: false, reason: `${what}.date is not a date (YYYY-MM-DD, YYYY-MM or YYYY).` };
  }
  return {
    ok: true,
    source: {
      label: labelText ?? fallback.label,
      url: link,
      date: undated ? fallback.date : (date as string),
      dateMeaning: undated ? fallback.dateMeaning : (meaningText ?? 'date given in the imported file'),
    },
    repairs,
  };
}

export type DatePrecision = 'year' | 'month' | 'day';

/** A source date as the span of days it could mean (days since 1970-01-01, inclusive). */
export interface SourceDateSpan {
  readonly precision: DatePrecision;
  readonly firstDay: number;
  readonly lastDay: number;
}

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function daysInMonth(year: number, month: number): number {
  return month === 12 ? 31 : dayNumber(year, month + 1, 1) - dayNumber(year, month, 1);
}

/** Reads a source date; null when it is not YYYY, YYYY-MM or a real YYYY-MM-DD. Never throws. */
export function parseSourceDate(text: unknown): SourceDateSpan | null {
  if (typeof text !== 'string') return null;
  const match = DATE_PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 1970) return null;
  if (match[2] === undefined) {
    return { precision: 'year', firstDay: dayNumber(year, 1, 1), lastDay: dayNumber(year, 12, 31) };
  }
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  const monthDays = daysInMonth(year, month);
  if (match[3] === undefined) {
    return {
      precision: 'month',
      firstDay: dayNumber(year, month, 1),
      lastDay: dayNumber(year, month, monthDays),
    };
  }
  const day = Number(match[3]);
  if (day < 1 || day > monthDays) return null;
  const days = dayNumber(year, month, day);
  return { precision: 'day', firstDay: days, lastDay: days };
}

export interface PriceAge {
  readonly status: 'fresh' | 'possibly-stale' | 'undated';
  readonly possiblyStale: boolean;
  /** The most days the source date can be before today (negative: after it); null when undated. */
  readonly maxAgeDays: number | null;
}

/** How old a price may be on `today`, YYYY-MM-DD (see the rules above). */
export function priceAge(sourceDate: string, today: string): PriceAge {
  const source = parseSourceDate(sourceDate);
  const day = parseSourceDate(today);
  if (source === null || day === null) return { status: 'undated', possiblyStale: true, maxAgeDays: null };
  const maxAgeDays = day.lastDay - source.firstDay;
  const possiblyStale = maxAgeDays > STALE_AFTER_DAYS;
  return { status: possiblyStale ? 'possibly-stale' : 'fresh', possiblyStale, maxAgeDays };
}

/** Which figure an entry of the side-by-side list is. */
export type ReferenceKey = 'sheet' | `reference-${number}` | 'custom';

export interface ReferenceEntry {
  readonly key: ReferenceKey;
  readonly prices: PriceTexts;
  /** null for "Your prices", which have no source. */
  readonly source: SourceRef | null;
  readonly note: string;
  /** True for exactly one entry: the figure whose prices are in force. */
  readonly inUse: boolean;
  /** True when this figure differs from the one in force in any price (a missing cached price included). */
  readonly differsFromInUse: boolean;
  readonly age: PriceAge | null;
}

function samePrice(a: PriceText | null, b: PriceText | null): boolean {
  if (a === null || b === null) return a === b;
  const parsedA = parsePrice(a);
  return parsedA !== null && parsedA === parsePrice(b);
}

/** Two price sets are the same when every price is the same number ("4" = "4.00"; null = null only). */
export function samePrices(a: PriceTexts, b: PriceTexts): boolean {
  return PRICE_KINDS.every((kind) => samePrice(a[kind], b[kind]));
}

/**
 * Every published figure for a route, side by side: the sheet's own first, then its references in
 * order, then "Your prices" when the prices in force match none of them. The figure the user chose
 * ("Use this figure", `chosen`) is marked in use while its prices are in force, even when an earlier
 * source publishes the same figures; otherwise the first entry whose prices equal those in force is.
 */
export function listReferences(
  route: Route,
  overrides: PriceOverrides | undefined,
  today: string,
  chosen?: ReferenceKey,
): ReferenceEntry[] {
  const inForce = effectivePriceTexts(route, overrides);
  const sourced = (key: ReferenceKey, prices: PriceTexts, source: SourceRef, note: string) => ({
    key,
    prices,
    source: source as SourceRef | null,
    note,
    age: priceAge(source.date, today) as PriceAge | null,
  });
  const candidates = [
    sourced('sheet', route.prices, route.source, route.notes),
    ...route.references.map((reference, index) =>
      sourced(`reference-${index}`, reference.prices, reference.source, reference.note),
    ),
  ];
  const chosenIndex = candidates.findIndex((entry) => entry.key === chosen);
  const inUseIndex =
    chosenIndex !== -1 && samePrices(candidates[chosenIndex]?.prices ?? route.prices, inForce)
      ? chosenIndex
      : candidates.findIndex((entry) => samePrices(entry.prices, inForce));
  if (inUseIndex === -1) {
    candidates.push({ key: 'custom', prices: inForce, source: null, note: '', age: null });
  }
  const marked = inUseIndex === -1 ? candidates.length - 1 : inUseIndex;
  return candidates.map((entry, index) => ({
    ...entry,
    inUse: index === marked,
    differsFromInUse: !samePrices(entry.prices, inForce),
  }));
}

export type ReferenceSelection =
  /** Use the sheet's own prices: remove the route's price overrides. */
  | { readonly kind: 'use-sheet' }
  /** Put these overrides in force for the route (only the prices that differ from the sheet's). */
  | { readonly kind: 'override'; readonly overrides: PriceOverrides }
  /** No such reference on this route: change nothing. */
  | { readonly kind: 'unknown-reference' };

/**
 * What to store so a reference's prices are in force. The reference's texts are kept as published;
 * prices equal to the sheet's are left out, so choosing a figure that matches the sheet clears the
 * overrides. A reference without a cached price puts "no cached price" (null) in force.
 */
export function chooseReference(route: Route, key: ReferenceKey): ReferenceSelection {
  if (key === 'sheet') return { kind: 'use-sheet' };
  const match = /^reference-(\d{1,6})$/.exec(key);
  const reference = match ? route.references[Number(match[1])] : undefined;
  if (!reference) return { kind: 'unknown-reference' };
  const overrides: Partial<Record<PriceKind, PriceText | null>> = {};
  for (const kind of PRICE_KINDS) {
    if (!samePrice(reference.prices[kind], route.prices[kind])) overrides[kind] = reference.prices[kind];
  }
  return Object.keys(overrides).length === 0 ? { kind: 'use-sheet' } : { kind: 'override', overrides };
}
