/**
 * The cost engine's speed, in Node: pricing one workload shape on every bundled route (the engine the
 * breakdown, the table and the charts share), then building the comparison rows for one and three
 * endpoints over the bundled sheet and over a 5,000-route sheet, and a slider step's own work for the
 * comparison table (issue 16: under 20 ms with 5,000 routes).
 */
import { BUNDLED_ROUTES } from '../src/data/rate-sheet';
import { chartSeriesIndex } from '../src/domain/charts/chart-routes';
import {
  type ComparisonColumn,
  screenColumns,
  visibleColumnIds,
} from '../src/domain/compare/comparison-columns';
import {
  buildComparisonRows,
  type ComparisonRow,
  describeComparison,
  ownRowOutsideFilters,
} from '../src/domain/compare/comparison-rows';
import { sortComparisonRows, tablePage } from '../src/domain/compare/table-order';
import { buildBreakdown } from '../src/domain/cost/breakdown';
import { prepareShape, priceShape } from '../src/domain/cost/engine';
import { routeTariff } from '../src/domain/cost/tariff';
import { toRoutePrices } from '../src/domain/rates/prices';
import type { Route } from '../src/domain/rates/route';
import { DEFAULT_ROUTE_FILTER, filterRoutes } from '../src/domain/rates/route-filter';
import { DEFAULT_TABLE_SORT } from '../src/domain/scenario/view';
import {
  DEFAULT_AGENT_CHAIN_SHAPE,
  DEFAULT_CONVERSATION_SHAPE,
  DEFAULT_REQUEST_SHAPE,
} from '../src/domain/workload/shape-kinds';
import { requestShapeFromWorkload, type WorkloadShape } from '../src/domain/workload/shapes';
import type { Workload } from '../src/domain/workload/workload';
import { billInputsOf } from '../src/testing/builders';
import { largeSheet } from '../src/testing/large-sheet';

export interface EngineTable {
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly notes?: readonly string[];
}

const LARGE_WORKLOAD: Workload = {
  requestsPerMonth: 1_000_000_000_000,
  inputTokensPerRequest: 10_000_000,
  outputTokensPerRequest: 1_234_567,
  cacheHitRatePercent: 33.33,
  retryBufferPercent: 7.5,
};

const SHAPES: readonly { readonly label: string; readonly shape: WorkloadShape }[] = [
  { label: 'plain request', shape: DEFAULT_REQUEST_SHAPE },
  { label: 'large plain request', shape: requestShapeFromWorkload(LARGE_WORKLOAD) },
  { label: 'conversation', shape: DEFAULT_CONVERSATION_SHAPE },
  { label: 'agent chain', shape: DEFAULT_AGENT_CHAIN_SHAPE },
];

const WARM_UP_PASSES = Number(process.env.BENCH_WARMUP ?? 200);
const MEASURED_PASSES = Number(process.env.BENCH_PASSES ?? 1000);
const LARGE_SHEET_PASSES = Number(process.env.BENCH_LARGE_PASSES ?? 20);

/** Sorted-sample percentile, nearest rank. */
function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

/** Times `pass` after a warm-up; returns the per-pass samples in ms. */
function sample(pass: () => unknown, passes = MEASURED_PASSES, warmUp = WARM_UP_PASSES): number[] {
  let sink: unknown;
  for (let index = 0; index < warmUp; index += 1) sink = pass();
  const samples: number[] = [];
  for (let index = 0; index < passes; index += 1) {
    const start = performance.now();
    sink = pass();
    samples.push(performance.now() - start);
  }
  if (sink === Symbol.for('never')) console.log(sink);
  return samples.sort((a, b) => a - b);
}

/** A duration in milliseconds, written in µs below 1 ms. */
export function duration(ms: number): string {
  return ms < 1 ? `${(ms * 1000).toFixed(2)} µs` : `${ms.toFixed(2)} ms`;
}

function stats(label: string, samples: readonly number[], routes: number): string[] {
  const median = percentile(samples, 0.5);
  const p95 = percentile(samples, 0.95);
  return [label, duration(median), duration(p95), duration(median / routes), duration(p95 / routes)];
}

