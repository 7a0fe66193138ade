import { useMemo } from 'react';
import type { DisplayCurrency } from '../../domain/billing/display-currency';
import {
  type ComparisonColumn,
  comparisonColumns,
  visibleColumnIds,
} from '../../domain/compare/comparison-columns';
import type { ComparisonRow } from '../../domain/compare/comparison-rows';
import { useCalculator } from '../../store/calculator-context';

export interface ColumnVisibility {
  /** TanStack's visibility state: every screen column by id, true when shown. */
  readonly state: Record<string, boolean>;
  /** The columns the "Columns" menu offers (all but Model and Provider), each with whether it is shown. */
  readonly choices: readonly { readonly column: ComparisonColumn; readonly shown: boolean }[];
}

/** Columns that are always shown: the row's name. */
const ALWAYS_SHOWN = new Set(['model', 'provider']);

/** Which columns the table shows (the domain's visibleColumnIds with the user's choices), for the rows shown. */
export function useColumnVisibility(
  currency: DisplayCurrency | null,
  rows: readonly ComparisonRow[],
): ColumnVisibility {
  const choices = useCalculator((state) => state.columnChoices);
  return useMemo(() => {
    const screen = comparisonColumns(currency).filter((column) => column.shown === 'everywhere');
    const visible = new Set(visibleColumnIds(screen, rows, choices));
    return {
      state: Object.fromEntries(screen.map((column) => [column.id, visible.has(column.id)])),
      choices: screen
        .filter((column) => !ALWAYS_SHOWN.has(column.id))
        .map((column) => ({ column, shown: visible.has(column.id) })),
    };
  }, [currency, rows, choices]);
}
