/**
 * A whole scenario's bill: the sum of its endpoints' workload shapes, each on a route. The rules:
 * - each shape is costed by the engine (cost.ts for a plain request shape, shape-cost.ts for the
 *   rest); a plain shape costs exactly what costWorkload says, and takes its faster path;
 * - parts, tokens, retry buffers and totals add up across endpoints; a year is 12 months;
 * - "per request" is the monthly total over every model call of the month (a conversation turn and an
 *   agent step are calls too), to 10^-24 $;
 * - a route fits the scenario when the largest call of every shape fits its limits (fit.ts).
 */

import { hundredthsOf, percentToHundredths, WHOLE } from '../money/hundredths';
import { divideRounded } from '../money/money';
import type { RoutePrices } from '../rates/prices';
import type { Endpoint } from '../scenario/endpoint';
import {
  callsPerUnit,
  type RequestShape,
  type ShapeList,
  unitsPerMonth,
  type WorkloadShape,
  workloadOfRequests,
} from '../workload/shapes';
import type { Workload } from '../workload/workload';
import { type BillParts, costWorkload, type MonthlyTokens, sumBillParts, type WorkloadCost } from './cost';
import { costOneUnit, costShapeMonthly, type ShapeBill } from './shape-cost';

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
