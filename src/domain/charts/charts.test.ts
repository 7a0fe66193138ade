import { describe, expect, it } from 'vitest';
import { aRoute, aWorkload, billInputsOf, billOf, pricesOf, shapesOf } from '../../testing/builders';
import { makeRoute } from '../../testing/route-fixtures';
import { buildComparisonRows } from '../compare/comparison-rows';
import { billScenario } from '../cost/bill-scenario';
import { plainTariff } from '../cost/tariff';
import { divideSigned, UNITS_PER_DOLLAR } from '../money/money';
import { priceToText, type RoutePrices, toRoutePrices } from '../rates/prices';
import { DEFAULT_ROUTE_FILTER, filterRoutes } from '../rates/route-filter';
import { describeScenario } from '../workload/describe-shape';
import { requestShapeFromWorkload } from '../workload/shapes';
import type { Workload } from '../workload/workload';
import { type CacheLine, cacheLine, findCrossing } from './cache-crossing';
import { buildCacheRateChart } from './cache-rate-chart';
import {
  type ChartRouteSelection,
  chartLabelLines,
  chartSeriesIndex,
  selectChartRoutes,
} from './chart-routes';
import { describeCharts } from './charts-intro';
import { toPlotDollars } from './plot-values';
import { buildRouteSplitChart } from './route-split-chart';
import { buildSplitChart } from './split-chart';
import { buildTornadoChart } from './tornado-chart';
import { buildVolumeChart, volumeSteps } from './volume-chart';

/** The seed workload: 1,000 requests × 2,000 input and 500 output tokens = 2M input, 0.5M output tokens. */
const SEED = aWorkload({ requestsPerMonth: 1000, inputTokensPerRequest: 2000, outputTokensPerRequest: 500 });
const dollars = (amount: number) => BigInt(Math.round(amount * 10_000)) * (UNITS_PER_DOLLAR / 10_000n);

// At the seed workload, in $ a month (input + output at 0 % cache hits → at 100 %):
const ALPHA = makeRoute({ modelId: 'k2', providerName: 'Alpha' }); // 1 / 0.1 / 4: 4.00 → 2.20
const BETA = makeRoute({ modelId: 'k2', providerName: 'Beta', prices: { input: '0.5', cachedInput: '0.4' } }); // 3.00 → 2.80
const GAMMA = makeRoute({ modelId: 'k2', providerName: 'Gamma', prices: { output: '5' } }); // 4.50 → 2.70
const EPSILON = makeRoute({
  modelId: 'k2',
  providerName: 'Epsilon',
  prices: { cachedInput: '0.7', output: '3.6' },
}); // 3.80 → 3.20
const ZETA = makeRoute({ modelId: 'k2', providerName: 'Zeta', prices: { input: '2', output: '8' } }); // 8.00
const TINY = makeRoute({
  modelId: 'k2',
  providerName: 'Tiny',
  prices: { input: '0.01' },
  contextWindow: 1000,
});
const OTHER = makeRoute({
  modelId: 'gpt',
  providerName: 'Eta',
  prices: { input: '0.1' },
  group: 'comparison',
});
const SHEET = [ALPHA, BETA, GAMMA, EPSILON, ZETA, TINY, OTHER];

function selection(
  pinned: readonly string[],
  workload = SEED,
  activeRouteId: string | null = null,
): ChartRouteSelection {
  return selectChartRoutes({
    routes: SHEET,
    scenario: billInputsOf(shapesOf(workload)),
    pinnedRouteIds: pinned,
    routeFilter: DEFAULT_ROUTE_FILTER,
    activeRouteId,
  });
}

describe('number helpers', () => {
  // Rule: signed rounding is half away from zero.
  it.each([
    [5n, 2n, 3n],
    [-5n, 2n, -3n],
    [4n, 3n, 1n],
    [-4n, 3n, -1n],
    [0n, 7n, 0n],
  ])('divideSigned(%s, %s) = %s', (n, d, expected) => expect(divideSigned(n, d)).toBe(expected));

  it('plots money as dollars to 10^-8', () => {
    expect(toPlotDollars(dollars(3.9))).toBe(3.9);
    expect(toPlotDollars(0n)).toBe(0);
    expect(toPlotDollars(10n ** 15n)).toBe(0);
    expect(toPlotDollars(-dollars(0.5))).toBe(-0.5);
  });

  it('describes the scenario for a downloaded chart', () => {
    expect(
      describeScenario([
        {
          name: 'Only',
          shape: requestShapeFromWorkload({ ...SEED, cacheHitRatePercent: 12.5, retryBufferPercent: 10 }),
        },
      ]),
    ).toBe('1,000 requests a month × 2,000 input + 500 output tokens, 12.5% cache hits, 10% retry buffer');
  });
});

