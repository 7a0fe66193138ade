/**
 * The rates view's list: finding routes, paging through them, and saying how old a price may be.
 * The rules, in words:
 * - A search matches a route when every word of it (case-insensitive) appears in the route's model
 *   name, provider, variant, model id, family or id. An empty search matches every route. The
 *   sheet's order is kept.
 * - Pages hold `pageSize` routes; a page number past the end shows the last page, before the start
 *   the first. An empty list has one (empty) page.
 * - A possibly stale price says how old it may be today: days up to 119, then months (30-day) up to
 *   23, then years (365-day), rounded down, with "up to" when the source date is only a month or a
 *   year; an undated price says so.
 */
import { type PriceAge, parseSourceDate } from './provenance';
import type { Route } from './route';

export const MAX_SEARCH_LENGTH = 100;

export function searchRoutes(routes: readonly Route[], query: string): readonly Route[] {
  const words = query.slice(0, MAX_SEARCH_LENGTH).toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return routes;
  return routes.filter((route) => {
    const haystack =
      `${route.modelName} ${route.providerName} ${route.variant ?? ''} ${route.modelId} ${route.family} ${route.id}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

export interface Page<T> {
  readonly items: readonly T[];
  /** 0-based, clamped to the pages there are. */
  readonly pageIndex: number;
  /** At least 1. */
  readonly pageCount: number;
  /** 1-based position of the first and last item shown; 0 and 0 when there are none. */
  readonly first: number;
  readonly last: number;
}

export function pageOf<T>(items: readonly T[], pageIndex: number, pageSize: number): Page<T> {
  const size = Math.max(1, Math.floor(pageSize));
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  const index = Math.min(pageCount - 1, Math.max(0, Math.floor(pageIndex) || 0));
  const start = index * size;
  const shown = items.slice(start, start + size);
  return {
    items: shown,
    pageIndex: index,
    pageCount,
    first: shown.length === 0 ? 0 : start + 1,
    last: start + shown.length,
  };
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/** "95 days", "5 months", "2 years". */
export function durationInWords(days: number): string {
  if (days < 120) return plural(days, 'day');
  if (days < 730) return plural(Math.floor(days / 30), 'month');
  return plural(Math.floor(days / 365), 'year');
}

/**
 * Why a price may be stale, in words ("95 days old", "up to 7 months old", "no date given"); null when
 * it is fresh.
 */
export function describePriceAge(age: PriceAge, sourceDate: string): string | null {
  if (!age.possiblyStale) return null;
  if (age.maxAgeDays === null) return 'no date given';
  const exact = parseSourceDate(sourceDate)?.precision === 'day';
  return `${exact ? '' : 'up to '}${durationInWords(age.maxAgeDays)} old`;
}
