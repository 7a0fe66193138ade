/**
 * The comparison table and the breakdown as CSV, with the same formatted figures the screen shows, so
 * a spreadsheet and the page always agree to the cent.
 */

import { type DisplayCurrency, formatScaled } from '../billing/billing-extras';
import type { ComparisonRow } from '../compare/comparison-rows';
import type { BreakdownFigures } from '../cost/breakdown';
import { COST_PART_LABELS } from '../cost/breakdown';
import { formatTimes, formatUsd, formatUsdPerMillion, formatUsdPerMillionRatio } from '../money/format-money';
import { formatTokens } from '../money/format-number';
import { formatPriceText, PRICE_KIND_LABELS } from '../rates/prices';
import { providerLabel } from '../rates/route';
import { describeFitProblem } from '../workload/fit';
import { describeUnpublishedLimits, MAY_NOT_FIT } from '../workload/known-fit';
import { tableToCsv } from './csv';

const COMPARISON_HEADER = [
  'Model',
  'Provider',
  'Monthly cost',
  '× cheapest',
  'Your mix $/1M',
  'Blended 3:1 $/1M',
  `${PRICE_KIND_LABELS.input} $/1M`,
  `${PRICE_KIND_LABELS.cachedInput} $/1M`,
  `${PRICE_KIND_LABELS.output} $/1M`,
  'Context window',
  'Max output',
  'Fits',
  'Price checked',
  'Source',
];

/**
 * Rows in the order given (the table's sort), unknown values left empty rather than shown as 0. With
 * billing extras in `currency`, a "With fees and tax" column follows the monthly cost, as on screen.
 */
export function comparisonCsv(
  rows: readonly ComparisonRow[],
  currency: DisplayCurrency | null = null,
): string {
  const header = currency
    ? [
        ...COMPARISON_HEADER.slice(0, 3),
        `With fees and tax (${currency.code})`,
        ...COMPARISON_HEADER.slice(3),
      ]
    : COMPARISON_HEADER;
  return tableToCsv(
    header,
    rows.map((row) => [
      row.route.modelName,
      providerLabel(row.route),
      formatUsd(row.cost.monthly),
      ...(currency ? [row.withExtras === null ? '' : formatScaled(row.withExtras, currency)] : []),
      row.timesCheapest ? formatTimes(row.timesCheapest.numerator, row.timesCheapest.denominator) : '',
      row.blendedForMix
        ? formatUsdPerMillionRatio(row.blendedForMix.numerator, row.blendedForMix.denominator)
        : '',
      formatUsdPerMillion(row.blendedThreeToOne),
      formatPriceText(row.prices.input) ?? '',
      formatPriceText(row.prices.cachedInput) ?? '',
      formatPriceText(row.prices.output) ?? '',
      row.route.contextWindow === null ? '' : formatTokens(row.route.contextWindow),
      row.route.maxOutput === null ? '' : formatTokens(row.route.maxOutput),
      row.fit === 'does-not-fit'
        ? `no: ${row.fitProblems.map(describeFitProblem).join(' ')}`
        : row.fit === 'may-not-fit'
          ? `${MAY_NOT_FIT}: ${describeUnpublishedLimits(row.unpublishedLimits)}`
          : 'yes',
      row.route.source.date,
      row.route.source.url ?? row.route.source.label,
    ]),
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