function perRoute(routes: readonly Route[]): EngineTable {
  // Each route's whole tariff (cache writes, tiers, batch rule, tool fees), parsed once as the app does.
  const parsed = routes.map((route) => routeTariff(route, toRoutePrices(route.prices)));
  const count = routes.length;
  const rows: string[][] = [];
  for (const { label, shape } of SHAPES) {
    rows.push(
      stats(
        `${label}: priceShape (prepared once)`,
        sample(() => parsed.map((tariff) => priceShape(prepareShape(shape), tariff))),
        count,
      ),
    );
  }
  const bills = parsed.map((tariff) => priceShape(prepareShape(DEFAULT_REQUEST_SHAPE), tariff));
  rows.push(
    stats(
      'buildBreakdown only',
      sample(() => bills.map((bill) => buildBreakdown(bill))),
      count,
    ),
  );
  return {
    title: `Cost engine over the bundled rate sheet (${count} routes; ${WARM_UP_PASSES} warm-up + ${MEASURED_PASSES} measured passes)`,
    columns: ['', 'p50 / pass', 'p95 / pass', 'p50 / route', 'p95 / route'],
    rows,
    notes: [
      'Medians, not means: on a shared machine a few passes stall on the scheduler or the collector.',
      'A pass prices every route once; per-route figures are the per-pass figures divided by the route count.',
      'priceShape includes prepareShape (a memo hit after the first pass: the shape does not change).',
    ],
  };
}

function comparisonRows(): EngineTable {
  const scenarios = [
    { label: '1 endpoint', shapes: [DEFAULT_REQUEST_SHAPE] },
    {
      label: '3 endpoints',
      shapes: [DEFAULT_REQUEST_SHAPE, DEFAULT_CONVERSATION_SHAPE, DEFAULT_AGENT_CHAIN_SHAPE],
    },
  ];
  const rows: string[][] = [];
  for (const routes of [BUNDLED_ROUTES, largeSheet(5_000)]) {
    const large = routes.length > 1_000;
    const passes = large ? LARGE_SHEET_PASSES : MEASURED_PASSES;
    const warmUp = large ? 3 : WARM_UP_PASSES;
    for (const { label, shapes } of scenarios) {
      const samples = sample(() => buildComparisonRows(routes, billInputsOf(shapes)), passes, warmUp);
      rows.push(stats(`${routes.length} routes, ${label}`, samples, routes.length));
    }
  }
  return {
    title: 'buildComparisonRows (every route costed for the whole scenario, ranked)',
    columns: ['', 'p50 / pass', 'p95 / pass', 'p50 / route', 'p95 / route'],
    rows,
    notes: [
      `The 5,000-route sheet is the bundled sheet repeated (src/testing/large-sheet.ts); 3 warm-up + ${LARGE_SHEET_PASSES} measured passes.`,
    ],
  };
}

const PAGE_SIZE = 50;

/** The text of every cell the table shows on a page (what its cells write), for the visible columns. */
function pageTexts(rows: readonly ComparisonRow[], columns: readonly ComparisonColumn[]): number {
  let written = 0;
  for (const row of rows)
    for (const column of columns) {
      const cell = column.cell(row);
      written += cell.known ? cell.text.length : cell.reason.length;
    }
  return written;
}

/**
 * One slider step as the comparison table works it out (src/store/use-comparison-rows.ts and
 * src/features/compare-table/comparison-table.tsx), outside React: every shown route costed and ranked,
 * your route, the charts' series, the columns shown, the summary; the rows sorted on their raw values;
 * the first page with your route pinned, and the text of its cells. Each step has new endpoint objects
 * (a slider moved), so nothing is remembered from the step before. Returns the three parts' times in ms.
 */
