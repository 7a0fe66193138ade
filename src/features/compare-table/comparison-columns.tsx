/**
 * The comparison table's columns and features. The columns come from the domain's column spec (the
 * same one the CSV and the Markdown copy use); a cell only renders the text the spec gives, and an
 * unknown value shows "—" with its reason.
 */
import {
  type ColumnDef,
  columnVisibilityFeature,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';
import type { ReactNode } from 'react';
import type { DisplayCurrency } from '../../domain/billing/display-currency';
import {
  type ComparisonColumn as ComparisonSpecColumn,
  screenColumns,
} from '../../domain/compare/comparison-columns';
import type { ComparisonRow } from '../../domain/compare/comparison-rows';
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

/** How a cell of each column looks; most show the spec's text, a few add markup around it. */
function renderCell(spec: ComparisonSpecColumn, row: ComparisonRow): ReactNode {
  const cell = spec.cell(row);
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

/**
 * A sortable table column from the spec. The table never sorts (the rows come sorted, table-order.ts):
 * the accessor makes the header's sort button work and gives the cell's key.
 */
function tableColumn(spec: ComparisonSpecColumn): Column {
  return {
    id: spec.id,
    header: spec.header,
    accessorFn: spec.sortKey,
    cell: ({ row }) => renderCell(spec, row.original),
    sortDescFirst: false,
    meta: { numeric: spec.numeric },
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
