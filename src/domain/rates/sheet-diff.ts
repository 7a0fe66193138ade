/**
 * What changed between two rate sheets, route by route, matched by id (what `npm run prices` prints).
 * The rules, in words:
 * - Added: ids only in the new sheet. Removed: ids only in the old one.
 * - Re-priced: a route in both whose input, cached-input or output price is another number ("4" and
 *   "4.00" are the same price; a cached price appearing or disappearing is a change).
 * - Terms changed: a route in both whose cache-write prices, long-context tiers, batch percentage or
 *   tool fees changed (the figures, compared as numbers; the wording of a note is not a change).
 * - Status changed: a route in both whose lifecycle status or status date changed.
 * - Lists keep the new sheet's order (removed routes the old sheet's); a route can be in several.
 */
import { type PriceText, type PriceTexts, parsePrice } from './prices';
import { type Route, routeName } from './route';
import type { RouteStatus } from './route-lifecycle';
import type { CacheWritePrice } from './route-terms';

export interface PriceChange {
  readonly route: Route;
  readonly before: PriceTexts;
  readonly after: PriceTexts;
}

export interface StatusChange {
  readonly route: Route;
  readonly before: { readonly status: RouteStatus; readonly date: string | null };
  readonly after: { readonly status: RouteStatus; readonly date: string | null };
}

export interface TermsChange {
  readonly route: Route;
  /** Which terms changed, in words: "cache writes", "long-context tiers", "batch", "tool fees". */
  readonly what: readonly string[];
}

export interface SheetDiff {
  readonly added: readonly Route[];
  readonly removed: readonly Route[];
  readonly repriced: readonly PriceChange[];
  readonly termsChanged: readonly TermsChange[];
  readonly statusChanged: readonly StatusChange[];
  /** Routes in both sheets with none of the changes above. */
  readonly unchanged: number;
}

function samePrice(a: PriceText | null, b: PriceText | null): boolean {
  return a === null || b === null ? a === b : parsePrice(a) === parsePrice(b);
}

function sameTexts(a: PriceTexts, b: PriceTexts): boolean {
  return (
    samePrice(a.input, b.input) && samePrice(a.cachedInput, b.cachedInput) && samePrice(a.output, b.output)
  );
}

function sameList<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  return a.length === b.length && a.every((item, index) => same(item, b[index] as T));
}

const sameWrite = (a: CacheWritePrice, b: CacheWritePrice) =>
  samePrice(a.price, b.price) && a.lifetimeMinutes === b.lifetimeMinutes;

function changedTerms(before: Route, after: Route): string[] {
  const what: string[] = [];
  if (!sameList(before.cacheWrites, after.cacheWrites, sameWrite)) what.push('cache writes');
  const sameTier = (a: Route['longContextTiers'][number], b: Route['longContextTiers'][number]) =>
    a.aboveTokens === b.aboveTokens && sameTexts(a, b) && sameList(a.cacheWrites, b.cacheWrites, sameWrite);
  if (!sameList(before.longContextTiers, after.longContextTiers, sameTier)) what.push('long-context tiers');
  if (!samePrice(before.batch?.percentOfStandard ?? null, after.batch?.percentOfStandard ?? null)) {
    what.push('batch');
  }
  const sameFee = (a: Route['toolFees'][number], b: Route['toolFees'][number]) =>
    a.tool === b.tool && samePrice(a.usdPerCall, b.usdPerCall);
  if (!sameList(before.toolFees, after.toolFees, sameFee)) what.push('tool fees');
  return what;
}

export function diffSheets(before: readonly Route[], after: readonly Route[]): SheetDiff {
  const old = new Map(before.map((route) => [route.id, route]));
  const next = new Set(after.map((route) => route.id));
  const added: Route[] = [];
  const repriced: PriceChange[] = [];
  const termsChanged: TermsChange[] = [];
  const statusChanged: StatusChange[] = [];
  let unchanged = 0;
  for (const route of after) {
    const previous = old.get(route.id);
    if (previous === undefined) {
      added.push(route);
      continue;
    }
    let changed = false;
    if (!sameTexts(previous.prices, route.prices)) {
      repriced.push({ route, before: previous.prices, after: route.prices });
      changed = true;
    }
    const what = changedTerms(previous, route);
    if (what.length > 0) {
      termsChanged.push({ route, what });
      changed = true;
    }
    const was = previous.lifecycle;
    const now = route.lifecycle;
    if (was.status !== now.status || was.date !== now.date) {
      statusChanged.push({
        route,
        before: { status: was.status, date: was.date },
        after: { status: now.status, date: now.date },
      });
      changed = true;
    }
    if (!changed) unchanged += 1;
  }
  const removed = before.filter((route) => !next.has(route.id));
  return { added, removed, repriced, termsChanged, statusChanged, unchanged };
}

/** "0.6 / 0.1 / 3" (input / cached input / output, "—" for no cached price). */
export function pricesInWords(prices: PriceTexts): string {
  return `${prices.input} / ${prices.cachedInput ?? '—'} / ${prices.output}`;
}

const statusInWords = ({ status, date }: StatusChange['before']) => (date ? `${status} ${date}` : status);

/** The diff as lines of text, a heading with its count before each non-empty list. */
export function describeSheetDiff(diff: SheetDiff): string[] {
  const lines = [
    `${diff.added.length} added, ${diff.removed.length} removed, ${diff.repriced.length} re-priced, ${diff.termsChanged.length} with other terms changed, ${diff.statusChanged.length} status changes, ${diff.unchanged} unchanged.`,
  ];
  const section = <T>(title: string, items: readonly T[], line: (item: T) => string) => {
    if (items.length === 0) return;
    lines.push('', `${title} (${items.length}):`, ...items.map((item) => `  ${line(item)}`));
  };
  section('Added', diff.added, (route) => `${route.id}  ${routeName(route)}  ${pricesInWords(route.prices)}`);
  section('Removed', diff.removed, (route) => `${route.id}  ${routeName(route)}`);
  section(
    'Re-priced (input / cached input / output, USD per 1M)',
    diff.repriced,
    ({ route, before, after }) => `${route.id}  ${pricesInWords(before)} → ${pricesInWords(after)}`,
  );
  section('Other terms changed', diff.termsChanged, ({ route, what }) => `${route.id}  ${what.join(', ')}`);
  section(
    'Status changes',
    diff.statusChanged,
    ({ route, before, after }) => `${route.id}  ${statusInWords(before)} → ${statusInWords(after)}`,
  );
  return lines;
}