describe('buildSplitChart', () => {
  // Rule: the segments are the breakdown's lines (they add up to the total), the caption its dominance.
  it('splits the seed workload on Alpha: $2.00 input + $2.00 output = $4.00', () => {
    const chart = buildSplitChart(billOf(SEED, toRoutePrices(ALPHA.prices)));
    expect(chart.segments.map((s) => [s.key, s.dollars, s.amount, s.share, s.tokens])).toEqual([
      ['input', 2, '$2.00', '50%', '2,000,000'],
      ['cachedInput', 0, '$0.00', '0%', '0'],
      ['output', 2, '$2.00', '50%', '500,000'],
    ]);
    expect(chart.caption).toBe('Input is 50% of this bill.');
    expect(chart.table.rows.at(-1)).toEqual(['Total', '$4.00', '100%', '2,500,000']);
  });

  it('shows output dominating at 50% cache hits: $1.00 + $0.10 + $2.00 = $3.10', () => {
    const chart = buildSplitChart(billOf({ ...SEED, cacheHitRatePercent: 50 }, toRoutePrices(ALPHA.prices)));
    expect(chart.segments.map((s) => [s.amount, s.share])).toEqual([
      ['$1.00', '32%'],
      ['$0.10', '3%'],
      ['$2.00', '65%'],
    ]);
    expect(chart.total).toBe('$3.10');
    expect(chart.caption).toBe('Output is 65% of this bill.');
  });

  it('has no shares for an empty workload', () => {
    const chart = buildSplitChart(billOf(aWorkload(), toRoutePrices(ALPHA.prices)));
    expect(chart.segments.map((s) => s.share)).toEqual(['—', '—', '—']);
    expect(chart.caption).toBe('This workload sends no billable tokens, so it costs nothing.');
    expect(chart.table.rows.at(-1)).toEqual(['Total', '$0.00', '—', '0']);
  });
});

describe('selectChartRoutes', () => {
  // Rule: pinned routes in pin order; none pinned → the five cheapest fitting routes the filter shows.
  it('takes the five cheapest fitting Kimi routes: Tiny does not fit, Eta is not shown', () => {
    const chosen = selection([]);
    expect(chosen.source).toBe('cheapest');
    expect(chosen.routes.map((r) => [r.key, r.label])).toEqual([
      ['r0', 'K2 via Beta'],
      ['r1', 'K2 via Epsilon'],
      ['r2', 'K2 via Alpha'],
      ['r3', 'K2 via Gamma'],
      ['r4', 'K2 via Zeta'],
    ]);
  });

  it('follows the table filter', () => {
    const chosen = selectChartRoutes({
      routes: SHEET,
      scenario: billInputsOf(shapesOf(SEED)),
      pinnedRouteIds: [],
      routeFilter: { ...DEFAULT_ROUTE_FILTER, includeComparison: true, query: 'eta' },
      activeRouteId: null,
    });
    expect(chosen.routes.map((r) => r.label)).toEqual(['GPT via Eta', 'K2 via Beta', 'K2 via Zeta']);
  });

  it('uses price overrides', () => {
    const chosen = selectChartRoutes({
      routes: SHEET,
      scenario: billInputsOf(shapesOf(SEED), { [ZETA.id]: { input: '0', output: '0' } }),
      pinnedRouteIds: [],
      routeFilter: DEFAULT_ROUTE_FILTER,
      activeRouteId: null,
    });
    expect(chosen.routes[0]?.label).toBe('K2 via Zeta');
  });

  it('shows pinned routes in pin order, fitting or not, and skips unknown ids', () => {
    const chosen = selection([TINY.id, 'nope@nowhere', ALPHA.id]);
    expect(chosen.source).toBe('pinned');
    expect(chosen.routes.map((r) => [r.key, r.label])).toEqual([
      ['r0', 'K2 via Tiny'],
      ['r1', 'K2 via Alpha'],
    ]);
  });

  it('falls back to the cheapest when every pinned id is unknown', () => {
    expect(selection(['nope@nowhere']).source).toBe('cheapest');
  });

  // Rule: a chart draws at most 12 routes: the first 12 pinned; the rest are counted as left out.
  it.each([
    [5, 5, 0],
    [12, 12, 0],
    [13, 12, 1],
    [40, 12, 28],
  ])('with %i pinned routes the charts draw %i and leave out %i', (pins, drawn, leftOut) => {
    const routes = Array.from({ length: pins }, (_, index) =>
      makeRoute({ modelId: 'k2', providerName: `Host ${index + 1}` }),
    );
    const ids = routes.map((route) => route.id);
    const chosen = selectChartRoutes({
      routes,
      scenario: billInputsOf(shapesOf(SEED)),
      pinnedRouteIds: ids,
      routeFilter: DEFAULT_ROUTE_FILTER,
      activeRouteId: null,
    });
    expect(chosen.routes.map((r) => r.label)).toEqual(
      routes.slice(0, drawn).map((r) => `K2 via ${r.providerName}`),
    );
    expect(chosen.leftOut).toBe(leftOut);
    // The table's swatches follow the same series: only the routes drawn get one.
    expect([...chartSeriesIndex([], ids, routes).keys()]).toEqual(ids.slice(0, drawn));
  });
});

