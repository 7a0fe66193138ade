import { functionalUpdate, type PaginationState, useTable } from '@tanstack/react-table';
import { memo, useDeferredValue, useMemo, useState } from 'react';
import { Card } from '../../components/ui/card';
import { chartSeriesIndex } from '../../domain/charts/chart-routes';
import { screenColumns } from '../../domain/compare/comparison-columns';
import { describeComparison, inTableOrder } from '../../domain/compare/comparison-rows';
import { isCheapestKnownFit } from '../../domain/compare/rank-routes';
import { sortComparisonRows, tablePage } from '../../domain/compare/table-order';
import type { Endpoint } from '../../domain/scenario/endpoint';
import { useSameWhileKey } from '../../lib/use-same-while-key';
import { useSettledValue } from '../../lib/use-settled-value';
import { useCalculator } from '../../store/calculator-context';
import { selectActiveRouteId } from '../../store/selectors';
import { useComparisonRows } from '../../store/use-comparison-rows';
import { useRoutes } from '../../store/use-routes';
import { ChartSeriesContext } from './chart-series-context';
import { ColumnMenu } from './column-menu';
import { comparisonFeatures, tableColumns } from './comparison-columns';
import { ComparisonFilters } from './comparison-filters';
import { type RowState, RowStateContext } from './row-state-context';
import { SortableHeader } from './sortable-header';
import { TableExports } from './table-exports';
import { useColumnVisibility } from './use-column-visibility';
import './comparison.css';

const PAGE_SIZE = 50;

/**
 * Every route costed for the whole scenario (every endpoint's workload on that route). The table
 * follows the workload once input settles, like the charts (lib/use-settled-value.ts): while a slider
 * is dragged or stepped, only the bill follows each step, and the table catches up at low priority
 * when the slider is released or no key came for a moment; any other change follows at once. Costing
 * and re-writing 51 rows on every step made a key wait for the one before (4× CPU: keyboard p95 96 ms
 * when the table followed each step, 40 ms now). The rows are sorted on their raw values and
 * paged here (table-order.ts); the table is given only the page it shows (manual sorting and
 * pagination), so a 5,000-route sheet writes 51 rows of cells, not 5,000.
 */
export function ComparisonTable() {
  const endpoints = useSettledValue(useCalculator((state) => state.endpoints));
  return (
    <Card title="Compare every route" className="comparison">
      <ComparisonFilters />
      <ComparisonResults endpoints={endpoints} />
    </Card>
  );
}