function tableStep(routes: readonly Route[], shapes: readonly WorkloadShape[], step: number) {
  const own = routes[0] as Route;
  const shown = filterRoutes(routes, DEFAULT_ROUTE_FILTER, own.modelId); // remembered across steps
  const columns = screenColumns(null);
  const moved = shapes.map((shape) =>
    shape.kind === 'requests'
      ? { ...shape, requestsPerMonth: shape.requestsPerMonth + (step % 7) }
      : { ...shape },
  );
  const scenario = billInputsOf(moved);
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const rows = buildComparisonRows(shown, scenario);
  const ownOutside = ownRowOutsideFilters(own, rows, scenario);
  const costed = performance.now();
  const data = ownOutside ? [...rows, ownOutside] : rows;
  const sorted = sortComparisonRows(data, columns, DEFAULT_TABLE_SORT);
  const ordered = performance.now();
  const page = tablePage(sorted, own.id, 0, PAGE_SIZE);
  const visible = new Set(visibleColumnIds(columns, rows, {}));
  const written = pageTexts(
    page.rows,
    columns.filter((column) => visible.has(column.id)),
  );
  const summary = describeComparison(rows);
  const series = chartSeriesIndex(rows, [], routes, own.id);
  const end = performance.now();
  const cpu = process.cpuUsage(cpuStart);
  if (written + summary.length + series.size === 0) console.log('nothing written');
  return {
    cost: costed - start,
    sort: ordered - costed,
    page: end - ordered,
    total: end - start,
    cpu: (cpu.user + cpu.system) / 1000,
  };
}

function tableSteps(): EngineTable {
  const scenarios = [
    { label: '1 endpoint', shapes: [DEFAULT_REQUEST_SHAPE] },
    {
      label: '3 endpoints',
      shapes: [DEFAULT_REQUEST_SHAPE, DEFAULT_CONVERSATION_SHAPE, DEFAULT_AGENT_CHAIN_SHAPE],
    },
  ];
  const rows: string[][] = [];
  for (const routes of [BUNDLED_ROUTES, largeSheet(5_000)]) {
    const large = routes.length > 1_000;
    const passes = large ? LARGE_SHEET_PASSES * 2 : MEASURED_PASSES / 5;
    for (const { label, shapes } of scenarios) {
      for (let step = 0; step < (large ? 5 : WARM_UP_PASSES); step += 1) tableStep(routes, shapes, step);
      const steps = Array.from({ length: passes }, (_, step) => tableStep(routes, shapes, step));
      const p50 = (part: 'cost' | 'sort' | 'page' | 'total' | 'cpu') =>
        percentile(
          steps.map((item) => item[part]).sort((a, b) => a - b),
          0.5,
        );
      const totals = steps.map((item) => item.total).sort((a, b) => a - b);
      rows.push([
        `${routes.length} routes, ${label}`,
        `${p50('total').toFixed(2)} ms`,
        `${percentile(totals, 0.95).toFixed(2)} ms`,
        `${p50('cost').toFixed(2)} ms`,
        `${p50('sort').toFixed(2)} ms`,
        `${p50('page').toFixed(2)} ms`,
        `${p50('cpu').toFixed(2)} ms`,
      ]);
    }
  }
  return {
    title:
      "A slider step's own work for the comparison table (cost every route, sort, first page; goal < 20 ms at 5,000 routes)",
    columns: ['', 'p50 / step', 'p95 / step', 'p50 cost all', 'p50 sort', 'p50 first page', 'p50 CPU / step'],
    rows,
    notes: [
      'Outside React and the browser: the domain work the table does per step (tableStep in scripts/bench-engine.ts).',
      '"cost all": every shown route costed and ranked, and your route; "sort": the rows ordered by monthly cost on their raw values; "first page": the page with your route pinned, the text of its visible cells, the columns shown, the summary and the charts\' series.',
      "CPU / step: the process's CPU time over the step (process.cpuUsage, the collector's threads included): on a machine shared with other work, the wall-clock figures include time spent waiting for a core; this one does not.",
      `Steps with new endpoint objects each time; ${LARGE_SHEET_PASSES * 2} measured steps at 5,000 routes, ${MEASURED_PASSES / 5} at the bundled sheet.`,
    ],
  };
}

export function measureEngine(): EngineTable[] {
  return [perRoute(BUNDLED_ROUTES), comparisonRows(), tableSteps()];
}
