/**
 * A whole scenario's bill: the sum of its endpoints' workload shapes, each on a route. The rules:
 * - each shape is costed by the engine (cost.ts for a plain request shape, workload-shapes.ts for the
 *   rest); a plain shape costs exactly what costWorkload says, and takes its faster path;
 * - parts, tokens, retry buffers and totals add up across endpoints; a year is 12 months;
 * - "per request" is the monthly total over every model call of the month (a conversation turn and an
 *   agent step are calls too), to 10^-24 $;
 * - a route fits the scenario when the largest call of every shape fits its limits (fit.ts).
 */

import { formatQuantity } from '../money/format-number';
import { hundredthsOf, percentToHundredths, WHOLE } from '../money/hundredths';
import { divideRounded } from '../money/money';
import type { RoutePrices } from '../rates/prices';
import type { Endpoint } from '../scenario/endpoint';
import { type FitProblem, findFitProblems, type RouteLimits } from '../workload/fit';
import type { Workload } from '../workload/workload';
import {
  callsPerUnit,
  costOneUnit,
  costShapeMonthly,
  largestCallAsWorkload,
  type RequestShape,
  type ShapeBill,
  unitsPerMonth,
  type WorkloadShape,
  workloadOfRequests,
} from '../workload/workload-shapes';
import { type BillParts, costWorkload, type MonthlyTokens, sumBillParts, type WorkloadCost } from './cost';

export type ShapeList = readonly WorkloadShape[];

/** A request shape with nothing but the five workload fields: the engine's own formula applies. */
function plainWorkload(shape: WorkloadShape): Workload | null {
  if (shape.kind !== 'requests' || !isPlainRequestShape(shape)) return null;
  return workloadOfRequests(shape);
}

function isPlainRequestShape(shape: RequestShape): boolean {
  return (
    shape.consumer === null &&
    shape.reasoningTokensPerCall === 0 &&
    shape.maxOutputTokensPerCall === null &&
    shape.batchSharePercent === 0
  );
}

/** Model calls a month: units × calls per unit (turns, steps, or 1). */
export function callsPerMonth(shape: WorkloadShape): bigint {
  return unitsPerMonth(shape) * BigInt(callsPerUnit(shape));
}

/** A shape's monthly bill as the bill type every panel shows. */
function shapeBillAsCost(shape: WorkloadShape, monthlyBill: ShapeBill, prices: RoutePrices): WorkloadCost {
  const monthly = monthlyBill.total;
  const withRetries = WHOLE + percentToHundredths(shape.retryBufferPercent);
  const calls = callsPerMonth(shape);
  const { tokens } = monthlyBill;
  return {
    parts: monthlyBill.parts,
    monthly,
    retryBuffer: monthly - (monthly * WHOLE) / withRetries,
    yearly: monthly * 12n,
    perRequest:
      calls === 0n
        ? divideRounded(costOneUnit(shape, prices).total, BigInt(callsPerUnit(shape)))
        : divideRounded(monthly, calls),
    tokens: {
      input: tokens.input,
      cachedInput: tokens.cachedInput,
      output: tokens.output,
      reasoning: tokens.reasoning,
    },
    cacheBilledAtInputPrice: prices.cachedInputPerMillion === null && shape.cacheHitRatePercent > 0,
  };
}

/** One shape's bill on a route. */
function costShapeBill(shape: WorkloadShape, prices: RoutePrices): WorkloadCost {
  const workload = plainWorkload(shape);
  if (workload) return costWorkload(workload, prices);
  return shapeBillAsCost(shape, costShapeMonthly(shape, prices), prices);
}

export interface PricedShape {
  readonly shape: WorkloadShape;
  readonly prices: RoutePrices;
}

/** An endpoint with its route's prices in force and the route's name: the scenario as configured. */
export interface PricedEndpoint extends PricedShape {
  readonly endpoint: Endpoint;
  readonly routeName: string;
}