const ComparisonResults = memo(function ComparisonResults({
  endpoints,
}: {
  readonly endpoints: readonly Endpoint[];
}) {
  const { rows, extras, ownOutside } = useComparisonRows(endpoints);
  const routes = useDeferredValue(useRoutes());
  const tableSort = useCalculator((state) => state.tableSort);
  const activeRouteId = useCalculator(selectActiveRouteId);
  const setTableSort = useCalculator((state) => state.setTableSort);
  const currencyCode = extras?.currency.code ?? null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the columns change only with the currency.
  const columns = useMemo(() => tableColumns(extras?.currency ?? null), [currencyCode, extras === null]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the columns change only with the currency.
  const specs = useMemo(() => screenColumns(extras?.currency ?? null), [currencyCode, extras === null]);

  const sorting = useMemo(() => [{ id: tableSort.columnId, desc: tableSort.descending }], [tableSort]);
  const pinnedRouteIds = useCalculator((state) => state.pinnedRouteIds);
  const customRoutes = useCalculator((state) => state.customRoutes);
  const selectRoute = useCalculator((state) => state.selectRoute);
  const togglePinned = useCalculator((state) => state.togglePinned);
  // One subscription for every row's badges and buttons (row-state-context.ts), new only when they change.
  const rowState = useMemo<RowState>(
    () => ({
      activeRouteId,
      pinnedRouteIds: new Set(pinnedRouteIds),
      userRouteIds: new Set(customRoutes.map((route) => route.id)),
      selectRoute,
      togglePinned,
    }),
    [activeRouteId, pinnedRouteIds, customRoutes, selectRoute, togglePinned],
  );
  const seriesOfRows = useMemo(
    () => chartSeriesIndex(rows, pinnedRouteIds, routes, activeRouteId),
    [rows, pinnedRouteIds, routes, activeRouteId],
  );
  // The same map while the charts draw the same routes: a slider step costs the rows anew, and every
  // model cell that reads this context would re-render for nothing.
  const chartSeries = useSameWhileKey(seriesOfRows, [...seriesOfRows].join(' '));

  // Your route is always in the table (added when the filters leave it out) and pinned above every page.
  const data = useMemo(() => (ownOutside ? [...rows, ownOutside] : rows), [rows, ownOutside]);
  const sorted = useMemo(() => sortComparisonRows(data, specs, tableSort), [data, specs, tableSort]);
  // A new order (a step, a filter, another sort) starts again at the first page.
  const [paging, setPaging] = useState({ pageIndex: 0, of: sorted });
  const pageIndex = paging.of === sorted ? paging.pageIndex : 0;
  const pagination = useMemo(() => ({ pageIndex, pageSize: PAGE_SIZE }), [pageIndex]);
  const shown = useMemo(
    () => tablePage(sorted, activeRouteId, pageIndex, PAGE_SIZE),
    [sorted, activeRouteId, pageIndex],
  );
  const visibility = useColumnVisibility(extras?.currency ?? null, rows);

  const table = useTable({
    features: comparisonFeatures,
    columns,
    data: shown.rows,
    getRowId: (row) => row.route.id,
    state: { sorting, pagination, columnVisibility: visibility.state },
    manualSorting: true,
    manualPagination: true,
    rowCount: sorted.length,
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const [first] = next;
      if (first) setTableSort({ columnId: first.id, descending: first.desc });
    },
    onPaginationChange: (updater) => {
      const next: PaginationState = functionalUpdate(updater, pagination);
      setPaging({ pageIndex: next.pageIndex, of: sorted });
    },
    enableSortingRemoval: false,
  });

  const pageCount = table.getPageCount();

  return (
    <ChartSeriesContext.Provider value={chartSeries}>
      <RowStateContext.Provider value={rowState}>
        <div className="comparison__bar">
          <p className="comparison__summary" aria-live="polite">
            {describeComparison(rows)}
          </p>
          <ColumnMenu choices={visibility.choices} />
        </div>
        {/* A scrollable region must take focus so keyboard users can scroll it (WCAG 2.1.1, axe scrollable-region-focusable). */}
        {/* biome-ignore lint/a11y/useSemanticElements: a <section> would add a landmark heading requirement; this is only a scroll container. */}
        <div
          className="comparison__scroll"
          role="region"
          aria-label="Provider comparison, scrolls sideways"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll container must be focusable to scroll by keyboard.
          tabIndex={0}
        >
          <table className="comparison__table">
            <caption>Provider comparison</caption>
            <thead>
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id}>
                  {group.headers.map((header) => (
                    <SortableHeader key={header.id} header={header} />
                  ))}
                </tr>
              ))}
            </thead>
            <tbody>
              {table.getRowModel().rows.map((row) => (
                <tr
                  key={row.id}
                  className={[
                    row.original.route.id === activeRouteId ? 'is-active' : '',
                    isCheapestKnownFit(row.original) ? 'is-cheapest' : '',
                    row.original.fitProblems.length > 0 ? 'does-not-fit' : '',
                  ].join(' ')}
                >
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} className={`cell-${cell.column.id}`}>
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {pageCount > 1 ? (
          <nav className="comparison__pages" aria-label="Table pages">
            <button type="button" onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage()}>
              Previous page
            </button>
            <span>
              Page {pagination.pageIndex + 1} of {pageCount}
            </span>
            <button type="button" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()}>
              Next page
            </button>
          </nav>
        ) : null}
        <TableExports rows={() => inTableOrder(sorted, activeRouteId)} currency={extras?.currency ?? null} />
        <p className="field-hint">
          Costs use the workload above and any prices you edited. Ranked among the routes shown; routes whose
          context window or max output cannot hold one request are never ranked, and routes that do not
          publish a limit the workload needs are marked "may not fit (limit not published)" and ranked after
          those known to fit. Blended 3:1 weights list input and output prices 3 to 1; "Your mix" is this
          workload's cost per 1M tokens, retry buffer excluded.
        </p>
      </RowStateContext.Provider>
    </ChartSeriesContext.Provider>
  );
});
