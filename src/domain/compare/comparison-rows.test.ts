import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aRoute, aWorkload, billInputsOf, shapesOf } from '../../testing/builders';
import { anyComparisonInputs } from '../../testing/comparison-arbitraries';
import { formatScaled, plainScaled } from '../billing/display-currency';
import { totalWithExtras } from '../billing/extras-bill';
import { type BillingExtras, DEFAULT_BILLING_EXTRAS_INPUT, readBillingExtras } from '../billing/extras-input';
import { sumBills } from '../cost/bill';
import type { BillInputs } from '../cost/bill-scenario';
import { prepareShape, priceShape } from '../cost/engine';
import { routeTariff } from '../cost/tariff';
import { formatTimes, formatUsd, formatUsdPerMillion, formatUsdPerMillionRatio } from '../money/format-money';
import { UNITS_PER_MICRO_DOLLAR } from '../money/money';
import { effectivePriceTexts, toRoutePrices } from '../rates/prices';
import { type Route, routeName } from '../rates/route';
import { findCallsFitProblems } from '../workload/fit';
import { findUnpublishedLimits, fitVerdict } from '../workload/known-fit';
import { largestCallAsWorkload } from '../workload/shape-tokens';
import { comparisonColumns } from './comparison-columns';
import {
  buildComparisonRows,
  type ComparisonRow,
  describeComparison,
  extrasApply,
  inTableOrder,
  ownRowOutsideFilters,
} from './comparison-rows';
import { isCheapestKnownFit, rankRoutes } from './rank-routes';

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

/**
 * The rows as they were built before they were costed lazily: every endpoint billed in full on every
 * route, every figure worked out at once. The reference the lazy rows must equal, field by field.
 */
function eagerRows(
  routes: readonly Route[],
  scenario: BillInputs,
  extras: BillingExtras | null,
): ComparisonRow[] {
  const largestCalls = scenario.endpoints.map((endpoint) => largestCallAsWorkload(endpoint.shape));
  const costed = routes.map((route) => {
    const prices = effectivePriceTexts(route, scenario.priceOverrides[route.id]);
    const name = routeName(route);
    let units = 0n;
    const endpoints = scenario.endpoints.map((endpoint) => {
      const prepared = prepareShape(endpoint.shape);
      const routePrices = toRoutePrices(prices);
      const tariff = routeTariff(route, routePrices);
      units += prepared.units;
      return {
        endpoint,
        route,
        prices,
        routePrices,
        tariff,
        routeName: name,
        units: prepared.units,
        bill: priceShape(prepared, tariff),
      };
    });
    const bill = { ...sumBills(endpoints.map((item) => item.bill)), endpoints, units, routeNames: [name] };
    const fitProblems = findCallsFitProblems(largestCalls, route);
    const unpublishedLimits = findUnpublishedLimits(largestCalls, route);
    return {
      route,
      prices,
      tariff: routeTariff(route, toRoutePrices(prices)),
      isCustomPrice: scenario.priceOverrides[route.id] !== undefined,
      bill,
      fitProblems,
      unpublishedLimits,
      fit: fitVerdict(fitProblems, unpublishedLimits),
    };
  });
  const rankings = rankRoutes(costed.map((row) => ({ monthly: row.bill.monthly, fit: row.fit })));
  return costed.map((row, index) => {
    const { input, cachedInput, output, reasoning } = row.bill.tokens;
    const tokens = input + cachedInput + output + reasoning;
    const total = extras && totalWithExtras(row.bill.monthly, row.route.providerName, extras);
    const { inputPerMillion, outputPerMillion } = toRoutePrices(row.prices);
    return {
      ...row,
      monthly: row.bill.monthly,
      rank: rankings[index]?.rank ?? null,
      timesCheapest: rankings[index]?.timesCheapest ?? null,
      blendedThreeToOne: ((3n * inputPerMillion + outputPerMillion) * UNITS_PER_MICRO_DOLLAR) / 4n,
      blendedForMix:
        tokens === 0n
          ? null
          : { numerator: (row.bill.monthly - row.bill.retryBuffer) * 1_000_000n, denominator: tokens },
      withExtras:
        extras === null || total === null
          ? null
          : {
              text: formatScaled(total, extras.currency),
              plain: plainScaled(total, extras.currency),
              sortKey: total,
            },
    };
  });
}

/** Every field of a row as plain data (the lazy rows work theirs out when read). */
function plainRow(row: ComparisonRow) {
  return {
    route: row.route,
    prices: row.prices,
    tariff: row.tariff,
    isCustomPrice: row.isCustomPrice,
    monthly: row.monthly,
    bill: row.bill,
    fitProblems: row.fitProblems,
    unpublishedLimits: row.unpublishedLimits,
    fit: row.fit,
    rank: row.rank,
    timesCheapest: row.timesCheapest,
    blendedThreeToOne: row.blendedThreeToOne,
    blendedForMix: row.blendedForMix,
    withExtras: row.withExtras && {
      text: row.withExtras.text,
      plain: row.withExtras.plain,
      sortKey: row.withExtras.sortKey,
    },
    outsideFilters: row.outsideFilters,
  };
}

describe('rows costed lazily', () => {
  // Rule: a row works out its bill, blends and total with extras only when they are read, and every
  // figure is the one the full build gives, to 10^-24 $: same bill, rank, "× cheapest", blends and
  // fees, so every cell (text, file value and sort key) is the same, on any sheet and scenario.
  it('equal the rows built in full, field by field and cell by cell, for random sheets', () => {
    fc.assert(
      fc.property(anyComparisonInputs, ({ routes, scenario, extras }) => {
        const lazy = buildComparisonRows(routes, scenario, extras);
        const eager = eagerRows(routes, scenario, extras);
        expect(lazy.map(plainRow)).toEqual(eager.map(plainRow));
        const columns = comparisonColumns(extras?.currency ?? null);
        lazy.forEach((row, index) => {
          const reference = eager[index] as ComparisonRow;
          for (const column of columns) {
            const cell = column.cell(reference);
            expect(column.cell(row)).toEqual(cell);
            expect(column.sortKey(row)).toEqual(cell.known ? cell.sortKey : undefined);
          }
        });
      }),
      { numRuns: 60 },
    );
  });

  // Rule: your route outside the filters is costed the same way, unranked, against the cheapest shown.
  it('give your route outside the filters the figures of the full build', () => {
    fc.assert(
      fc.property(anyComparisonInputs, fc.nat(), ({ routes, scenario, extras }, pick) => {
        const own = routes[pick % Math.max(1, routes.length)];
        const shown = buildComparisonRows(
          routes.filter((route) => route !== own),
          scenario,
          extras,
        );
        const row = ownRowOutsideFilters(own, shown, scenario, extras);
        if (own === undefined) {
          expect(row).toBeNull();
          return;
        }
        const [reference] = eagerRows([own], scenario, extras);
        const cheapest = eagerRows(
          routes.filter((route) => route !== own),
          scenario,
          extras,
        ).find(isCheapestKnownFit)?.bill.monthly;
        expect(row && plainRow(row)).toEqual({
          ...plainRow(reference as ComparisonRow),
          rank: null,
          timesCheapest:
            cheapest === undefined || cheapest === 0n
              ? null
              : { numerator: reference?.bill.monthly, denominator: cheapest },
          outsideFilters: true,
        });
      }),
      { numRuns: 40 },
    );
  });
});