function addParts(a: BillParts, b: BillParts): BillParts {
  return {
    input: a.input + b.input,
    cachedInput: a.cachedInput + b.cachedInput,
    output: a.output + b.output,
    reasoning: a.reasoning + b.reasoning,
    toolFees: a.toolFees + b.toolFees,
    batch: a.batch + b.batch,
  };
}

function addTokens(a: MonthlyTokens, b: MonthlyTokens): MonthlyTokens {
  return {
    input: a.input + b.input,
    cachedInput: a.cachedInput + b.cachedInput,
    output: a.output + b.output,
    reasoning: a.reasoning + b.reasoning,
  };
}

/** The sum of several bills (each shape on its own prices). One bill is returned as it is. */
function sumBills(
  items: readonly { readonly shape: WorkloadShape; readonly bill: WorkloadCost }[],
): WorkloadCost {
  const [only] = items;
  if (items.length === 1 && only) return only.bill;
  let parts: BillParts = { input: 0n, cachedInput: 0n, output: 0n, reasoning: 0n, toolFees: 0n, batch: 0n };
  let tokens: MonthlyTokens = { input: 0n, cachedInput: 0n, output: 0n, reasoning: 0n };
  let retryBuffer = 0n;
  let calls = 0n;
  let perRequestSum = 0n;
  let cacheBilledAtInputPrice = false;
  for (const { shape, bill } of items) {
    parts = addParts(parts, bill.parts);
    tokens = addTokens(tokens, bill.tokens);
    retryBuffer += bill.retryBuffer;
    calls += callsPerMonth(shape);
    perRequestSum += bill.perRequest;
    cacheBilledAtInputPrice ||= bill.cacheBilledAtInputPrice;
  }
  const monthly = sumBillParts(parts);
  const count = BigInt(Math.max(1, items.length));
  return {
    parts,
    monthly,
    retryBuffer,
    yearly: monthly * 12n,
    perRequest: calls === 0n ? divideRounded(perRequestSum, count) : divideRounded(monthly, calls),
    tokens,
    cacheBilledAtInputPrice,
  };
}

/** Every shape on one route's prices: what the comparison table and the charts show per route. */
export function costShapes(shapes: ShapeList, prices: RoutePrices): WorkloadCost {
  return sumBills(shapes.map((shape) => ({ shape, bill: costShapeBill(shape, prices) })));
}

/** Each shape on its own prices (endpoints on their own routes): the scenario's bill. */
export function costPricedShapes(items: readonly PricedShape[]): WorkloadCost {
  return sumBills(items.map(({ shape, prices }) => ({ shape, bill: costShapeBill(shape, prices) })));
}

/**
 * Whether every shape's largest call fits the route: the first problem of each kind, with the most
 * tokens across shapes.
 */
export function findShapesFitProblems(shapes: ShapeList, limits: RouteLimits): FitProblem[] {
  return findCallsFitProblems(shapes.map(largestCallAsWorkload), limits);
}

/** The same for the largest calls, worked out once for every route (largestCallAsWorkload). */
export function findCallsFitProblems(calls: readonly Workload[], limits: RouteLimits): FitProblem[] {
  const worst = new Map<FitProblem['kind'], FitProblem>();
  for (const call of calls) {
    for (const problem of findFitProblems(call, limits)) {
      const seen = worst.get(problem.kind);
      if (!seen || problem.tokens > seen.tokens) worst.set(problem.kind, problem);
    }
  }
  return [...worst.values()];
}

/** Requests, conversations and tasks a month, all endpoints together. */
export function trafficUnits(shapes: ShapeList): bigint {
  return shapes.reduce((total, shape) => total + unitsPerMonth(shape), 0n);
}

function withUnits(shape: WorkloadShape, units: number): WorkloadShape {
  if (shape.kind === 'conversation') return { ...shape, conversationsPerMonth: units };
  if (shape.kind === 'agent-chain') return { ...shape, tasksPerMonth: units };
  return { ...shape, consumer: null, requestsPerMonth: units };
}

