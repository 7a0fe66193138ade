import { describe, expect, it } from 'vitest';
import { aRoute, aWorkload, billInputsOf, shapesOf } from '../../testing/builders';
import { DEFAULT_BILLING_EXTRAS_INPUT, readBillingExtras } from '../billing/extras-input';
import { type ColumnChoices, comparisonColumns, visibleColumnIds } from './comparison-columns';
import { buildComparisonRows } from './comparison-rows';

const EUR = readBillingExtras({
  ...DEFAULT_BILLING_EXTRAS_INPUT,
  currency: { code: 'EUR', perUsd: '0.5', date: '2026-11-28' },
}).extras;

describe('comparisonColumns', () => {
  // Rule: one ordered list serves the table, the CSV and the Markdown copy; "With fees and tax"
  // follows the monthly cost; "Fits" and "Source" are in the files only.
  it.each([
    {
      where: 'table',
      currency: null,
      headers: ['Model', 'Provider', 'Monthly cost', '× cheapest', 'Your mix $/1M', 'Blended 3:1 $/1M'],
      tail: ['Max output', 'Output tokens/s', 'Time to first token', 'Price checked'],
    },
    {
      where: 'files',
      currency: null,
      headers: ['Model', 'Provider', 'Monthly cost', '× cheapest', 'Your mix $/1M', 'Blended 3:1 $/1M'],
      tail: ['Max output', 'Output tokens/s', 'Time to first token', 'Fits', 'Price checked', 'Source'],
    },
    {
      where: 'table',
      currency: EUR.currency,
      headers: [
        'Model',
        'Provider',
        'Monthly cost',
        'With fees and tax (EUR)',
        '× cheapest',
        'Your mix $/1M',
      ],
      tail: ['Max output', 'Output tokens/s', 'Time to first token', 'Price checked'],
    },
  ])('the $where, currency $currency.code', ({ where, currency, headers, tail }) => {
    const shown = comparisonColumns(currency)
      .filter((column) => where === 'files' || column.shown === 'everywhere')
      .map((column) => column.header);
    expect(shown.slice(0, headers.length)).toEqual(headers);
    expect(shown.slice(-tail.length)).toEqual(tail);
  });

  it('has no text, no plain value and no sort key for an unknown value, only its reason', () => {
    const [row] = buildComparisonRows(
      [aRoute('a', { cachedInput: null }, { contextWindow: null })],
      billInputsOf(shapesOf(aWorkload())),
    );
    const cell = (id: string) => {
      const column = comparisonColumns(null).find((candidate) => candidate.id === id);
      if (!row || !column) throw new Error(`no ${id}`);
      return column.cell(row);
    };
    expect(cell('contextWindow')).toEqual({ known: false, reason: 'not published' });
    expect(cell('cachedInputPrice')).toEqual({ known: false, reason: 'billed at input price' });
    expect(cell('timesCheapest').known).toBe(false);
    expect(cell('monthlyCost')).toEqual({ known: true, text: '$0.00', plain: '0.00', sortKey: 0n });
  });

  it('gives files the unit in the header and a plain number, rounded as the screen rounds it', () => {
    const [row] = buildComparisonRows(
      [aRoute('a', { input: '1234.5', output: '4' }, { contextWindow: 262_144 })],
      billInputsOf(
        shapesOf(
          aWorkload({ requestsPerMonth: 1_000, inputTokensPerRequest: 2_000, outputTokensPerRequest: 500 }),
        ),
      ),
    );
    const columns = new Map(comparisonColumns(null).map((column) => [column.id, column]));
    if (!row) throw new Error('no row');
    // 2,000,000 input tokens × $1,234.50 per 1M = $2,469.00; + 500,000 × $4 = $2.00.
    expect(columns.get('monthlyCost')?.fileHeader).toBe('Monthly cost (USD)');
    expect(columns.get('monthlyCost')?.cell(row)).toMatchObject({ text: '$2,471.00', plain: '2471.00' });
    expect(columns.get('inputPrice')?.cell(row)).toMatchObject({ text: '$1,234.50', plain: '1234.50' });
    expect(columns.get('contextWindow')?.fileHeader).toBe('Context window (tokens)');
    expect(columns.get('contextWindow')?.cell(row)).toMatchObject({ text: '262,144', plain: '262144' });
  });
});

describe('visibleColumnIds', () => {
  const speed = (tokensPerSecond: number) => ({
    speed: {
      outputTokensPerSecond: tokensPerSecond,
      timeToFirstTokenSeconds: 0.5,
      source: { label: 'test', url: null, date: '2026-01-01', dateMeaning: 'test' },
    },
  });
  const rowsWithSpeed = (measured: number, of: number) =>
    buildComparisonRows(
      Array.from({ length: of }, (_, index) =>
        aRoute(`r${index}`, {}, index < measured ? speed(50 + index) : {}),
      ),
      billInputsOf(shapesOf(aWorkload())),
    );
  const DEFAULTS = [
    'model',
    'provider',
    'monthlyCost',
    'timesCheapest',
    'blendedForMix',
    'inputPrice',
    'cachedInputPrice',
    'outputPrice',
    'contextWindow',
    'checked',
  ];
  const ids = (rows: ReturnType<typeof rowsWithSpeed>, choices: ColumnChoices = {}) =>
    visibleColumnIds(comparisonColumns(null), rows, choices);

  // Rule: the default columns are shown, "Blended 3:1" and "Max output" wait under "Columns", and the
  // speed columns (most routes have no measurement) are shown only when at least half the rows have one.
  it.each([
    ['no row has a speed', 0, 4, DEFAULTS],
    ['one row of four', 1, 4, DEFAULTS],
    ['two rows of four', 2, 4, [...DEFAULTS.slice(0, -1), 'speed', 'timeToFirstToken', 'checked']],
    ['no rows at all', 0, 0, DEFAULTS],
  ] as [string, number, number, string[]][])('%s', (_, measured, of, expected) => {
    expect(ids(rowsWithSpeed(measured, of))).toEqual(expected);
  });

  // Rule: the user's choice wins over the default, either way; files-only columns never show.
  it("follows the user's choices", () => {
    const shown = ids(rowsWithSpeed(0, 4), { blended: true, speed: true, contextWindow: false, fits: true });
    expect(shown).toContain('blended');
    expect(shown).toContain('speed');
    expect(shown).not.toContain('contextWindow');
    expect(shown).not.toContain('fits');
    expect(shown).not.toContain('timeToFirstToken');
  });
});
