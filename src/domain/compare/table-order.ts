/**
 * The comparison table's order and its pages, worked out on the rows' raw values so that a sheet of
 * 5,000 routes is sorted without writing 5,000 rows of text. The rules:
 * - rows sort by the chosen column's sort key (comparison-columns.ts), ascending or descending; text
 *   in the locale's collation order (as `localeCompare`), numbers and money by value;
 * - a row whose value is not known comes last, in either direction;
 * - rows with equal keys (or none) keep the order they were given, in either direction;
 * - a column the table does not sort by (unknown, or not on screen) leaves the given order;
 * - a page holds `pageSize` rows of that order; your route is shown above every page (pinned), and not
 *   a second time on the page it falls on, which then shows one row fewer.
 */
import type { TableSort } from '../scenario/view';
import type { ColumnSortKey, ComparisonColumn } from './comparison-columns';
import type { ComparisonRow } from './comparison-rows';

type SortValue = ColumnSortKey | undefined;

/** The collation `localeCompare` uses with no arguments, made once (ECMA-402: the same comparison). */
const collator = new Intl.Collator();

function compareKeys(a: ColumnSortKey, b: ColumnSortKey): number {
  if (typeof a === 'string' && typeof b === 'string') return collator.compare(a, b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Text keys as their place in the collation order (texts the collation calls equal share a place):
 * 5,000 routes of a few hundred providers are then sorted by number, each distinct text collated once.
 */
function collationPlaces(keys: readonly SortValue[]): readonly SortValue[] {
  if (!keys.every((key) => key === undefined || typeof key === 'string')) return keys;
  const texts = [...new Set(keys as readonly (string | undefined)[])].filter(
    (key): key is string => key !== undefined,
  );
  texts.sort(collator.compare);
  const places = new Map<string, number>();
  let place = 0;
  texts.forEach((text, index) => {
    if (index > 0 && collator.compare(texts[index - 1] as string, text) !== 0) place += 1;
    places.set(text, place);
  });
  return keys.map((key) => (key === undefined ? undefined : places.get(key as string)));
}

/** The rows in the table's order for `sort` among `columns` (the columns the table sorts by). */
export function sortComparisonRows(
  rows: readonly ComparisonRow[],
  columns: readonly ComparisonColumn[],
  sort: TableSort,
): readonly ComparisonRow[] {
  const column = columns.find((candidate) => candidate.id === sort.columnId);
  if (!column || rows.length < 2) return rows;
  const keys = collationPlaces(rows.map(column.sortKey));
  const direction = sort.descending ? -1 : 1;
  const order = rows.map((_, index) => index);
  order.sort((a, b) => {
    const keyA = keys[a];
    const keyB = keys[b];
    if (keyA === undefined || keyB === undefined) {
      if (keyA !== keyB) return keyA === undefined ? 1 : -1;
      return a - b;
    }
    return compareKeys(keyA, keyB) * direction || a - b;
  });
  return order.map((index) => rows[index] as ComparisonRow);
}

export interface TablePage {
  /** The rows shown: your route first (pinned), then the page's other rows in order. */
  readonly rows: readonly ComparisonRow[];
  /** Pages in all (0 without rows). */
  readonly pageCount: number;
}

/** Page `pageIndex` (from 0) of the sorted rows, with your route pinned above it. */
export function tablePage(
  sorted: readonly ComparisonRow[],
  ownRouteId: string,
  pageIndex: number,
  pageSize: number,
): TablePage {
  const start = pageIndex * pageSize;
  const page = sorted.slice(start, start + pageSize);
  const own = sorted.find((row) => row.route.id === ownRouteId);
  const rest = page.filter((row) => row.route.id !== ownRouteId);
  return { rows: own ? [own, ...rest] : rest, pageCount: Math.ceil(sorted.length / pageSize) };
}