/**
 * The same mix at `total` units a month: each shape keeps its share of today's traffic, rounded half
 * up to whole units (equal shares when there is no traffic today). One shape gets exactly `total`.
 */
export function scaleTraffic(shapes: ShapeList, total: number): WorkloadShape[] {
  const today = trafficUnits(shapes);
  const count = BigInt(shapes.length);
  return shapes.map((shape) => {
    if (shapes.length === 1) return withUnits(shape, total);
    const share = today === 0n ? 1n : unitsPerMonth(shape);
    const whole = today === 0n ? count : today;
    return withUnits(shape, Number((BigInt(total) * share * 2n + whole) / (2n * whole)));
  });
}

/** Every shape at the same cache hit rate. */
export function withCacheHitRate(shapes: ShapeList, percent: number): WorkloadShape[] {
  return shapes.map((shape) => ({ ...shape, cacheHitRatePercent: percent }));
}

/** The cache hit rate the scenario runs at: the shared rate, or the prefix-weighted one (2 decimals). */
export function scenarioCacheHitRate(shapes: ShapeList, cost: WorkloadCost): number {
  const [first] = shapes;
  if (!first) return 0;
  if (shapes.every((shape) => shape.cacheHitRatePercent === first.cacheHitRatePercent)) {
    return first.cacheHitRatePercent;
  }
  const sent = cost.tokens.input + cost.tokens.cachedInput;
  return sent === 0n ? 0 : Number(hundredthsOf(cost.tokens.cachedInput, sent)) / 100;
}

const UNIT_WORDS: Readonly<Record<WorkloadShape['kind'], [string, string]>> = {
  requests: ['request', 'requests'],
  conversation: ['conversation', 'conversations'],
  'agent-chain': ['task', 'tasks'],
};

/** "12,000 requests", "1 conversation". */
export function describeUnits(shape: WorkloadShape, units: bigint = unitsPerMonth(shape)): string {
  const [one, many] = UNIT_WORDS[shape.kind];
  return `${formatQuantity(Number(units), 0)} ${units === 1n ? one : many}`;
}

/** One line per shape, for captions and downloads. */
export function describeShape(shape: WorkloadShape): string {
  const common = `${formatQuantity(shape.cacheHitRatePercent)}% cache hits, ${formatQuantity(shape.retryBufferPercent)}% retry buffer`;
  if (shape.kind === 'conversation') {
    return (
      `${describeUnits(shape)} a month × ${formatQuantity(shape.turnsPerConversation, 0)} turns ` +
      `(${formatQuantity(shape.systemPromptTokens, 0)}-token system prompt, ${formatQuantity(shape.userTokensPerTurn, 0)} user + ` +
      `${formatQuantity(shape.replyTokensPerTurn, 0)} reply tokens a turn), ${common}`
    );
  }
  if (shape.kind === 'agent-chain') {
    return (
      `${describeUnits(shape)} a month × ${formatQuantity(shape.stepsPerTask, 0)} steps ` +
      `(${formatQuantity(shape.baseContextTokens, 0)}-token base context, ${formatQuantity(shape.toolResultTokensPerStep, 0)} tool-result + ` +
      `${formatQuantity(shape.outputTokensPerStep, 0)} output tokens a step), ${common}`
    );
  }
  return (
    `${describeUnits(shape)} a month × ${formatQuantity(shape.inputTokensPerRequest, 0)} input + ` +
    `${formatQuantity(shape.outputTokensPerRequest, 0)} output tokens, ${common}`
  );
}

/** "requests", "conversations" or "tasks"; several kinds together are units of the scenario's mix. */
export function unitsOfMix(shapes: ShapeList): string {
  const kinds = new Set(shapes.map((shape) => shape.kind));
  const [only] = kinds;
  if (kinds.size !== 1 || only === undefined) return 'units of this mix (requests, conversations and tasks)';
  return UNIT_WORDS[only][1];
}

/** The per-unit word of a shape's kind: "request", "conversation" or "task". */
export function unitWord(shape: WorkloadShape): string {
  return UNIT_WORDS[shape.kind][0];
}
