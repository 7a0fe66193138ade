/**
 * The comparison table and the breakdown as files: CSV for spreadsheets (plain numbers rounded exactly
 * as the screen rounds them, so a spreadsheet and the page agree to the cent) and Markdown for docs.
 */

import type { DisplayCurrency } from '../billing/display-currency';
import { comparisonColumns } from '../compare/comparison-columns';
import type { ComparisonRow } from '../compare/comparison-rows';
import { COST_PART_LABELS } from '../cost/bill';
import type { BreakdownFigures } from '../cost/breakdown';
import { plainNumber } from '../money/format-money';
import { tableToCsv } from './csv';

/** Every export is UTF-8 with a byte-order mark, so Excel reads "×" and "—" right. */
const FILE_OPTIONS = { byteOrderMark: true } as const;

/**
 * The comparison as CSV, rows in the order given (the table's sort), from the same column spec as the
 * table: plain numbers (the unit in each header, e.g. "Monthly cost (USD)"), ISO dates, and an empty
 * cell for a value that is not known. With billing extras, "With fees and tax (EUR)" follows the
 * monthly cost, as on screen.
 */
export function comparisonCsv(
  rows: readonly ComparisonRow[],
  currency: DisplayCurrency | null = null,
): string {
  const columns = comparisonColumns(currency);
  return tableToCsv(
    columns.map((column) => column.fileHeader),
    rows.map((row) =>
      columns.map((column) => {
        const cell = column.cell(row);
        return cell.known ? cell.plain : '';
      }),
    ),
    FILE_OPTIONS,
  );
}

/**
 * A Markdown table cell: pipes and backslashes escaped, line breaks as spaces (one row per line), and
 * markup characters as entities, so a route named "<img onerror=…>" stays text in the docs it is pasted into.
 */
function markdownCell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ');
}

/**
 * The comparison as a GitHub-flavoured Markdown table, for docs authors: the figures exactly as the
 * screen writes them ("$3.90", "1.50×"), "—" for a value that is not known, numbers right-aligned.
 */
export function comparisonMarkdown(
  rows: readonly ComparisonRow[],
  currency: DisplayCurrency | null = null,
): string {
  const columns = comparisonColumns(currency);
  const line = (cells: readonly string[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
  return [
    line(columns.map((column) => column.header)),
    `| ${columns.map((column) => (column.numeric ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((row) =>
      line(
        columns.map((column) => {
          const cell = column.cell(row);
          return cell.known ? cell.text : '—';
        }),
      ),
    ),
  ]
    .map((text) => `${text}\n`)
    .join('');
}

/** The breakdown's lines and total as plain numbers (USD, %), as shown: the amounts add up to the total. */
export function breakdownCsv(figures: BreakdownFigures, routeName: string): string {
  return tableToCsv(
    ['Line', 'Monthly amount (USD)', 'Share of bill (%)', 'Tokens per month'],
    [
      ...figures.lines.map((line) => [
        `${COST_PART_LABELS[line.key]} cost`,
        plainNumber.cents(line.amountCents),
        line.sharePercent === null ? '' : `${line.sharePercent}`,
        line.tokenCount === null ? '' : `${line.tokenCount}`,
      ]),
      [
        'Monthly cost',
        plainNumber.cents(figures.monthlyCents),
        figures.lines.some((line) => line.sharePercent !== null) ? '100' : '',
        '',
      ],
      ['Yearly cost', plainNumber.cents(figures.yearlyCents), '', ''],
      ['Cost per request', plainNumber.usdPerUnit(figures.perRequestAmount), '', ''],
      ['Route', routeName, '', ''],
    ],
    FILE_OPTIONS,
  );
}