describe('your route in the comparison charts', () => {
  // Rule: the selected endpoint's route is in every comparison chart exactly once: marked where it is
  // already among the routes shown, else added after them (whatever the filter, fitting or not); an
  // unknown id is the sheet's first route, as in the bill. The table's swatches follow the same series.
  const FIVE = ['K2 via Beta', 'K2 via Epsilon', 'K2 via Alpha', 'K2 via Gamma', 'K2 via Zeta'];
  it.each<[string, string[], string | null, string[]]>([
    ['none selected: the five cheapest', [], null, FIVE],
    [
      'among the five cheapest: marked in place',
      [],
      ALPHA.id,
      FIVE.map((l) => (l === 'K2 via Alpha' ? `${l} *` : l)),
    ],
    ['the cheapest itself: marked, not repeated', [], BETA.id, ['K2 via Beta *', ...FIVE.slice(1)]],
    ['hidden by the filter: added last', [], OTHER.id, [...FIVE, 'GPT via Eta *']],
    ['too small for the workload: added last all the same', [], TINY.id, [...FIVE, 'K2 via Tiny *']],
    [
      'an unknown id: the sheet’s first route',
      [],
      'nope@nowhere',
      FIVE.map((l) => (l === 'K2 via Alpha' ? `${l} *` : l)),
    ],
    ['pinned: marked among the pins', [ALPHA.id, BETA.id], BETA.id, ['K2 via Alpha', 'K2 via Beta *']],
    [
      'pinned: added after the pins',
      [ALPHA.id, BETA.id],
      ZETA.id,
      ['K2 via Alpha', 'K2 via Beta', 'K2 via Zeta *'],
    ],
  ])('%s', (_, pinned, active, expected) => {
    const chosen = selection(pinned, SEED, active);
    expect(chosen.routes.map((r) => (r.active ? `${r.label} *` : r.label))).toEqual(expected);
    expect(chosen.routes.map((r) => r.key)).toEqual(expected.map((_, index) => `r${index}`));
    const shown = buildComparisonRows(
      filterRoutes(SHEET, DEFAULT_ROUTE_FILTER),
      billInputsOf(shapesOf(SEED)),
    );
    expect([...chartSeriesIndex(shown, pinned, SHEET, active).keys()]).toEqual(
      chosen.routes.map((r) => r.row.route.id),
    );
  });

  it('is priced like every other route: Eta at $1.20 input + $2.00 output', () => {
    const eta = selection([], SEED, OTHER.id).routes.at(-1);
    expect(buildRouteSplitChart(selection([], SEED, OTHER.id)).bars.at(-1)).toMatchObject({
      label: 'GPT via Eta',
      active: true,
      input: 0.2,
      output: 2,
    });
    expect(eta?.row.bill.monthly).toBe(dollars(2.2));
  });

  it('says so in every data table', () => {
    const chosen = selection([], SEED, OTHER.id);
    expect(buildRouteSplitChart(chosen).table.rows.map((row) => row[0])).toEqual([
      ...FIVE,
      'GPT via Eta (your route)',
    ]);
    expect(buildVolumeChart(chosen, shapesOf(SEED)).table.columns).toContain('GPT via Eta (your route)');
    expect(buildCacheRateChart(chosen, shapesOf(SEED)).table.columns.at(-1)).toBe('GPT via Eta (your route)');
  });

  // Rule: a chart label is "via" the host, headed by the model unless every route drawn shares it,
  // and headed "Your route" for yours.
  it.each<[string, string[], string | null, string[][]]>([
    ['one model: the hosts alone', [ALPHA.id, BETA.id], BETA.id, [['via Alpha'], ['Your route', 'via Beta']]],
    [
      'two models: model and host',
      [ALPHA.id, OTHER.id],
      null,
      [
        ['K2', 'via Alpha'],
        ['GPT', 'via Eta'],
      ],
    ],
    [
      'your route of another model',
      [ALPHA.id],
      OTHER.id,
      [
        ['K2', 'via Alpha'],
        ['Your route', 'GPT', 'via Eta'],
      ],
    ],
  ])('%s', (_, pinned, active, lines) => {
    const chosen = selection(pinned, SEED, active);
    expect(chosen.routes.map((route) => chartLabelLines(route, chosen.routes))).toEqual(lines);
    expect(buildRouteSplitChart(chosen).bars.map((bar) => bar.lines)).toEqual(lines);
  });
});

