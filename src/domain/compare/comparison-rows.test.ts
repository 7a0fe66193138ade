import { describe, expect, it } from 'vitest';
import { aRoute, aWorkload, billInputsOf, shapesOf } from '../../testing/builders';
import { DEFAULT_BILLING_EXTRAS_INPUT, readBillingExtras } from '../billing/extras-input';
import { formatTimes, formatUsd, formatUsdPerMillion, formatUsdPerMillionRatio } from '../money/format-money';
import {
  buildComparisonRows,
  describeComparison,
  extrasApply,
  inTableOrder,
  ownRowOutsideFilters,
} from './comparison-rows';

const SEED = aWorkload({
  requestsPerMonth: 1_000,
  inputTokensPerRequest: 2_000,
  outputTokensPerRequest: 500,
});

describe('buildComparisonRows', () => {
  it('costs every route with the engine and ranks the cheapest first', () => {
    const rows = buildComparisonRows(
      [
        aRoute('a', { input: '0.95', output: '4' }, { maxOutput: 262_144 }),
        aRoute('b', { input: '0.6', output: '2.5' }, { maxOutput: 262_144 }),
      ],
      billInputsOf(shapesOf(SEED)),
    );
    expect(rows.map((row) => [row.route.id, formatUsd(row.bill.monthly), row.rank])).toEqual([
      ['a', '$3.90', 2],
      ['b', '$2.45', 1],
    ]);
    // 3.90 / 2.45 = 1.5918… → 1.59×
    expect(
      rows.map(
        (row) => row.timesCheapest && formatTimes(row.timesCheapest.numerator, row.timesCheapest.denominator),
      ),
    ).toEqual(['1.59×', '1.00×']);
  });

  it('ranks a route whose limits are not published after the known fits, and never divides by it', () => {
    const rows = buildComparisonRows(
      [
        aRoute('known', { input: '0.95', output: '4' }, { maxOutput: 262_144 }),
        aRoute('unpublished', { input: '0.6', output: '2.5' }, { contextWindow: null, maxOutput: 262_144 }),
        aRoute('too-small', { input: '0.01', output: '0.01' }, { maxOutput: 100 }),
      ],
      billInputsOf(shapesOf(SEED)),
    );
    expect(rows.map((row) => [row.route.id, row.fit, row.rank, row.unpublishedLimits])).toEqual([
      ['known', 'fits', 1, []],
      ['unpublished', 'may-not-fit', 2, ['context-window']],
      ['too-small', 'does-not-fit', null, []],
    ]);
    // $2.45 ÷ $3.90, the cheapest known fit: 0.63×.
    const [, unpublished] = rows;
    expect(
      unpublished?.timesCheapest &&
        formatTimes(unpublished.timesCheapest.numerator, unpublished.timesCheapest.denominator),
    ).toBe('0.63×');
  });

  it('gives tied routes the same rank', () => {
    const rows = buildComparisonRows(
      [aRoute('a', {}), aRoute('b', {}), aRoute('c', { output: '5' })],
      billInputsOf(shapesOf(SEED)),
    );
    expect(rows.map((row) => row.rank)).toEqual([1, 1, 3]);
  });

  it('never ranks a route that cannot hold the workload, however cheap', () => {
    const rows = buildComparisonRows(
      [aRoute('small', { input: '0.01', output: '0.01' }, { maxOutput: 100 }), aRoute('big', {})],
      billInputsOf(shapesOf(SEED)),
    );
    expect(
      rows.map((row) => [row.route.id, row.rank, row.fitProblems.map((problem) => problem.kind)]),
    ).toEqual([
      ['small', null, ['output-exceeds-max-output']],
      ['big', 1, []],
    ]);
  });

  // Rule: a high cache hit rate lets cheap cached input beat cheaper list input.
  it('lets a route with cheap cached input overtake one with cheaper list input as the hit rate rises', () => {
    const routes = [
      aRoute('cheap-list', { input: '0.6', cachedInput: null }),
      aRoute('cheap-cache', { input: '0.95', cachedInput: '0.16' }),
    ];
    const rankAt = (cacheHitRatePercent: number) =>
      buildComparisonRows(routes, billInputsOf(shapesOf({ ...SEED, cacheHitRatePercent }))).find(
        (row) => row.rank === 1,
      )?.route.id;
    expect(rankAt(0)).toBe('cheap-list');
    expect(rankAt(90)).toBe('cheap-cache');
  });

  it('uses price overrides and says so', () => {
    const rows = buildComparisonRows([aRoute('a', {})], billInputsOf(shapesOf(SEED), { a: { output: '0' } }));
    expect(formatUsd(rows[0]!.bill.monthly)).toBe('$2.00');
    expect(rows[0]!.isCustomPrice).toBe(true);
  });

  it('computes the 3:1 blend and the blend for your mix exactly', () => {
    const [row] = buildComparisonRows(
      [aRoute('a', { input: '0.95', output: '4' })],
      billInputsOf(shapesOf(SEED)),
    );
    // (3 × 0.95 + 4) / 4 = 1.7125; your mix: $3.90 over 2.5M tokens = $1.56 per 1M
    expect(formatUsdPerMillion(row!.blendedThreeToOne)).toBe('$1.7125');
    expect(formatUsdPerMillionRatio(row!.blendedForMix!.numerator, row!.blendedForMix!.denominator)).toBe(
      '$1.56',
    );
  });

  it('has no multiple of the cheapest when the cheapest is free or nothing fits', () => {
    const free = buildComparisonRows([aRoute('a', {})], billInputsOf(shapesOf(aWorkload())));
    expect(free[0]!.timesCheapest).toBeNull();
    expect(free[0]!.blendedForMix).toBeNull();
  });
});

