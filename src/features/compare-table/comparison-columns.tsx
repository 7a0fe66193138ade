/**
 * The comparison table's columns, from the spec the CSV shares (compare/comparison-columns.ts), and its
 * features at module scope so their references stay stable. Every cell only renders a figure the
 * domain computed; unknown values show "—" with the reason.
 */
import {
  type ColumnDef,
  createPaginatedRowModel,
  createSortedRowModel,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';
import type { ReactNode } from 'react';
import type { DisplayCurrency } from '../../domain/billing/display-currency';
import {
  type ComparisonColumn,
  type ComparisonColumnId,
  comparisonColumns,
  type SortValue,
} from '../../domain/compare/comparison-columns';
import type { ComparisonRow } from '../../domain/compare/comparison-rows';
import { ModelCell } from './model-cell';
import { RowActions } from './row-actions';

export const comparisonFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  rowPaginationFeature,
  paginatedRowModel: createPaginatedRowModel(),
});

type Column = ColumnDef<typeof comparisonFeatures, ComparisonRow>;

function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === 'string' && typeof b === 'string') return a.localeCompare(b);
  if (a === undefined || b === undefined) return 0;
  return a < b ? -1 : a > b ? 1 : 0;
}

function unknown(reason: string): ReactNode {
  return (
    <span className="unknown" title={reason}>
      —<span className="visually-hidden"> ({reason})</span>
    </span>
  );
}

/** The cells that show more than their text: the model's badges, the bold total, the dates. */
const RENDER: Partial<Record<ComparisonColumnId, (row: ComparisonRow, text: string | null) => ReactNode>> = {
  model: (row) => <ModelCell row={row} />,
  monthlyCost: (_row, text) => <strong>{text}</strong>,
  cachedInputPrice: (row, text) =>
    row.prices.cachedInput === null ? (
      <span className="unknown">
        — <span className="cell-note">billed at input price</span>
      </span>
    ) : (
      (text ?? unknown('not published'))
    ),
  checked: (row, text) => (
    <time title={`${row.route.source.label}: ${row.route.source.dateMeaning}`}>{text}</time>
  ),
};

/** A sortable table column from the shared spec: its text, or "—" with the reason. */
function toColumn(spec: ComparisonColumn): Column {
  const render = RENDER[spec.id];
  return {
    id: spec.id,
    header: spec.header,
    accessorFn: spec.sortValue,
    cell: ({ row }) => {
      const text = spec.text(row.original);
      if (render) return render(row.original, text);
      return text ?? unknown(spec.unknownReason ?? 'unknown');
    },
    sortFn: (rowA, rowB, columnId) =>
      compareValues(rowA.getValue<SortValue>(columnId), rowB.getValue<SortValue>(columnId)),
    sortUndefined: 'last',
    sortDescFirst: false,
    meta: { numeric: spec.numeric },
  };
}

const ACTIONS: Column = {
  id: 'actions',
  header: 'Compare',
  enableSorting: false,
  cell: ({ row }) => <RowActions route={row.original.route} />,
};

/** The table's columns (the shared spec without the CSV-only ones) and the row actions. */
export function comparisonTableColumns(currency: DisplayCurrency | null): Column[] {
  const shown = comparisonColumns(currency).filter((spec) => spec.in !== 'csv');
  return [...shown.map(toColumn), ACTIONS];
}
