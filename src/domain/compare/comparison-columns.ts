/**
 * The comparison's columns, once, for the table and the CSV: the same headers, the same order and the
 * same figures, so a spreadsheet and the page always agree to the cent. The rules:
 * - one ordered list; a column is in both, or only in the table (speed, time to first token), or only
 *   in the CSV (whether it fits, the source);
 * - with billing extras in a display currency, "With fees and tax" follows the monthly cost;
 * - an unknown value has no text (the table shows "—" with the reason, the CSV leaves the cell empty)
 *   and sorts last.
 */
import type { DisplayCurrency } from '../billing/display-currency';
import { formatTimes, formatUsd, formatUsdPerMillion, formatUsdPerMillionRatio } from '../money/format-money';
import { formatTokens } from '../money/format-number';
import type { Fraction } from '../money/fraction';
import { formatPriceText, PRICE_KIND_LABELS, parsePrice } from '../rates/prices';
import { providerLabel } from '../rates/route';
import { describeFitProblem } from '../workload/fit';
import type { ComparisonRow } from './comparison-rows';

export type ComparisonColumnId =
  | 'model'
  | 'provider'
  | 'monthlyCost'
  | 'withExtras'
  | 'timesCheapest'
  | 'blendedForMix'
  | 'blended'
  | 'inputPrice'
  | 'cachedInputPrice'
  | 'outputPrice'
  | 'contextWindow'
  | 'maxOutput'
  | 'speed'
  | 'timeToFirstToken'
  | 'fits'
  | 'checked'
  | 'source';

/** What a column sorts by; undefined (unknown) sorts last. */
export type SortValue = bigint | number | string | undefined;

export interface ComparisonColumn {
  readonly id: ComparisonColumnId;
  readonly header: string;
  readonly numeric: boolean;
  readonly in: 'both' | 'table' | 'csv';
  readonly sortValue: (row: ComparisonRow) => SortValue;
  /** The cell as shown; null when the value is unknown. */
  readonly text: (row: ComparisonRow) => string | null;
  /** Why an unknown value is unknown, shown beside the "—". */
  readonly unknownReason?: string;
}

/** A fraction as a sort key, to 10^-6. */
const sortKey = (ratio: Fraction | null) =>
  ratio === null ? undefined : (ratio.numerator * 10n ** 6n) / ratio.denominator;

const NOT_PUBLISHED = 'not published';
const NO_MEASUREMENT = 'no measurement for this provider';

const BEFORE_EXTRAS: readonly ComparisonColumn[] = [
  {
    id: 'model',
    header: 'Model',
    numeric: false,
    in: 'both',
    sortValue: (row) => row.route.modelName,
    text: (row) => row.route.modelName,
  },
  {
    id: 'provider',
    header: 'Provider',
    numeric: false,
    in: 'both',
    sortValue: (row) => providerLabel(row.route),
    text: (row) => providerLabel(row.route),
  },
  {
    id: 'monthlyCost',
    header: 'Monthly cost',
    numeric: true,
    in: 'both',
    sortValue: (row) => row.bill.monthly,
    text: (row) => formatUsd(row.bill.monthly),
  },
];