describe('describeCharts', () => {
  // Rule: the intro names every chart shown, in the order shown, and which routes each draws.
  const TITLES = { split: 'S', tornado: 'T', routeSplit: 'R', volume: 'V', cacheRate: 'C' };
  const BILL = '“S” and “T” show your bill on K2 via Alpha.';
  const intro = (chosen: ChartRouteSelection) =>
    describeCharts(
      {
        selection: chosen,
        activeLabel: 'K2 via Alpha',
        volumeOthers: buildVolumeChart(chosen, shapesOf(SEED)).routes.filter((r) => !r.active).length,
      },
      TITLES,
    );
  const huge = { ...SEED, inputTokensPerRequest: 10_000_000 };
  const many = Array.from({ length: 14 }, (_, index) =>
    makeRoute({ modelId: 'k2', providerName: `Host ${index}` }),
  );
  it.each<[string, () => ChartRouteSelection, string]>([
    [
      'the cheapest five with yours among them',
      () => selection([], SEED, ALPHA.id),
      `${BILL} “R” compares the 5 cheapest routes that fit, among those the table shows, marked “Your route”; “V” draws your route and the 3 cheapest of the others; “C” draws all the routes compared. Pin routes in the table to choose which are compared.`,
    ],
    [
      'the cheapest five and yours added',
      () => selection([], SEED, OTHER.id),
      `${BILL} “R” compares the 5 cheapest routes that fit, among those the table shows, and your route, marked “Your route”; “V” draws your route and the 3 cheapest of the others; “C” draws all the routes compared. Pin routes in the table to choose which are compared.`,
    ],
    [
      'two pinned, yours among them',
      () => selection([ALPHA.id, BETA.id], SEED, ALPHA.id),
      `${BILL} “R” compares your 2 routes pinned in the table, marked “Your route”; “V” draws your route and the cheapest of the others; “C” draws all the routes compared.`,
    ],
    [
      'one pinned and yours added',
      () => selection([BETA.id], SEED, ALPHA.id),
      `${BILL} “R” compares the route pinned in the table, and your route, marked “Your route”; “V” draws your route and the cheapest of the others; “C” draws all the routes compared.`,
    ],
    [
      'more pinned than drawn',
      () =>
        selectChartRoutes({
          routes: many,
          scenario: billInputsOf(shapesOf(SEED)),
          pinnedRouteIds: many.map((r) => r.id),
          routeFilter: DEFAULT_ROUTE_FILTER,
          activeRouteId: many[0]?.id ?? null,
        }),
      `${BILL} “R” compares the first 12 of the 14 routes pinned in the table, marked “Your route”; “V” draws your route and the 3 cheapest of the others; “C” draws all the routes compared.`,
    ],
    [
      'nothing else fits',
      () => selection([], huge, ALPHA.id),
      `${BILL} “R”, “V” and “C” show your route alone: no other route the table shows can hold this workload.`,
    ],
    [
      'only yours pinned',
      () => selection([ALPHA.id], SEED, ALPHA.id),
      `${BILL} “R”, “V” and “C” show your route alone: it is the only route pinned.`,
    ],
    ['no route at all', () => selection([], huge, null), BILL],
  ])('%s', (_, chosen, expected) => expect(intro(chosen())).toBe(expected));
});

describe('buildRouteSplitChart', () => {
  it('stacks each route’s parts, rounded to add up to its total', () => {
    const chart = buildRouteSplitChart(selection([ALPHA.id, BETA.id]));
    expect(chart.bars.map((b) => [b.label, b.input, b.cachedInput, b.output, b.texts.total])).toEqual([
      ['K2 via Alpha', 2, 0, 2, '$4.00'],
      ['K2 via Beta', 1, 0, 2, '$3.00'],
    ]);
    expect(chart.caption).toBe(
      'Cheapest of these: K2 via Beta at $3.00 a month; dearest: K2 via Alpha at $4.00 (1.33×).',
    );
    expect(chart.table.rows).toEqual([
      ['K2 via Alpha', '$2.00', '$0.00', '$2.00', '$4.00'],
      ['K2 via Beta', '$1.00', '$0.00', '$2.00', '$3.00'],
    ]);
  });

  it.each([
    [[ALPHA.id], 'K2 via Alpha at $4.00 a month.'],
    [[], 'Cheapest of these: K2 via Beta at $3.00 a month; dearest: K2 via Zeta at $8.00 (2.67×).'],
  ])('captions %j: %s', (pinned, caption) => {
    expect(buildRouteSplitChart(selection(pinned)).caption).toBe(caption);
  });

  it('says so when nothing fits', () => {
    const huge = { ...SEED, inputTokensPerRequest: 10_000_000 };
    expect(buildRouteSplitChart(selection([], huge)).caption).toBe(
      'No route to show: none of the routes shown can hold this workload.',
    );
  });
});

