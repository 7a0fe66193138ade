/**
 * The comparison's columns, written once: the table on screen, its CSV and its Markdown copy all come
 * from this list, so they can never disagree on a figure, an order or a header. The rules, in words:
 * - each column has the header the screen shows and, for files, the same header with its unit
 *   ("Monthly cost (USD)", "Context window (tokens)");
 * - a cell gives the text the screen shows, the plain number a file carries (no currency sign, no
 *   grouping, rounded exactly as on screen) and the key the table sorts by; a value that is not
 *   known has no text, no number and no key, only the reason it is not known;
 * - the key alone can be had without writing the text (`sortKey`), the same key the cell gives: a table
 *   of 5,000 routes sorts on it and writes only the rows it shows;
 * - "With fees and tax", in the display currency, follows the monthly cost when billing extras apply;
 * - "Fits" is in the files only: on screen the model cell says why a route does not fit;
 * - on screen, the columns that fit 1280 px are shown by default and the rest wait under "Columns"
 *   (`view`); files always carry every column, whatever the screen shows (visibleColumnIds).
 */
import type { DisplayCurrency } from '../billing/display-currency';
import {
  formatTimes,
  formatUsd,
  formatUsdPerMillion,
  formatUsdPerMillionRatio,
  plainNumber,
} from '../money/format-money';
import { PRICE_KIND_LABELS } from '../rates/prices';
import { providerLabel } from '../rates/route';
import { describeFitProblem } from '../workload/fit';
import { describeUnpublishedLimits, MAY_NOT_FIT } from '../workload/known-fit';
import {
  fractionCell,
  fractionKey,
  keyOfCell,
  known,
  priceCell,
  priceKey,
  tokensCell,
  unknown,
} from './comparison-cells';
import type { ComparisonRow } from './comparison-rows';

export type ColumnSortKey = bigint | number | string;

export type ColumnView = 'default' | 'menu' | 'sparse';

/** One cell: known (screen text, plain value, sort key) or unknown (with its reason). */
export type ComparisonCell =
  | { readonly known: true; readonly text: string; readonly plain: string; readonly sortKey: ColumnSortKey }
  | { readonly known: false; readonly reason: string };

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

export interface ComparisonColumn {
  readonly id: ComparisonColumnId;
  /** The header on screen and in the Markdown copy. */
  readonly header: string;
  /** The header in a CSV file, with the unit the plain numbers are in. */
  readonly fileHeader: string;
  readonly numeric: boolean;
  /** Where the column appears: everywhere, or only in files (CSV and Markdown). */
  readonly shown: 'everywhere' | 'files';
  /**
   * On screen, before the user chooses: shown; under "Columns" only ('menu'); or shown only when the
   * rows hold data ('sparse': most routes publish none, so it would be a column of "—").
   */
  readonly view: ColumnView;
  readonly cell: (row: ComparisonRow) => ComparisonCell;
  /** The cell's sort key when its value is known, undefined when not; without writing any text. */
  readonly sortKey: (row: ComparisonRow) => ColumnSortKey | undefined;
}

const PER_MILLION = 'USD per 1M tokens';

function column(
  id: ComparisonColumnId,
  header: string,
  unit: string | null,
  cell: (row: ComparisonRow) => ComparisonCell,
  {
    numeric = true,
    shown = 'everywhere',
    view = 'default',
    sortKey = keyOfCell(cell),
  }: Partial<Pick<ComparisonColumn, 'numeric' | 'shown' | 'view' | 'sortKey'>> = {},
): ComparisonColumn {
  const fileHeader = unit === null ? header : `${header} (${unit})`;
  return { id, header, fileHeader, numeric, shown, view, cell, sortKey };
}

