/**
 * The comparison table's columns and features, at module scope so their references stay stable.
 * Every cell only renders a figure the domain computed; unknown values show "—" with the reason.
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
import { type DisplayCurrency, formatScaled } from '../../domain/billing/billing-extras';
import type { ComparisonRow } from '../../domain/compare/comparison-rows';
import {
  formatTimes,
  formatUsd,
  formatUsdPerMillion,
  formatUsdPerMillionRatio,
} from '../../domain/money/format-money';
import { formatTokens } from '../../domain/money/format-number';
import { formatPriceText, PRICE_KIND_LABELS, type PriceText, parsePrice } from '../../domain/rates/prices';
import { providerLabel } from '../../domain/rates/route';
import { ModelCell } from './model-cell';
import { RowActions } from './row-actions';

export const comparisonFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  rowPaginationFeature,
  paginatedRowModel: createPaginatedRowModel(),
});

type Column = ColumnDef<typeof comparisonFeatures, ComparisonRow>;
type SortValue = bigint | number | string | undefined;

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

function priceCell(text: PriceText | null): ReactNode {
  return formatPriceText(text) ?? unknown('not published');
}

/** Sortable column: `value` gives the sort key (undefined sorts last), `render` the cell. */
function column(
  id: string,
  header: string,
  value: (row: ComparisonRow) => SortValue,
  render: (row: ComparisonRow) => ReactNode,
  numeric = true,
): Column {
  return {
    id,
    header,
    accessorFn: value,
    cell: ({ row }) => render(row.original),
    sortFn: (rowA, rowB, columnId) =>
      compareValues(rowA.getValue<SortValue>(columnId), rowB.getValue<SortValue>(columnId)),
    sortUndefined: 'last',
    sortDescFirst: false,
    meta: { numeric },
  };
}

const scaled = (ratio: { numerator: bigint; denominator: bigint } | null, scale: bigint) =>
  ratio === null ? undefined : (ratio.numerator * scale) / ratio.denominator;

/** The columns with "With fees and tax" after the monthly cost, in the display currency. */
export function columnsWithExtras(currency: DisplayCurrency): Column[] {
  const withExtras = column(
    'withExtras',
    `With fees and tax (${currency.code})`,
    (row) => row.withExtras ?? undefined,
    (row) =>
      row.withExtras === null ? unknown('no billing extras set') : formatScaled(row.withExtras, currency),
  );
  const at = comparisonColumns.findIndex((candidate) => candidate.id === 'monthlyCost') + 1;
  return [...comparisonColumns.slice(0, at), withExtras, ...comparisonColumns.slice(at)];
}

export const comparisonColumns: Column[] = [
  column(
    'model',
    'Model',
    (row) => row.route.modelName,
    (row) => <ModelCell row={row} />,
    false,
  ),
  column(
    'provider',
    'Provider',
    (row) => providerLabel(row.route),
    (row) => providerLabel(row.route),
    false,
  ),
  column(
    'monthlyCost',
    'Monthly cost',
    (row) => row.bill.monthly,
    (row) => <strong>{formatUsd(row.bill.monthly)}</strong>,
  ),
  column(
    'timesCheapest',
    '× cheapest',
    (row) => scaled(row.timesCheapest, 10n ** 6n),
    (row) =>
      row.timesCheapest === null
        ? unknown('no fitting route costs anything')
        : formatTimes(row.timesCheapest.numerator, row.timesCheapest.denominator),
  ),
  column(
    'blendedForMix',
    'Your mix $/1M',
    (row) => scaled(row.blendedForMix, 10n ** 6n),
    (row) =>
      row.blendedForMix === null
        ? unknown('no tokens in this workload')
        : formatUsdPerMillionRatio(row.blendedForMix.numerator, row.blendedForMix.denominator),
  ),
  column(
    'blended',
    'Blended 3:1 $/1M',
    (row) => row.blendedThreeToOne,
    (row) => formatUsdPerMillion(row.blendedThreeToOne),
  ),
  column(
    'inputPrice',
    `${PRICE_KIND_LABELS.input} $/1M`,
    (row) => parsePrice(row.prices.input) ?? undefined,
    (row) => priceCell(row.prices.input),
  ),
  column(
    'cachedInputPrice',
    `${PRICE_KIND_LABELS.cachedInput} $/1M`,
    (row) =>
      row.prices.cachedInput === null ? undefined : (parsePrice(row.prices.cachedInput) ?? undefined),
    (row) =>
      row.prices.cachedInput === null ? (
        <span className="unknown">
          — <span className="cell-note">billed at input price</span>
        </span>
      ) : (
        priceCell(row.prices.cachedInput)
      ),
  ),
  column(
    'outputPrice',
    `${PRICE_KIND_LABELS.output} $/1M`,
    (row) => parsePrice(row.prices.output) ?? undefined,
    (row) => priceCell(row.prices.output),
  ),
  column(
    'contextWindow',
    'Context window',
    (row) => row.route.contextWindow ?? undefined,
    (row) =>
      row.route.contextWindow === null ? unknown('not published') : formatTokens(row.route.contextWindow),
  ),
  column(
    'maxOutput',
    'Max output',
    (row) => row.route.maxOutput ?? undefined,
    (row) => (row.route.maxOutput === null ? unknown('not published') : formatTokens(row.route.maxOutput)),
  ),
  column(
    'speed',
    'Output tokens/s',
    (row) => row.route.speed?.outputTokensPerSecond ?? undefined,
    (row) =>
      row.route.speed?.outputTokensPerSecond == null
        ? unknown('no measurement for this provider')
        : `${row.route.speed.outputTokensPerSecond}`,
  ),
  column(
    'timeToFirstToken',
    'Time to first token',
    (row) => row.route.speed?.timeToFirstTokenSeconds ?? undefined,
    (row) =>
      row.route.speed?.timeToFirstTokenSeconds == null
        ? unknown('no measurement for this provider')
        : `${row.route.speed.timeToFirstTokenSeconds} s`,
  ),
  column(
    'checked',
    'Price checked',
    (row) => row.route.source.date,
    (row) => (
      <time title={`${row.route.source.label}: ${row.route.source.dateMeaning}`}>
        {row.route.source.date}
      </time>
    ),
    false,
  ),
  {
    id: 'actions',
    header: 'Compare',
    enableSorting: false,
    cell: ({ row }) => <RowActions route={row.original.route} />,
  },
];