describe('volumeSteps', () => {
  // Rule: 1-2-5 steps over two decades either side of the current one, within 1 … 10^12, plus the current.
  it.each([
    [10_000, [100, 200, 500, 1e3, 2e3, 5e3, 1e4, 2e4, 5e4, 1e5, 2e5, 5e5, 1e6]],
    [3_000, [10, 20, 50, 100, 200, 500, 1e3, 2e3, 3e3, 5e3, 1e4, 2e4, 5e4, 1e5]],
    [1, [1, 2, 5, 10, 20, 50, 100]],
    [7, [1, 2, 5, 7, 10, 20, 50, 100]],
    [0, [100, 200, 500, 1e3, 2e3, 5e3, 1e4, 2e4, 5e4, 1e5, 2e5, 5e5, 1e6]],
    [1e12, [1e10, 2e10, 5e10, 1e11, 2e11, 5e11, 1e12]],
  ])('around %s', (current, expected) => expect(volumeSteps(current)).toEqual(expected));
});

describe('buildVolumeChart', () => {
  it('costs each route at every volume, exactly, and marks the current one', () => {
    const chart = buildVolumeChart(selection([ALPHA.id, BETA.id]), shapesOf(SEED));
    expect(chart.points).toHaveLength(13);
    expect(chart.current).toBe(1000);
    const now = chart.points.find((p) => p.x === 1000);
    expect(now?.values).toEqual({ r0: 4, r1: 3 });
    expect(now?.texts).toEqual({ r0: '$4.00', r1: '$3.00' });
    expect(chart.points[0]?.texts).toEqual({ r0: '$0.04', r1: '$0.03' });
    expect(chart.points.at(-1)?.texts).toEqual({ r0: '$400.00', r1: '$300.00' });
    expect(chart.table.columns).toEqual(['Requests per month', 'K2 via Alpha', 'K2 via Beta']);
    expect(chart.table.rows[6]).toEqual(['1,000 (now)', '$4.00', '$3.00']);
    expect(chart.caption).toBe(
      'At 1,000 requests a month these routes cost $3.00 to $4.00; cost grows in step with volume, so 10× the traffic costs 10× as much.',
    );
  });

  it('leaves zero costs off the log axis and marks no volume at 0 requests', () => {
    const chart = buildVolumeChart(
      selection([ALPHA.id]),
      shapesOf({ ...SEED, requestsPerMonth: 0, outputTokensPerRequest: 0, inputTokensPerRequest: 0 }),
    );
    expect(chart.current).toBeNull();
    expect(chart.points.every((p) => p.values.r0 === null && p.texts.r0 === '$0.00')).toBe(true);
    expect(chart.yAxis).toBeNull();
  });

  it('spans its log axes in whole decades: 100 … 1,000,000 requests, $0.10 … $10,000', () => {
    const chart = buildVolumeChart(
      selection([ALPHA.id, BETA.id]),
      shapesOf({ ...SEED, requestsPerMonth: 10_000 }),
    );
    expect(chart.xAxis).toEqual({ domain: [100, 1_000_000], ticks: [100, 1000, 10_000, 100_000, 1_000_000] });
    // $0.30 (Beta at 100 requests) … $4,000.00 (Alpha at 1,000,000).
    expect(chart.yAxis).toEqual({ domain: [0.1, 10_000], ticks: [0.1, 1, 10, 100, 1000, 10_000] });
  });

  // The link that blanked the page: 1 request × 1 input token, 0 output, 99.99 % cached, on a route
  // whose cache hits are free. At 1 request the bill is 0.0001 tokens × $1 / 1M = $10^-10: more than
  // nothing, yet 0 as a plotted float, and a 0 on a log axis made the tick loop run forever.
  it('leaves off costs too small to plot and keeps the cost axis positive', () => {
    const free = makeRoute({ modelId: 'k2', providerName: 'Free cache', prices: { cachedInput: '0' } });
    const shapes = shapesOf(
      aWorkload({ requestsPerMonth: 1, inputTokensPerRequest: 1, cacheHitRatePercent: 99.99 }),
    );
    const chart = buildVolumeChart(
      selectChartRoutes({
        routes: [free],
        scenario: billInputsOf(shapes),
        pinnedRouteIds: [free.id],
        routeFilter: DEFAULT_ROUTE_FILTER,
        activeRouteId: null,
      }),
      shapes,
    );
    // 1, 2, 5, 10, 20 requests cost 10^-10 … 2 × 10^-9 $ (0 to 10^-8 $); 50 and 100 cost
    // 5 × 10^-9 and 10^-8 $, both 10^-8 to the plot's precision.
    expect(chart.points.map((p) => p.values.r0)).toEqual([null, null, null, null, null, 1e-8, 1e-8]);
    expect(chart.yAxis).toEqual({ domain: [1e-8, 1e-7], ticks: [1e-8, 1e-7] });
    expect(chart.caption).toBe(
      'At 1 request a month these routes cost < $0.01; cost grows in step with volume, so 10× the traffic costs 10× as much.',
    );
  });
});

