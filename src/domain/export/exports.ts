/**
 * The comparison table and the breakdown as CSV, with the same formatted figures the screen shows, so
 * a spreadsheet and the page always agree to the cent.
 */

import type { DisplayCurrency } from '../billing/display-currency';
import { comparisonColumns } from '../compare/comparison-columns';
import type { ComparisonRow } from '../compare/comparison-rows';
import { COST_PART_LABELS } from '../cost/bill';
import type { BreakdownFigures } from '../cost/breakdown';
import { tableToCsv } from './csv';

/**
 * Rows in the order given (the table's sort), with the table's columns (compare/comparison-columns.ts),
 * unknown values left empty rather than shown as 0. With billing extras in `currency`, a "With fees and
 * tax" column follows the monthly cost, as on screen.
 */
export function comparisonCsv(
  rows: readonly ComparisonRow[],
  currency: DisplayCurrency | null = null,
): string {
  const columns = comparisonColumns(currency).filter((column) => column.in !== 'table');
  return tableToCsv(
    columns.map((column) => column.header),
    rows.map((row) => columns.map((column) => column.text(row) ?? '')),
  );
}

/** The breakdown's lines and total, as shown: the amounts add up to the total. */
export function breakdownCsv(figures: BreakdownFigures, routeName: string): string {
  return tableToCsv(
    ['Line', 'Monthly amount', 'Share of bill', 'Tokens per month'],
    [
      ...figures.lines.map((line) => [
        `${COST_PART_LABELS[line.key]} cost`,
        line.amount,
        line.sharePercent === null ? '' : `${line.sharePercent}%`,
        line.tokens,
      ]),
      [
        'Monthly cost',
        figures.monthly,
        figures.lines.some((line) => line.sharePercent !== null) ? '100%' : '',
        '',
      ],
      ['Yearly cost', figures.yearly, '', ''],
      ['Cost per request', figures.perRequest, '', ''],
      ['Route', routeName, '', ''],
    ],
  );
}