const AFTER_EXTRAS: readonly ComparisonColumn[] = [
  {
    id: 'timesCheapest',
    header: '× cheapest',
    numeric: true,
    in: 'both',
    sortValue: (row) => sortKey(row.timesCheapest),
    text: (row) =>
      row.timesCheapest && formatTimes(row.timesCheapest.numerator, row.timesCheapest.denominator),
    unknownReason: 'no fitting route costs anything',
  },
  {
    id: 'blendedForMix',
    header: 'Your mix $/1M',
    numeric: true,
    in: 'both',
    sortValue: (row) => sortKey(row.blendedForMix),
    text: (row) =>
      row.blendedForMix &&
      formatUsdPerMillionRatio(row.blendedForMix.numerator, row.blendedForMix.denominator),
    unknownReason: 'no tokens in this workload',
  },
  {
    id: 'blended',
    header: 'Blended 3:1 $/1M',
    numeric: true,
    in: 'both',
    sortValue: (row) => row.blendedThreeToOne,
    text: (row) => formatUsdPerMillion(row.blendedThreeToOne),
  },
  {
    id: 'inputPrice',
    header: `${PRICE_KIND_LABELS.input} $/1M`,
    numeric: true,
    in: 'both',
    sortValue: (row) => parsePrice(row.prices.input) ?? undefined,
    text: (row) => formatPriceText(row.prices.input),
    unknownReason: NOT_PUBLISHED,
  },
  {
    id: 'cachedInputPrice',
    header: `${PRICE_KIND_LABELS.cachedInput} $/1M`,
    numeric: true,
    in: 'both',
    sortValue: (row) =>
      row.prices.cachedInput === null ? undefined : (parsePrice(row.prices.cachedInput) ?? undefined),
    text: (row) => formatPriceText(row.prices.cachedInput),
    unknownReason: NOT_PUBLISHED,
  },
  {
    id: 'outputPrice',
    header: `${PRICE_KIND_LABELS.output} $/1M`,
    numeric: true,
    in: 'both',
    sortValue: (row) => parsePrice(row.prices.output) ?? undefined,
    text: (row) => formatPriceText(row.prices.output),
    unknownReason: NOT_PUBLISHED,
  },
  {
    id: 'contextWindow',
    header: 'Context window',
    numeric: true,
    in: 'both',
    sortValue: (row) => row.route.contextWindow ?? undefined,
    text: (row) => (row.route.contextWindow === null ? null : formatTokens(row.route.contextWindow)),
    unknownReason: NOT_PUBLISHED,
  },
  {
    id: 'maxOutput',
    header: 'Max output',
    numeric: true,
    in: 'both',
    sortValue: (row) => row.route.maxOutput ?? undefined,
    text: (row) => (row.route.maxOutput === null ? null : formatTokens(row.route.maxOutput)),
    unknownReason: NOT_PUBLISHED,
  },
  {
    id: 'speed',
    header: 'Output tokens/s',
    numeric: true,
    in: 'table',
    sortValue: (row) => row.route.speed?.outputTokensPerSecond ?? undefined,
    text: (row) => {
      const speed = row.route.speed?.outputTokensPerSecond;
      return speed == null ? null : `${speed}`;
    },
    unknownReason: NO_MEASUREMENT,
  },
  {
    id: 'timeToFirstToken',
    header: 'Time to first token',
    numeric: true,
    in: 'table',
    sortValue: (row) => row.route.speed?.timeToFirstTokenSeconds ?? undefined,
    text: (row) => {
      const seconds = row.route.speed?.timeToFirstTokenSeconds;
      return seconds == null ? null : `${seconds} s`;
    },
    unknownReason: NO_MEASUREMENT,
  },
  {
    id: 'fits',
    header: 'Fits',
    numeric: false,
    in: 'csv',
    sortValue: (row) => row.fitProblems.length,
    text: (row) =>
      row.fitProblems.length === 0 ? 'yes' : `no: ${row.fitProblems.map(describeFitProblem).join(' ')}`,
  },
  {
    id: 'checked',
    header: 'Price checked',
    numeric: false,
    in: 'both',
    sortValue: (row) => row.route.source.date,
    text: (row) => row.route.source.date,
  },
  {
    id: 'source',
    header: 'Source',
    numeric: false,
    in: 'csv',
    sortValue: (row) => row.route.source.url ?? row.route.source.label,
    text: (row) => row.route.source.url ?? row.route.source.label,
  },
];

const WITHOUT_EXTRAS = [...BEFORE_EXTRAS, ...AFTER_EXTRAS];

/** Every column in order; with a display currency, "With fees and tax" after the monthly cost. */
export function comparisonColumns(currency: DisplayCurrency | null): readonly ComparisonColumn[] {
  if (currency === null) return WITHOUT_EXTRAS;
  const withExtras: ComparisonColumn = {
    id: 'withExtras',
    header: `With fees and tax (${currency.code})`,
    numeric: true,
    in: 'both',
    sortValue: (row) => row.withExtras?.sortKey,
    text: (row) => row.withExtras?.text ?? null,
    unknownReason: 'no billing extras set',
  };
  return [...BEFORE_EXTRAS, withExtras, ...AFTER_EXTRAS];
}