describe('volumeRoutes', () => {
  // Rule: the volume chart draws your route and the three cheapest others, in the charts' order.
  it.each<[string, string | null, string[]]>([
    [
      'your route dearer than all: it and the three cheapest',
      ZETA.id,
      ['K2 via Beta', 'K2 via Epsilon', 'K2 via Alpha', 'K2 via Zeta'],
    ],
    [
      'your route the cheapest: it and the next three',
      BETA.id,
      ['K2 via Beta', 'K2 via Epsilon', 'K2 via Alpha', 'K2 via Gamma'],
    ],
    [
      'your route added from outside the five',
      OTHER.id,
      ['K2 via Beta', 'K2 via Epsilon', 'K2 via Alpha', 'GPT via Eta'],
    ],
    ['no route selected: the three cheapest', null, ['K2 via Beta', 'K2 via Epsilon', 'K2 via Alpha']],
  ])('%s', (_, active, expected) => {
    const chart = buildVolumeChart(selection([], SEED, active), shapesOf(SEED));
    expect(chart.routes.map((r) => r.label)).toEqual(expected);
    expect(chart.table.columns.slice(1).map((c) => c.replace(' (your route)', ''))).toEqual(expected);
    expect(Object.keys(chart.points[0]?.values ?? {})).toEqual(chart.routes.map((r) => r.key));
  });
});

describe('findCrossing', () => {
  // Rule: cost(p) = c₀ + (c₁₀₀ − c₀) × p / 100; two lines meet at one exact fraction of a percent, or never.
  const line = (route: typeof ALPHA, workload = SEED): CacheLine =>
    cacheLine(shapesOf(workload), plainTariff(toRoutePrices(route.prices)));

  it('finds the cache lines: Alpha $4.00 at 0% and $2.20 at 100%', () => {
    expect(line(ALPHA)).toEqual({ atZero: dollars(4), atFull: dollars(2.2) });
  });

  it.each([
    ['Alpha/Beta at 62.5%, $2.875', ALPHA, BETA, 125n, 2n, dollars(2.875)],
    ['Beta/Alpha is the same point', BETA, ALPHA, 125n, 2n, dollars(2.875)],
    ['Alpha/Epsilon at 16⅔%, $3.70', ALPHA, EPSILON, 50n, 3n, dollars(3.7)],
    ['Gamma/Epsilon at 58⅓%, $3.45', GAMMA, EPSILON, 175n, 3n, dollars(3.45)],
    ['Gamma/Beta at 93.75%, $2.8125', GAMMA, BETA, 375n, 4n, dollars(2.8125)],
  ])('%s', (_name, a, b, numerator, denominator, cost) => {
    expect(findCrossing(line(a), line(b))).toEqual({
      kind: 'crossing',
      percent: { numerator, denominator },
      cost: { numerator: cost, denominator: 1n },
    });
  });

  it('gives a cost both lines agree on, as a fraction, when it is not a whole money unit', () => {
    const a = { atZero: 10n, atFull: 0n };
    const b = { atZero: 0n, atFull: 3n };
    // 10 − 10p/100 = 3p/100 → p = 1000/13 %, cost 30/13.
    expect(findCrossing(a, b)).toEqual({
      kind: 'crossing',
      percent: { numerator: 1000n, denominator: 13n },
      cost: { numerator: 30n, denominator: 13n },
    });
  });

  it.each([
    [
      'parallel lines never cross (Alpha and Gamma: same cache discount, dearer output)',
      ALPHA,
      GAMMA,
      'parallel',
    ],
    [
      'the same prices are the same line',
      ALPHA,
      makeRoute({ modelId: 'k2', providerName: 'Twin' }),
      'identical',
    ],
    ['a meeting beyond 100% is outside (Beta and Epsilon meet at 200%)', BETA, EPSILON, 'outside'],
    [
      'a meeting exactly at 100% is outside (no flip inside the range)',
      ALPHA,
      makeRoute({ modelId: 'k2', providerName: 'Delta', prices: { input: '2' } }),
      'outside',
    ],
  ])('%s', (_name, a, b, kind) => {
    expect(findCrossing(line(a), line(b)).kind).toBe(kind);
  });

  it('a meeting below 0% is outside', () => {
    expect(findCrossing({ atZero: 5n, atFull: 10n }, { atZero: 4n, atFull: 12n }).kind).toBe('crossing');
    expect(findCrossing({ atZero: 5n, atFull: 10n }, { atZero: 6n, atFull: 12n }).kind).toBe('outside');
  });
});

