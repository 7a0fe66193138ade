import type { Header } from '@tanstack/react-table';
import type { ComparisonRow } from '../../domain/compare/comparison-rows';
import type { comparisonFeatures } from './comparison-columns';

interface SortableHeaderProps {
  readonly header: Header<typeof comparisonFeatures, ComparisonRow, unknown>;
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/** A column header: a button named by the column's label that sorts by it, with aria-sort. */
export function SortableHeader({ header }: SortableHeaderProps) {
  const label = String(header.column.columnDef.header ?? '');
  const sorted = header.column.getIsSorted();
  if (!header.column.getCanSort()) {
    return (
      <th scope="col" className={`cell-${header.column.id}`}>
        {label}
      </th>
    );
  }
  return (
    <th scope="col" className={`cell-${header.column.id}`} aria-sort={sorted ? ARIA_SORT[sorted] : undefined}>
      <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
        {label}
        <span className="sort-indicator" aria-hidden="true">
          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}