describe('costs with billing extras', () => {
  // Rule: a provider's platform fee applies to its routes only, tax to all, once each, exact to the cent.
  it('adds a 5.5% fee to the fee-charging host and 20% tax to every route, in the display currency', () => {
    const { extras } = readBillingExtras({
      ...DEFAULT_BILLING_EXTRAS_INPUT,
      platformFeePercent: { feeHost: '5.5' },
      taxEnabled: true,
      taxPercent: '20',
    });
    const rows = buildComparisonRows(
      [aRoute('feeHost', { input: '0.95', output: '4' }), aRoute('direct', { input: '0.95', output: '4' })],
      billInputsOf(shapesOf(SEED)),
      extras,
    );
    // $3.90 × 1.055 × 1.2 = $4.9374 → $4.94; $3.90 × 1.2 = $4.68.
    expect(rows.map((row) => row.withExtras?.text)).toEqual(['$4.94', '$4.68']);
    expect(extrasApply(extras)).toBe(true);
    expect(extrasApply(readBillingExtras(DEFAULT_BILLING_EXTRAS_INPUT).extras)).toBe(false);
    expect(buildComparisonRows([aRoute('a', {})], billInputsOf(shapesOf(SEED)))[0]?.withExtras).toBeNull();
  });
});

describe('describeComparison', () => {
  // Rule: the count of routes shown and the cheapest known to fit; none shown, none known to fit
  // (a limit not published) or none that fits, said so.
  const rowsOf = (routes: Parameters<typeof buildComparisonRows>[0]) =>
    buildComparisonRows(routes, billInputsOf(shapesOf(SEED)));
  it.each([
    { routes: [], expected: 'No route matches these filters.' },
    {
      routes: [aRoute('a', {}, { maxOutput: 262_144 })],
      expected: '1 route shown. Cheapest that fits: Kimi K2.6 via a.',
    },
    {
      routes: [aRoute('a', {})],
      expected: '1 route shown; none is known to hold this workload (limits not published).',
    },
    {
      routes: [aRoute('a', {}, { maxOutput: 10 }), aRoute('b', {}, { maxOutput: 10 })],
      expected: '2 routes shown; none can hold this workload.',
    },
  ])('$expected', ({ routes, expected }) => {
    expect(describeComparison(rowsOf(routes))).toBe(expected);
  });
});

describe('your route in the table', () => {
  // 1,000 requests × 2,000 in / 500 out: $1 / $4 → $4.00, $0.5 / $2 → $2.00, $2 / $8 → $8.00.
  const scenario = billInputsOf(
    shapesOf(
      aWorkload({ requestsPerMonth: 1_000, inputTokensPerRequest: 2_000, outputTokensPerRequest: 500 }),
    ),
  );
  const mid = aRoute('mid', {}, { maxOutput: 262_144 });
  const cheap = aRoute('cheap', { input: '0.5', output: '2' }, { maxOutput: 262_144 });
  const dear = aRoute('dear', { input: '2', output: '8' }, { maxOutput: 262_144 });
  const shown = buildComparisonRows([cheap, mid], scenario);

  // Rule: your route left out by the filters is costed the same way, never ranked, and compared with
  // the cheapest known fit shown; a route already shown, or unknown, gives no extra row.
  it('adds your route outside the filters, unranked, "× cheapest" against the cheapest shown', () => {
    const own = ownRowOutsideFilters(dear, shown, scenario);
    expect(own && formatUsd(own.bill.monthly)).toBe('$8.00');
    expect(own?.rank).toBeNull();
    expect(own?.outsideFilters).toBe(true);
    expect(
      own?.timesCheapest && formatTimes(own.timesCheapest.numerator, own.timesCheapest.denominator),
    ).toBe('4.00×');
    expect(ownRowOutsideFilters(mid, shown, scenario)).toBeNull();
    expect(ownRowOutsideFilters(undefined, shown, scenario)).toBeNull();
  });

  // Rule: the table (and its files) list your route first when the filters show it, then the sort's
  // order; your route shown only as a reminder outside the filters is not in the files.
  it.each([
    ['your route shown by the filters comes first', [cheap, mid], 'mid', ['mid', 'cheap']],
    ['your route already first stays', [cheap, mid], 'cheap', ['cheap', 'mid']],
    ['your route outside the filters is left out', [cheap, mid], 'dear', ['cheap', 'mid']],
  ] as const)('%s', (_, routes, ownId, order) => {
    const rows = buildComparisonRows(routes, scenario);
    const own = ownRowOutsideFilters(routes.find((route) => route.id === ownId) ?? dear, rows, scenario);
    const sorted = own ? [...rows, own] : rows;
    expect(inTableOrder(sorted, ownId).map((row) => row.route.id)).toEqual(order);
  });
});
