/**
 * The comparison table's columns and features. The columns come from the domain's column spec (the
 * same one the CSV and the Markdown copy use); a cell only renders the text the spec gives, and an
 * unknown value shows "—" with its reason.
 */
import {
  type CellContext,
  type ColumnDef,
  columnVisibilityFeature,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';
import { memo, type ReactNode } from 'react';
import type { DisplayCurrency } from '../../domain/billing/display-currency';
import {
  type ComparisonCell,
  type ComparisonColumn as ComparisonSpecColumn,
  screenColumns,
} from '../../domain/compare/comparison-columns';
import type { ComparisonRow } from '../../domain/compare/comparison-rows';
import { isCheapestKnownFit } from '../../domain/compare/rank-routes';
import { describeFitProblem } from '../../domain/workload/fit';
import { ModelCell } from './model-cell';
import { RowActions } from './row-actions';

/**
 * Sorting and pages are worked out on the rows' raw values before the table sees them (table-order.ts):
 * the table gets the page it shows, with `manualSorting` and `manualPagination`, and keeps the headers'
 * sort buttons, the page buttons and the column visibility.
 */
export const comparisonFeatures = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  columnVisibilityFeature,
});

type Column = ColumnDef<typeof comparisonFeatures, ComparisonRow>;
function unknown(reason: string): ReactNode {
  return (
    <span className="unknown" title={reason}>
      —<span className="visually-hidden"> ({reason})</span>
    </span>
  );
}

/** Each row's cells as written once: the row's render and the check whether it changed share them. */
const writtenCells = new WeakMap<ComparisonRow, Map<ComparisonSpecColumn, ComparisonCell>>();

function cellOf(spec: ComparisonSpecColumn, row: ComparisonRow): ComparisonCell {
  let cells = writtenCells.get(row);
  if (!cells) {
    cells = new Map();
    writtenCells.set(row, cells);
  }
  let cell = cells.get(spec);
  if (!cell) {
    cell = spec.cell(row);
    cells.set(spec, cell);
  }
  return cell;
}

function sameCell(a: ComparisonCell, b: ComparisonCell): boolean {
  return a.known ? b.known && a.text === b.text : !b.known && a.reason === b.reason;
}

const fitWords = (row: ComparisonRow) => row.fitProblems.map(describeFitProblem).join(' ');

/**
 * Whether a column's cell reads the same for two costings of one route: the same route and the same
 * text (or reason); for the model cell, the same marks (your route outside the filters, cheapest,
 * custom price, fit).
 */
function sameCellOnScreen(spec: ComparisonSpecColumn, a: ComparisonRow, b: ComparisonRow): boolean {
  if (a === b) return true;
  if (a.route !== b.route) return false;
  if (spec.id !== 'model') return sameCell(cellOf(spec, a), cellOf(spec, b));
  return (
    a.outsideFilters === b.outsideFilters &&
    a.isCustomPrice === b.isCustomPrice &&
    a.fit === b.fit &&
    isCheapestKnownFit(a) === isCheapestKnownFit(b) &&
    fitWords(a) === fitWords(b) &&
    a.unpublishedLimits.join() === b.unpublishedLimits.join()
  );
}

/** How a cell of each column looks; most show the spec's text, a few add markup around it. */
function renderCell(spec: ComparisonSpecColumn, row: ComparisonRow): ReactNode {
  const cell = cellOf(spec, row);
  if (spec.id === 'model') return <ModelCell row={row} />;
  if (!cell.known) {
    return spec.id === 'cachedInputPrice' ? (
      <span className="unknown">
        — <span className="cell-note">{cell.reason}</span>
      </span>
    ) : (
      unknown(cell.reason)
    );
  }
  if (spec.id === 'monthlyCost') return <strong>{cell.text}</strong>;
  if (spec.id === 'checked') {
    return <time title={`${row.route.source.label}: ${row.route.source.dateMeaning}`}>{cell.text}</time>;
  }
  return cell.text;
}

type CellProps = CellContext<typeof comparisonFeatures, ComparisonRow>;

/** Each table column's spec, found from the column's meta (the table copies a column's def, not its meta). */
const specOfMeta = new WeakMap<object, ComparisonSpecColumn>();

function specOf({ column }: CellProps): ComparisonSpecColumn {
  const spec = column.columnDef.meta && specOfMeta.get(column.columnDef.meta);
  if (!spec) throw new Error(`No column spec for the column "${column.id}"`);
  return spec;
}

/**
 * A cell of the table. A slider step costs every route anew, yet most cells read as before (the
 * prices, the limits, the model and its badges; the monthly cost is what changes): a cell that reads
 * the same (sameCellOnScreen) is kept as it is, so a step writes the cells whose text changed, not
 * every cell of the page. What follows the store (your route, pins, chart swatches) reaches the model
 * cell and the row's buttons by context, so they stay current either way.
 */
const ScreenCell = memo(
  function ScreenCell(props: CellProps) {
    return renderCell(specOf(props), props.row.original);
  },
  (before, after) => {
    const spec = specOf(after);
    return specOf(before) === spec && sameCellOnScreen(spec, before.row.original, after.row.original);
  },
);

/**
 * A sortable table column from the spec. The table never sorts (the rows come sorted, table-order.ts):
 * the accessor makes the header's sort button work and gives the cell's key.
 */
function tableColumn(spec: ComparisonSpecColumn): Column {
  const meta = { numeric: spec.numeric };
  specOfMeta.set(meta, spec);
  return {
    id: spec.id,
    header: spec.header,
    accessorFn: spec.sortKey,
    cell: ScreenCell,
    sortDescFirst: false,
    meta,
  };
}

const actionsColumn: Column = {
  id: 'actions',
  header: 'Compare',
  enableSorting: false,
  enableHiding: false,
  cell: ({ row }) => <RowActions route={row.original.route} />,
};

/** The table's columns for a display currency (null: no billing extras), from the one column spec. */
export function tableColumns(currency: DisplayCurrency | null): Column[] {
  return [...screenColumns(currency).map(tableColumn), actionsColumn];
}
