/**
 * Pricing workload shapes beyond one average request: the tokens one unit (a request, a conversation,
 * a task) sends and receives (workload/shape-tokens.ts), billed by the engine in cost.ts: exact Money
 * throughout.
 * - Caching bills the cache-hit rate's share of the repeated prefix at the cached price.
 * - Reasoning tokens are billed at the output price by the call that made them; each tool call pays
 *   its fee.
 * - The output cap bounds what a call generates (shape-tokens.ts). Capping the average, not each reply,
 *   overstates capped spend a little: the saving shown is a floor.
 * - The batch share of units (rounded half up to whole units) pays the batch multiplier × every token
 *   price, as one line; tool fees are never discounted. The retry buffer adds to everything.
 * Cost only shapes that validateShape accepts.
 */
import { percentToHundredths, WHOLE } from '../money/hundredths';
import { divideRounded, type Money, microDollarsToMoney, roundToStep } from '../money/money';
import type { RoutePrices } from '../rates/prices';
import { type UnitTokens, unitTokens } from '../workload/shape-tokens';
import {
  type AgentChainShape,
  type ConversationShape,
  unitsPerMonth,
  type WorkloadShape,
} from '../workload/shapes';
import { type BillParts, costOfRequests, sumBillParts } from './cost';

export interface ShapeTokens {
  /** Input tokens that repeat earlier input (the cacheable prefix); the rest of the input is new. */
  readonly repeatedPrefix: bigint;
  /** Input tokens at the input price: all input sent minus the cached tokens. */
  readonly input: bigint;
  /** The cache-hit share of the repeated prefix, rounded to whole tokens. */
  readonly cachedInput: bigint;
  readonly output: bigint;
  readonly reasoning: bigint;
  readonly toolCalls: bigint;
}

export interface ShapeBill {
  /** Tokens of every unit billed, batched or not, before the retry buffer. */
  readonly tokens: ShapeTokens;
  /** Amounts, retry buffer included; `total` is their sum. */
  readonly parts: BillParts;
  readonly total: Money;
}

export interface ShapeCost {
  readonly unit: 'request' | 'conversation' | 'task';
  readonly unitsPerMonth: bigint;
  /** Units sent at the batch price: the batch share of units, rounded half up. */
  readonly batchUnitsPerMonth: bigint;
  /** One unit at the normal (not batch) price. */
  readonly perUnit: ShapeBill;
  readonly monthly: ShapeBill;
  /** Monthly total ÷ units, to 10^-24 $ (exactly perUnit.total when nothing is batched, or no units). */
  readonly costPerUnit: Money;
  /** What the output cap saves each month against the same shape uncapped (0 without a cap). */
  readonly outputCapSavingPerMonth: Money;
  /** Consumer apps: monthly total ÷ users, to 10^-24 $; null without consumer traffic or users. */
  readonly costPerUser: Money | null;
}

/** The token amounts of `count` units at the normal price, through the engine. */
function priceUnitTokens(count: bigint, unit: UnitTokens, shape: WorkloadShape, prices: RoutePrices) {
  const { retryBufferPercent } = shape;
  const engine = (input: bigint, output: bigint, cacheHitRatePercent: number) => {
    // Per-unit counts are safe integers at every range's maximum.
    const perUnit = { inputTokensPerRequest: Number(input), outputTokensPerRequest: Number(output) };
    return costOfRequests(
      count,
      { ...perUnit, requestsPerMonth: 0, cacheHitRatePercent, retryBufferPercent },
      prices,
    );
  };
  const prefix = engine(unit.prefix, 0n, shape.cacheHitRatePercent);
  const rest = engine(unit.fresh, unit.output, 0);
  const [input, reasoning] = [prefix.input + rest.input, engine(0n, unit.reasoning, 0).output];
  return { input, cachedInput: prefix.cachedInput, output: rest.output, reasoning };
}

