import {
  createPaginatedRowModel,
  createSortedRowModel,
  rowPaginationFeature,
  rowPinningFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import { renderHook } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ColumnSortKey, screenColumns } from '../../domain/compare/comparison-columns';
import {
  buildComparisonRows,
  type ComparisonRow,
  ownRowOutsideFilters,
} from '../../domain/compare/comparison-rows';
import { sortComparisonRows, tablePage } from '../../domain/compare/table-order';
import { anyComparisonInputs } from '../../testing/comparison-arbitraries';

/**
 * The table as it sorted and paged before the rows were sorted on their raw values: TanStack's own
 * sorted, paginated and pinned row models over every row, each cell's key read from its written cell,
 * text compared with localeCompare, unknown values last. The order and pages the table shows now must
 * be these, ties included.
 */
const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  rowPaginationFeature,
  paginatedRowModel: createPaginatedRowModel(),
  rowPinningFeature,
});

type SortValue = ColumnSortKey | undefined;

function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === 'string' && typeof b === 'string') return a.localeCompare(b);
  if (a === undefined || b === undefined) return 0;
  return a < b ? -1 : a > b ? 1 : 0;
}

interface View {
  readonly sort: { readonly columnId: string; readonly descending: boolean };
  readonly pageIndex: number;
  readonly pageSize: number;
  readonly ownRouteId: string;
}

function tanstackTable(data: readonly ComparisonRow[], currency: Parameters<typeof screenColumns>[0]) {
  const columns = screenColumns(currency).map((spec) => ({
    id: spec.id,
    header: spec.header,
    accessorFn: (row: ComparisonRow) => {
      const cell = spec.cell(row);
      return cell.known ? cell.sortKey : undefined;
    },
    sortFn: (
      rowA: { getValue: (id: string) => SortValue },
      rowB: { getValue: (id: string) => SortValue },
      columnId: string,
    ) => compareValues(rowA.getValue(columnId), rowB.getValue(columnId)),
    sortUndefined: 'last' as const,
    sortDescFirst: false,
  }));
  return renderHook(
    (view: View) =>
      useTable({
        features,
        columns,
        data: [...data],
        getRowId: (row) => row.route.id,
        state: {
          sorting: [{ id: view.sort.columnId, desc: view.sort.descending }],
          pagination: { pageIndex: view.pageIndex, pageSize: view.pageSize },
          rowPinning: { top: [view.ownRouteId], bottom: [] },
        },
        keepPinnedRows: true,
        enableSortingRemoval: false,
        autoResetPageIndex: false,
      }),
    {
      initialProps: {
        sort: { columnId: 'monthlyCost', descending: false },
        pageIndex: 0,
        pageSize: 50,
        ownRouteId: '',
      },
    },
  );
}

const ids = (rows: readonly { readonly route: { readonly id: string } }[]) => rows.map((row) => row.route.id);

describe('sortComparisonRows and tablePage', () => {
  // Rule: by any column the table shows, either direction (and by one it does not show), the rows come
  // in TanStack's order for the same keys, ties in the order given; each page holds the same rows with
  // your route pinned above it, and there are as many pages.
  it('give the order, the pages and the pinned row TanStack gave, for random sheets', () => {
    fc.assert(
      fc.property(
        anyComparisonInputs,
        fc.constantFrom(2, 3, 7, 50),
        fc.nat(),
        fc.nat(),
        ({ routes, scenario, extras }, pageSize, pagePick, ownPick) => {
          const [own, ...others] = routes;
          const rows = buildComparisonRows(ownPick % 2 === 0 ? others : routes, scenario, extras);
          const ownOutside = ownRowOutsideFilters(own, rows, scenario, extras);
          const data = ownOutside ? [...rows, ownOutside] : rows;
          const currency = extras?.currency ?? null;
          const columns = screenColumns(currency);
          const ownRouteId = ownPick % 5 === 4 ? 'not-a-route' : (own?.id ?? 'not-a-route');
          const { result, rerender, unmount } = tanstackTable(data, currency);
          const sorts = [...columns.map((column) => column.id), 'fits', 'unknown-column'].flatMap(
            (columnId) => [
              { columnId, descending: false },
              { columnId, descending: true },
            ],
          );
          for (const sort of sorts) {
            const sorted = sortComparisonRows(data, columns, sort);
            const pageCount = Math.ceil(data.length / pageSize);
            const pageIndex = pagePick % Math.max(1, pageCount);
            rerender({ sort, pageIndex, pageSize, ownRouteId });
            const table = result.current;
            expect(ids(sorted)).toEqual(ids(table.getSortedRowModel().rows.map((row) => row.original)));
            const page = tablePage(sorted, ownRouteId, pageIndex, pageSize);
            expect(ids(page.rows)).toEqual(
              ids([...table.getTopRows(), ...table.getCenterRows()].map((row) => row.original)),
            );
            expect(page.pageCount).toBe(table.getPageCount());
          }
          unmount();
        },
      ),
      { numRuns: 40 },
    );
  });
});