describe('buildCacheRateChart', () => {
  const atQuarter = { ...SEED, cacheHitRatePercent: 25 };
  const chart = buildCacheRateChart(
    selection([ALPHA.id, BETA.id, GAMMA.id, EPSILON.id], atQuarter),
    shapesOf(atQuarter),
  );

  it('costs every route from 0% to 100% in steps of 10', () => {
    expect(chart.points.map((p) => p.x)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(chart.points[0]?.texts).toEqual({ r0: '$4.00', r1: '$3.00', r2: '$4.50', r3: '$3.80' });
    expect(chart.points[10]?.values).toEqual({ r0: 2.2, r1: 2.8, r2: 2.7, r3: 3.2 });
    expect(chart.current).toBe(25);
  });

  it('gives a cost axis from $0 up to a round amount above the dearest point ($4.50 → $6)', () => {
    expect(chart.yAxis).toEqual({ domain: [0, 6], ticks: [0, 2, 4, 6] });
  });

  it('lists every crossing inside the range, in order of cache hit rate, labelled', () => {
    expect(
      chart.crossovers.map((c) => [c.percentText, c.cheaperAbove.label, c.cheaperBelow.label, c.costText]),
    ).toEqual([
      ['16.67%', 'K2 via Alpha', 'K2 via Epsilon', '$3.70'],
      ['58.33%', 'K2 via Gamma', 'K2 via Epsilon', '$3.45'],
      ['62.5%', 'K2 via Alpha', 'K2 via Beta', '$2.88'],
      ['93.75%', 'K2 via Gamma', 'K2 via Beta', '$2.81'],
    ]);
    expect(chart.crossovers[2]).toMatchObject({ x: 62.5, y: 2.875 });
    expect(chart.crossovers[0]?.x).toBeCloseTo(16.666667, 6);
    expect(chart.crossovers[0]?.label).toBe(
      'K2 via Alpha overtakes K2 via Epsilon at 16.67% cache hits ($3.70 a month)',
    );
    expect(chart.caption).toBe(
      '4 rankings flip as the cache hit rate grows: first, K2 via Alpha overtakes K2 via Epsilon at 16.67% cache hits ($3.70 a month).',
    );
    expect(chart.crossoverTable.rows[0]).toEqual(['16.67%', 'K2 via Alpha', 'K2 via Epsilon', '$3.70']);
  });

  it.each([
    [[ALPHA.id, GAMMA.id], 'No ranking flips between 0% and 100% cache hits among these routes.'],
    [[ALPHA.id], 'With fewer than two routes there is no ranking to flip.'],
    [
      [ALPHA.id, BETA.id],
      'One ranking flips as the cache hit rate grows: first, K2 via Alpha overtakes K2 via Beta at 62.5% cache hits ($2.88 a month).',
    ],
  ])('captions %j', (pinned, caption) => {
    const small = buildCacheRateChart(selection(pinned), shapesOf(SEED));
    expect(small.caption).toBe(caption);
  });

  it('draws one point where one line crosses two identical ones, and numbers both flips', () => {
    const twin = makeRoute({
      modelId: 'k2',
      providerName: 'Beta twin',
      prices: { input: '0.5', cachedInput: '0.4' },
    });
    const chosen = selectChartRoutes({
      routes: [...SHEET, twin],
      scenario: billInputsOf(shapesOf(SEED)),
      pinnedRouteIds: [ALPHA.id, BETA.id, twin.id],
      routeFilter: DEFAULT_ROUTE_FILTER,
      activeRouteId: null,
    });
    const twice = buildCacheRateChart(chosen, shapesOf(SEED));
    expect(twice.crossovers.map((c) => c.label)).toEqual([
      'K2 via Alpha overtakes K2 via Beta at 62.5% cache hits ($2.88 a month)',
      'K2 via Alpha overtakes K2 via Beta twin at 62.5% cache hits ($2.88 a month)',
    ]);
    expect(twice.crossingPoints).toEqual([{ x: 62.5, y: 2.875 }]);
  });

  it('names your route in its flips', () => {
    const mine = buildCacheRateChart(selection([ALPHA.id, BETA.id], SEED, BETA.id), shapesOf(SEED));
    expect(mine.crossovers[0]?.label).toBe(
      'K2 via Alpha overtakes K2 via Beta (your route) at 62.5% cache hits ($2.88 a month)',
    );
  });

  it('moves the crossing when a price is edited (Beta’s cached input 0.4 → 0.3: 62.5% → 71.43%)', () => {
    const edited = selectChartRoutes({
      routes: SHEET,
      scenario: billInputsOf(shapesOf(SEED), { [BETA.id]: { cachedInput: '0.3' } }),
      pinnedRouteIds: [ALPHA.id, BETA.id],
      routeFilter: DEFAULT_ROUTE_FILTER,
      activeRouteId: null,
    });
    // Beta: 3.00 → 2.60; Alpha 4.00 → 2.20: 1 = 1.4p/100 → p = 1000/14 = 71.43%.
    const crossing = buildCacheRateChart(edited, shapesOf(SEED)).crossovers[0];
    expect(crossing?.percent).toEqual({ numerator: 500n, denominator: 7n });
    expect(crossing?.percentText).toBe('71.43%');
  });
});

/** The tornado of one plain workload on one route's prices. */
function tornado(workload: Workload, prices: RoutePrices) {
  const text = (price: bigint) => priceToText(price);
  const route = aRoute('r', {
    input: text(prices.inputPerMillion),
    cachedInput: prices.cachedInputPerMillion === null ? null : text(prices.cachedInputPerMillion),
    output: text(prices.outputPerMillion),
  });
  return buildTornadoChart(billScenario(billInputsOf([requestShapeFromWorkload(workload)]), [route]));
}

describe('buildTornadoChart', () => {
  // Rule: ±20 % of a driver changes the bill by ±1/5 of the parts it scales; largest first, ties in page order.
  const rows = (workload = SEED, prices = toRoutePrices(ALPHA.prices)) =>
    tornado(workload, prices).bars.map((bar) => [bar.label, bar.downText, bar.upText]);

  it('on Alpha with no cache hits: requests move all $4.00, tokens and prices their $2.00 parts', () => {
    expect(rows()).toEqual([
      ['Requests per month', '−$0.80', '+$0.80'],
      ['Input tokens per request', '−$0.40', '+$0.40'],
      ['Output tokens per request', '−$0.40', '+$0.40'],
      ['Input price', '−$0.40', '+$0.40'],
      ['Output price', '−$0.40', '+$0.40'],
      ['Cache hit rate', '$0.00', '$0.00'],
      ['Cached input price', '$0.00', '$0.00'],
    ]);
    expect(tornado(SEED, toRoutePrices(ALPHA.prices)).caption).toBe(
      'Requests per month moves this $4.00 bill most: ±20% of it changes the bill by ±$0.80 a month.',
    );
  });

  it('at 50% cache hits ($1.00 + $0.10 + $2.00): 40% → 60% moves the bill by +$0.18 / −$0.18', () => {
    expect(rows({ ...SEED, cacheHitRatePercent: 50 })).toEqual([
      ['Requests per month', '−$0.62', '+$0.62'],
      ['Output tokens per request', '−$0.40', '+$0.40'],
      ['Output price', '−$0.40', '+$0.40'],
      ['Input tokens per request', '−$0.22', '+$0.22'],
      ['Input price', '−$0.20', '+$0.20'],
      ['Cache hit rate', '+$0.18', '−$0.18'],
      ['Cached input price', '−$0.02', '+$0.02'],
    ]);
  });

  it('stops the cache hit rate at 100%: at 90%, −20% is 72% (+$0.32) but +20% only reaches 100% (−$0.18)', () => {
    const bar = tornado({ ...SEED, cacheHitRatePercent: 90 }, toRoutePrices(ALPHA.prices)).bars.find(
      (b) => b.key === 'cacheHitRate',
    );
    expect([bar?.downText, bar?.upText]).toEqual(['+$0.32', '−$0.18']);
    expect([bar?.down, bar?.up]).toEqual([0.32, -0.18]);
  });

  it('with no cached price, cache hits follow the input price and the cached price moves nothing', () => {
    const prices = pricesOf('1', null, '4');
    const bars = tornado({ ...SEED, cacheHitRatePercent: 50 }, prices).bars;
    const byKey = Object.fromEntries(bars.map((b) => [b.key, [b.downText, b.upText]]));
    expect(byKey.inputPrice).toEqual(['−$0.40', '+$0.40']);
    expect(byKey.cachedInputPrice).toEqual(['$0.00', '$0.00']);
    expect(byKey.cacheHitRate).toEqual(['$0.00', '$0.00']);
  });

  it('says nothing moves an empty bill', () => {
    expect(tornado(aWorkload(), toRoutePrices(ALPHA.prices)).caption).toBe(
      'No input moves this bill of $0.00: it sends no billable tokens.',
    );
  });
});
