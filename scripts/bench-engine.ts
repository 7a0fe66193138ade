/**
 * The cost engine's speed, in Node: pricing one workload shape on every bundled route (the engine the
 * breakdown, the table and the charts share), then building the comparison rows for one and three
 * endpoints over the bundled sheet and over a 5,000-route sheet (issue 16: a slider step under 20 ms).
 */
import { BUNDLED_ROUTES } from '../src/data/rate-sheet';
import { buildComparisonRows } from '../src/domain/compare/comparison-rows';
import { buildBreakdown } from '../src/domain/cost/breakdown';
import { prepareShape, priceShape } from '../src/domain/cost/engine';
import { routeTariff } from '../src/domain/cost/tariff';
import { toRoutePrices } from '../src/domain/rates/prices';
import type { Route } from '../src/domain/rates/route';
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

export function measureEngine(): EngineTable[] {
  return [perRoute(BUNDLED_ROUTES), comparisonRows()];
}
