import { describe, expect, it } from 'vitest';
import { aRoute, aWorkload, billInputsOf, shapesOf } from '../../testing/builders';
import { screenColumns } from './comparison-columns';
import { buildComparisonRows } from './comparison-rows';
import { sortComparisonRows, tablePage } from './table-order';

// 1,000 requests × 2,000 in / 500 out: input $1 → $2.00 + output $4 → $2.00 = $4.00 a month.
const SCENARIO = billInputsOf(
  shapesOf(aWorkload({ requestsPerMonth: 1_000, inputTokensPerRequest: 2_000, outputTokensPerRequest: 500 })),
);
const COLUMNS = screenColumns(null);
const ROWS = buildComparisonRows(
  [
    aRoute('tie-1', { input: '1', output: '4' }),
    aRoute('cheap', { input: '0.5', output: '2', cachedInput: '0.05' }),
    aRoute('tie-2', { input: '1', output: '4', cachedInput: '0.1' }),
    aRoute('dear', { input: '2', output: '8' }),
    aRoute('Bravo', { input: '1', output: '4' }),
    aRoute('alpha', { input: '1', output: '4' }),
    aRoute('Éclair', { input: '1', output: '4' }),
  ],
  SCENARIO,
);
const order = (columnId: string, descending: boolean) =>
  sortComparisonRows(ROWS, COLUMNS, { columnId, descending }).map((row) => row.route.id);

describe('sortComparisonRows', () => {
  // Rule: by the column's key, either way; rows with equal keys keep the order given in either
  // direction; unknown values come last in either direction; text in the locale's collation (case and
  // accents sort with their letter); a column the table does not sort by leaves the order given.
  it.each([
    [
      'cheapest first, ties in the order given',
      'monthlyCost',
      false,
      ['cheap', 'tie-1', 'tie-2', 'Bravo', 'alpha', 'Éclair', 'dear'],
    ],
    [
      'dearest first, ties still in the order given',
      'monthlyCost',
      true,
      ['dear', 'tie-1', 'tie-2', 'Bravo', 'alpha', 'Éclair', 'cheap'],
    ],
    [
      'unknown cached prices last, ascending',
      'cachedInputPrice',
      false,
      ['cheap', 'tie-2', 'tie-1', 'dear', 'Bravo', 'alpha', 'Éclair'],
    ],
    [
      'unknown cached prices last, descending too',
      'cachedInputPrice',
      true,
      ['tie-2', 'cheap', 'tie-1', 'dear', 'Bravo', 'alpha', 'Éclair'],
    ],
    [
      'providers in collation order',
      'provider',
      false,
      ['alpha', 'Bravo', 'cheap', 'dear', 'Éclair', 'tie-1', 'tie-2'],
    ],
    [
      'providers in reverse collation order',
      'provider',
      true,
      ['tie-2', 'tie-1', 'Éclair', 'dear', 'cheap', 'Bravo', 'alpha'],
    ],
    [
      'a files-only column leaves the order',
      'fits',
      false,
      ['tie-1', 'cheap', 'tie-2', 'dear', 'Bravo', 'alpha', 'Éclair'],
    ],
    [
      'an unknown column leaves the order',
      'nonsense',
      true,
      ['tie-1', 'cheap', 'tie-2', 'dear', 'Bravo', 'alpha', 'Éclair'],
    ],
  ] as const)('%s', (_, columnId, descending, expected) => {
    expect(order(columnId, descending)).toEqual(expected);
  });
});

describe('tablePage', () => {
  // Rule: a page holds pageSize rows of the order; your route is shown first on every page and not a
  // second time on its own page (which shows one row fewer); pages = rows ÷ pageSize, rounded up.
  const sorted = sortComparisonRows(ROWS, COLUMNS, { columnId: 'monthlyCost', descending: false });
  it.each([
    ['your route above its own page, which shows one row fewer', 'tie-2', 0, ['tie-2', 'cheap', 'tie-1']],
    ['your route above another page', 'tie-2', 1, ['tie-2', 'Bravo', 'alpha', 'Éclair']],
    ['your route above the last page', 'cheap', 2, ['cheap', 'dear']],
    ['no route of yours in the table: the page alone', 'elsewhere', 1, ['Bravo', 'alpha', 'Éclair']],
  ] as const)('%s', (_, ownRouteId, pageIndex, expected) => {
    const page = tablePage(sorted, ownRouteId, pageIndex, 3);
    expect(page.rows.map((row) => row.route.id)).toEqual(expected);
    expect(page.pageCount).toBe(3);
  });

  it('has no page without rows', () => {
    expect(tablePage([], 'tie-1', 0, 50)).toEqual({ rows: [], pageCount: 0 });
  });
});