const BASE_COLUMNS: readonly ComparisonColumn[] = [
  column(
    'model',
    'Model',
    null,
    (row) => known(row.route.modelName, row.route.modelName, row.route.modelName),
    {
      numeric: false,
    },
  ),
  column(
    'provider',
    'Provider',
    null,
    (row) => {
      const label = providerLabel(row.route);
      return known(label, label, label);
    },
    { numeric: false },
  ),
  column(
    'monthlyCost',
    'Monthly cost',
    'USD',
    (row) => known(formatUsd(row.monthly), plainNumber.usd(row.monthly), row.monthly),
    { sortKey: (row) => row.monthly },
  ),
  column(
    'timesCheapest',
    '× cheapest',
    null,
    (row) =>
      fractionCell(row.timesCheapest, 'no fitting route costs anything', formatTimes, plainNumber.times),
    { sortKey: (row) => fractionKey(row.timesCheapest) },
  ),
  column(
    'blendedForMix',
    'Your mix $/1M',
    PER_MILLION,
    (row) =>
      fractionCell(
        row.blendedForMix,
        'no tokens in this workload',
        formatUsdPerMillionRatio,
        plainNumber.usdPerMillionRatio,
      ),
    { sortKey: (row) => fractionKey(row.blendedForMix) },
  ),
  column(
    'blended',
    'Blended 3:1 $/1M',
    PER_MILLION,
    (row) =>
      known(
        formatUsdPerMillion(row.blendedThreeToOne),
        plainNumber.usdPerMillion(row.blendedThreeToOne),
        row.blendedThreeToOne,
      ),
    { view: 'menu', sortKey: (row) => row.blendedThreeToOne },
  ),
  column('inputPrice', `${PRICE_KIND_LABELS.input} $/1M`, PER_MILLION, (row) => priceCell(row.prices.input), {
    sortKey: (row) => priceKey(row.prices.input),
  }),
  column(
    'cachedInputPrice',
    `${PRICE_KIND_LABELS.cachedInput} $/1M`,
    PER_MILLION,
    (row) => priceCell(row.prices.cachedInput, 'billed at input price'),
    { sortKey: (row) => priceKey(row.prices.cachedInput) },
  ),
  column(
    'outputPrice',
    `${PRICE_KIND_LABELS.output} $/1M`,
    PER_MILLION,
    (row) => priceCell(row.prices.output),
    { sortKey: (row) => priceKey(row.prices.output) },
  ),
  column('contextWindow', 'Context window', 'tokens', (row) => tokensCell(row.route.contextWindow), {
    sortKey: (row) => row.route.contextWindow ?? undefined,
  }),
  column('maxOutput', 'Max output', 'tokens', (row) => tokensCell(row.route.maxOutput), {
    view: 'menu',
    sortKey: (row) => row.route.maxOutput ?? undefined,
  }),
  column(
    'speed',
    'Output tokens/s',
    null,
    (row) => {
      const speed = row.route.speed?.outputTokensPerSecond;
      return speed == null
        ? unknown('no measurement for this provider')
        : known(`${speed}`, `${speed}`, speed);
    },
    { view: 'sparse', sortKey: (row) => row.route.speed?.outputTokensPerSecond ?? undefined },
  ),
  column(
    'timeToFirstToken',
    'Time to first token',
    'seconds',
    (row) => {
      const seconds = row.route.speed?.timeToFirstTokenSeconds;
      return seconds == null
        ? unknown('no measurement for this provider')
        : known(`${seconds} s`, `${seconds}`, seconds);
    },
    { view: 'sparse', sortKey: (row) => row.route.speed?.timeToFirstTokenSeconds ?? undefined },
  ),
  column(
    'fits',
    'Fits',
    null,
    (row) => {
      const text =
        row.fit === 'does-not-fit'
          ? `no: ${row.fitProblems.map(describeFitProblem).join(' ')}`
          : row.fit === 'may-not-fit'
            ? `${MAY_NOT_FIT}: ${describeUnpublishedLimits(row.unpublishedLimits)}`
            : 'yes';
      return known(text, text, text);
    },
    { numeric: false, shown: 'files' },
  ),
  column(
    'checked',
    'Price checked',
    null,
    (row) => known(row.route.source.date, row.route.source.date, row.route.source.date),
    { numeric: false },
  ),
  column(
    'source',
    'Source',
    null,
    (row) => {
      const source = row.route.source.url ?? row.route.source.label;
      return known(source, source, source);
    },
    { numeric: false, shown: 'files' },
  ),
];

/** "With fees and tax" in the display currency: the monthly cost with the provider's fee and tax. */
function withExtrasColumn(currency: DisplayCurrency): ComparisonColumn {
  return column(
    'withExtras',
    `With fees and tax (${currency.code})`,
    null,
    (row) =>
      row.withExtras === null
        ? unknown('no billing extras set')
        : known(row.withExtras.text, row.withExtras.plain, row.withExtras.sortKey),
    { sortKey: (row) => row.withExtras?.sortKey },
  );
}

/** The columns in order; with a display currency (billing extras apply), "With fees and tax" follows the monthly cost. */
export function comparisonColumns(currency: DisplayCurrency | null): readonly ComparisonColumn[] {
  if (currency === null) return BASE_COLUMNS;
  const at = BASE_COLUMNS.findIndex((candidate) => candidate.id === 'monthlyCost') + 1;
  return [...BASE_COLUMNS.slice(0, at), withExtrasColumn(currency), ...BASE_COLUMNS.slice(at)];
}

/** The columns the screen can show (files-only columns left out): the ones the table sorts by. */
export function screenColumns(currency: DisplayCurrency | null): readonly ComparisonColumn[] {
  return comparisonColumns(currency).filter((candidate) => candidate.shown === 'everywhere');
}

/** The user's choice per column in the "Columns" menu: true shown, false hidden; absent, the default. */
export type ColumnChoices = Readonly<Partial<Record<ComparisonColumnId, boolean>>>;

/**
 * The columns the screen shows, in order. The rules: a column the user chose in "Columns" is shown or
 * hidden as chosen; otherwise a 'default' column is shown, a 'menu' column hidden, and a 'sparse' one
 * shown only when at least half of the rows (and at least one) hold a known value. Files-only columns
 * are never on screen.
 */
export function visibleColumnIds(
  columns: readonly ComparisonColumn[],
  rows: readonly ComparisonRow[],
  choices: ColumnChoices,
): ComparisonColumnId[] {
  return columns
    .filter((spec) => spec.shown === 'everywhere')
    .filter((spec) => {
      const choice = choices[spec.id];
      if (choice !== undefined) return choice;
      if (spec.view === 'menu') return false;
      if (spec.view === 'default') return true;
      const knownCount = rows.filter((row) => spec.sortKey(row) !== undefined).length;
      return knownCount > 0 && knownCount * 2 >= rows.length;
    })
    .map((spec) => spec.id);
}
