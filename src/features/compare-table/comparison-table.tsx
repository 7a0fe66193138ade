import { useTable } from '@tanstack/react-table';
import { memo, useDeferredValue, useMemo, useState } from 'react';
import { Card } from '../../components/ui/card';
import { readBillingExtras } from '../../domain/billing/billing-extras';
import { chartSeriesIndex } from '../../domain/charts/chart-data';
import { buildComparisonRows, extrasApply } from '../../domain/compare/comparison-rows';
import { comparisonCsv } from '../../domain/export/exports';
import { routeName } from '../../domain/rates/route';
import { filterRoutes } from '../../domain/rates/route-filter';
import type { ShapeList } from '../../domain/workload/shapes';
import { downloadText } from '../../lib/download';
import { useCalculator } from '../../store/calculator-context';
import { selectActiveRouteId } from '../../store/calculator-store';
import { useScenarioShapes } from '../../store/scenario-shapes';
import { useRoutes } from '../../store/use-routes';
import { ChartSeriesContext } from './chart-series-context';
import { columnsWithExtras, comparisonColumns, comparisonFeatures } from './comparison-columns';
import { ComparisonFilters } from './comparison-filters';
import { SortableHeader } from './sortable-header';
import './comparison.css';

const PAGE_SIZE = 50;

/**
 * Every route costed for the whole scenario (every endpoint's workload on that route). The table
 * follows the workload through a deferred value: a
 * slider step re-renders only this wrapper at once, and the memoised results catch up at low
 * priority, so the slider and the breakdown stay instant. Rows past the first page are paginated.
 */
export function ComparisonTable() {
  const shapes = useDeferredValue(useScenarioShapes());
  return (
    <Card title="Compare every route" className="comparison">
      <ComparisonFilters />
      <ComparisonResults shapes={shapes} />
    </Card>
  );
}

const ComparisonResults = memo(function ComparisonResults({ shapes }: { readonly shapes: ShapeList }) {
  // A new rate sheet (5,000 imported routes) is costed at low priority, in slices, not in one long task.
  const routes = useDeferredValue(useRoutes());
  const priceOverrides = useCalculator((state) => state.priceOverrides);
  const routeFilter = useCalculator((state) => state.routeFilter);
  const tableSort = useCalculator((state) => state.tableSort);
  const activeRouteId = useCalculator(selectActiveRouteId);
  const setTableSort = useCalculator((state) => state.setTableSort);
  const [pagination, setPagination] = useState({ pageIndex: 0, pageSize: PAGE_SIZE });
  const billingInput = useCalculator((state) => state.billingExtras);
  const extras = useMemo(() => {
    const { extras: read } = readBillingExtras(billingInput);
    return extrasApply(read) ? read : null;
  }, [billingInput]);
  const currencyCode = extras?.currency.code ?? null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the columns change only with the currency.
  const columns = useMemo(
    () => (extras === null ? comparisonColumns : columnsWithExtras(extras.currency)),
    [currencyCode, extras === null],
  );

  const shownRoutes = useMemo(() => filterRoutes(routes, routeFilter), [routes, routeFilter]);
  const rows = useMemo(
    () => buildComparisonRows(shownRoutes, shapes, priceOverrides, extras),
    [shownRoutes, shapes, priceOverrides, extras],
  );
  const sorting = useMemo(() => [{ id: tableSort.columnId, desc: tableSort.descending }], [tableSort]);
  const pinnedRouteIds = useCalculator((state) => state.pinnedRouteIds);
  const chartSeries = useMemo(
    () => chartSeriesIndex(rows, pinnedRouteIds, routes),
    [rows, pinnedRouteIds, routes],
  );

  const table = useTable({
    features: comparisonFeatures,
    columns,
    data: rows,
    state: { sorting, pagination },
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const [first] = next;
      if (first) setTableSort({ columnId: first.id, descending: first.desc });
    },
    onPaginationChange: setPagination,
    enableSortingRemoval: false,
    autoResetPageIndex: true,
  });

  const pageCount = table.getPageCount();
  const shown = `${rows.length} ${rows.length === 1 ? 'route' : 'routes'} shown`;
  const cheapest = rows.find((row) => row.rank === 1);

  return (
    <ChartSeriesContext.Provider value={chartSeries}>
      <p className="comparison__summary" aria-live="polite">
        {rows.length === 0
          ? 'No route matches these filters.'
          : cheapest
            ? `${shown}. Cheapest that fits: ${routeName(cheapest.route)}.`
            : `${shown}; none can hold this workload.`}
      </p>
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
                  row.original.rank === 1 ? 'is-cheapest' : '',
                  row.original.fitProblems.length > 0 ? 'does-not-fit' : '',
                ].join(' ')}
              >
                {row.getAllCells().map((cell) => (
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
      <button
        type="button"
        className="small-button comparison__export"
        onClick={() =>
          downloadText(
            'kimi-route-comparison.csv',
            comparisonCsv(
              table.getSortedRowModel().rows.map((row) => row.original),
              extras?.currency ?? null,
            ),
            'text/csv',
          )
        }
      >
        Export table as CSV
      </button>
      <p className="field-hint">
        Costs use the workload above and any prices you edited. Ranked among the routes shown; routes whose
        context window or max output cannot hold one request are never ranked. Blended 3:1 weights list input
        and output prices 3 to 1; "Your mix" is this workload's cost per 1M tokens, retry buffer excluded.
      </p>
    </ChartSeriesContext.Provider>
  );
});