/** `units` units of the shape, `batchUnits` of them at the batch price. */
function bill(shape: WorkloadShape, prices: RoutePrices, unit: UnitTokens, units: bigint, batchUnits = 0n) {
  const normal = priceUnitTokens(units - batchUnits, unit, shape, prices);
  const batchedParts = priceUnitTokens(batchUnits, unit, shape, prices);
  const batched = sumBillParts({ ...batchedParts, toolFees: 0n, batch: 0n });
  // Engine amounts are whole multiples of 10^4 units, so this division is exact.
  const batch = (batched * percentToHundredths(shape.batchPriceMultiplierPercent)) / WHOLE;
  // A fee has at most 6 decimals (a multiple of 10^18 units), so this division is exact too.
  const fee =
    shape.kind === 'agent-chain'
      ? microDollarsToMoney(BigInt(Math.round(shape.toolCallFeeUsd * 1_000_000)))
      : 0n;
  const withRetries = WHOLE + percentToHundredths(shape.retryBufferPercent);
  const toolFees = (units * unit.toolCalls * fee * withRetries) / WHOLE;
  const parts: BillParts = { ...normal, toolFees, batch };
  const repeatedPrefix = units * unit.prefix;
  const cachedInput = roundToStep(repeatedPrefix * percentToHundredths(shape.cacheHitRatePercent), WHOLE);
  const tokens: ShapeTokens = {
    repeatedPrefix,
    input: repeatedPrefix + units * unit.fresh - cachedInput,
    cachedInput,
    output: units * unit.output,
    reasoning: units * unit.reasoning,
    toolCalls: units * unit.toolCalls,
  };
  return { tokens, parts, total: sumBillParts(parts) } satisfies ShapeBill;
}

const UNIT_OF_KIND = { requests: 'request', conversation: 'conversation', 'agent-chain': 'task' } as const;

/**
 * Only the monthly bill of a shape (no per-unit bill, no uncapped comparison): what a table of many
 * routes needs, at a third of costShape's work.
 */
export function costShapeMonthly(shape: WorkloadShape, prices: RoutePrices): ShapeBill {
  const units = unitsPerMonth(shape);
  const batchUnits = roundToStep(units * percentToHundredths(shape.batchSharePercent), WHOLE);
  return bill(shape, prices, unitTokens(shape, true), units, batchUnits);
}

/** One unit at the normal price. */
export function costOneUnit(shape: WorkloadShape, prices: RoutePrices): ShapeBill {
  return bill(shape, prices, unitTokens(shape, true), 1n);
}

/** The monthly and per-unit cost of a shape that validateShape accepts. */
export function costShape(shape: WorkloadShape, prices: RoutePrices): ShapeCost {
  const units = unitsPerMonth(shape);
  const batchUnits = roundToStep(units * percentToHundredths(shape.batchSharePercent), WHOLE);
  const unit = unitTokens(shape, true);
  const monthly = bill(shape, prices, unit, units, batchUnits);
  const capped = shape.maxOutputTokensPerCall !== null;
  const uncapped = capped ? bill(shape, prices, unitTokens(shape, false), units, batchUnits) : monthly;
  const perUnit = bill(shape, prices, unit, 1n);
  const users = shape.kind === 'requests' && shape.consumer ? BigInt(shape.consumer.usersPerMonth) : 0n;
  return {
    unit: UNIT_OF_KIND[shape.kind],
    unitsPerMonth: units,
    batchUnitsPerMonth: batchUnits,
    perUnit,
    monthly,
    costPerUnit: units === 0n ? perUnit.total : divideRounded(monthly.total, units),
    outputCapSavingPerMonth: uncapped.total - monthly.total,
    costPerUser: users === 0n ? null : divideRounded(monthly.total, users),
  };
}

/** One unit's cost (normal price) at each of the given lengths (turns or steps, each at least 1). */
export function costPerUnitAtLengths(
  shape: ConversationShape | AgentChainShape,
  prices: RoutePrices,
  lengths: readonly number[],
): Money[] {
  return lengths.map((length) => bill(shape, prices, unitTokens(shape, true, length), 1n).total);
}
