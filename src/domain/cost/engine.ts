/**
 * The cost engine: the seed article's formula, written once, for every workload shape.
 *
 *   monthly cost = input tokens ÷ 1M × input price + output tokens ÷ 1M × output price
 *
 * - The cache-hit rate's share of the repeated prefix is billed at the cached-input price (the input
 *   price when the route publishes none; a cached price of 0 is free); the rest of the input at the
 *   input price. A plain request is a shape whose whole input is its prefix.
 * - Reasoning tokens are billed at the output price by the call that made them; each tool call pays
 *   its fee. The output cap bounds what a call generates (workload/shape-tokens.ts): capping the
 *   average, not each reply, overstates capped spend a little, so the saving shown is a floor.
 * - The batch share of units (rounded half up to whole units) pays the batch multiplier × every token
 *   price, as one line; tool fees are never discounted. The retry buffer adds to everything.
 *
 * Units: tokens × hundredths of a percent (10^-4) × micro-dollars per 1M tokens (10^-12 $ per token)
 * × the retry factor (10^-4) × 10^4 = Money (10^-24 $). Every step is an integer multiplication, so
 * every amount is exact. Prefix and fresh input share the input price, so
 * count × prefix × (W − hit) × in + count × fresh × W × in = count × (prefix × (W − hit) + fresh × W) × in:
 * everything that does not depend on the route is worked out once per shape (prepareShape), and a
 * route costs a handful of multiplications (priceShape). Price only shapes that validateShape accepts.
 */
import { percentToHundredths, WHOLE } from '../money/hundredths';
import {
  divideRounded,
  type Money,
  microDollarsToMoney,
  roundToStep,
  UNITS_PER_MICRO_DOLLAR,
} from '../money/money';
import type { RoutePrices } from '../rates/prices';
import { type UnitTokens, unitTokens } from '../workload/shape-tokens';
import { callsPerUnit, unitsPerMonth, type WorkloadShape } from '../workload/shapes';
import { type Bill, type BillParts, type BillTokens, sumParts } from './bill';

/** One unit's tokens as price coefficients, in tokens × hundredths of a percent. */
interface UnitRates {
  /** Cache-miss prefix and new input, at the input price. */
  readonly input: bigint;
  /** Cache-hit prefix, at the cached price. */
  readonly cached: bigint;
  readonly output: bigint;
  readonly reasoning: bigint;
  readonly toolCalls: bigint;
}

/** Everything about a shape that does not depend on the route it is priced on. */
export interface PreparedShape {
  readonly shape: WorkloadShape;
  /** Units (requests, conversations, tasks) a month, and how many of them are batched. */
  readonly units: bigint;
  readonly batchUnits: bigint;
  /** Model calls per unit, and a month. */
  readonly callsPerUnit: bigint;
  readonly calls: bigint;
  /** One unit within the output cap, and without it (null when there is no cap). */
  readonly unit: UnitRates;
  readonly uncapped: UnitRates | null;
  /** 100 % + the retry buffer, in hundredths of a percent. */
  readonly withRetries: bigint;
  /** Money per unit of coefficient × price, for the units at the normal and at the batch price. */
  readonly normalScale: bigint;
  readonly batchScale: bigint;
  /** One tool call's fee, and the month's tool fees (retry buffer included). */
  readonly fee: Money;
  readonly toolFees: Money;
  readonly tokens: BillTokens;
}

/** Tokens × 10^-4 × micro-dollars per 1M tokens × 10^-4 is 10^-20 $; ×10^4 more is Money. */
const TO_MONEY_UNITS = 10_000n;

function unitRates(unit: UnitTokens, hit: bigint): UnitRates {
  return {
    input: unit.prefix * (WHOLE - hit) + unit.fresh * WHOLE,
    cached: unit.prefix * hit,
    output: unit.output * WHOLE,
    reasoning: unit.reasoning * WHOLE,
    toolCalls: unit.toolCalls,
  };
}

function prepare(shape: WorkloadShape): PreparedShape {
  const units = unitsPerMonth(shape);
  const batchUnits = roundToStep(units * percentToHundredths(shape.batchSharePercent), WHOLE);
  const hit = percentToHundredths(shape.cacheHitRatePercent);
  const withRetries = WHOLE + percentToHundredths(shape.retryBufferPercent);
  const capped = unitTokens(shape, true);
  const perUnitCalls = BigInt(callsPerUnit(shape));
  // A fee has at most 6 decimals (a multiple of 10^18 units), so the division by WHOLE is exact.
  const fee =
    shape.kind === 'agent-chain'
      ? microDollarsToMoney(BigInt(Math.round(shape.toolCallFeeUsd * 1_000_000)))
      : 0n;
  const repeatedPrefix = units * capped.prefix;
  const cachedInput = roundToStep(repeatedPrefix * hit, WHOLE);
  // The batched units' cache hits, rounded the same way: never more than all the cache hits.
  const batchedCachedInput = roundToStep(batchUnits * capped.prefix * hit, WHOLE);
  return {
    shape,
    units,
    batchUnits,
    callsPerUnit: perUnitCalls,
    calls: units * perUnitCalls,
    unit: unitRates(capped, hit),
    uncapped: shape.maxOutputTokensPerCall === null ? null : unitRates(unitTokens(shape, false), hit),
    withRetries,
    normalScale: (units - batchUnits) * withRetries * TO_MONEY_UNITS,
    // (Σ batched amounts × the multiplier) ÷ 100 %: exact, as TO_MONEY_UNITS ÷ WHOLE is 1.
    batchScale:
      (batchUnits * withRetries * TO_MONEY_UNITS * percentToHundredths(shape.batchPriceMultiplierPercent)) /
      WHOLE,
    fee,
    toolFees: (units * capped.toolCalls * fee * withRetries) / WHOLE,
    tokens: {
      repeatedPrefix,
      input: repeatedPrefix + units * capped.fresh - cachedInput,
      cachedInput,
      output: units * capped.output,
      reasoning: units * capped.reasoning,
      toolCalls: units * capped.toolCalls,
      batchedInput: batchUnits * (capped.prefix + capped.fresh) - batchedCachedInput,
      batchedCachedInput,
      batchedOutput: batchUnits * capped.output,
      batchedReasoning: batchUnits * capped.reasoning,
    },
  };
}

const prepared = new WeakMap<WorkloadShape, PreparedShape>();

/** The route-independent work for a shape, done once per shape object (shapes are never mutated). */
export function prepareShape(shape: WorkloadShape): PreparedShape {
  let result = prepared.get(shape);
  if (!result) {
    result = prepare(shape);
    prepared.set(shape, result);
  }
  return result;
}

/** One unit's token amounts at the route's prices, before the retry factor and the unit count. */
function unitAmounts(rates: UnitRates, prices: RoutePrices) {
  const cachedPrice = prices.cachedInputPerMillion ?? prices.inputPerMillion;
  return {
    input: rates.input * prices.inputPerMillion,
    cachedInput: rates.cached * cachedPrice,
    output: rates.output * prices.outputPerMillion,
    reasoning: rates.reasoning * prices.outputPerMillion,
  };
}

function unitTotal(rates: UnitRates, prices: RoutePrices): bigint {
  const amounts = unitAmounts(rates, prices);
  return amounts.input + amounts.cachedInput + amounts.output + amounts.reasoning;
}

/** The month of a prepared shape on one route. */
export function priceShape(shape: PreparedShape, prices: RoutePrices): Bill {
  const amounts = unitAmounts(shape.unit, prices);
  const scale = shape.normalScale;
  const parts: BillParts = {
    input: amounts.input * scale,
    cachedInput: amounts.cachedInput * scale,
    output: amounts.output * scale,
    reasoning: amounts.reasoning * scale,
    toolFees: shape.toolFees,
    batch: (amounts.input + amounts.cachedInput + amounts.output + amounts.reasoning) * shape.batchScale,
  };
  const monthly = sumParts(parts);
  return {
    parts,
    monthly,
    retryBuffer: monthly - (monthly * WHOLE) / shape.withRetries,
    yearly: monthly * 12n,
    perRequest:
      shape.calls === 0n
        ? divideRounded(priceUnit(shape, prices), shape.callsPerUnit)
        : divideRounded(monthly, shape.calls),
    calls: shape.calls,
    tokens: shape.tokens,
    cacheBilledAtInputPrice: prices.cachedInputPerMillion === null && shape.shape.cacheHitRatePercent > 0,
  };
}

/**
 * One unit (request, conversation, task) at the normal price, retry buffer included; with `length`,
 * a conversation or task of that many turns or steps (at least 1) instead.
 */
export function priceUnit(shape: PreparedShape, prices: RoutePrices, length?: number): Money {
  const rates =
    length === undefined
      ? shape.unit
      : unitRates(
          unitTokens(shape.shape, true, length),
          percentToHundredths(shape.shape.cacheHitRatePercent),
        );
  const toolFees = (rates.toolCalls * shape.fee * shape.withRetries) / WHOLE;
  return unitTotal(rates, prices) * shape.withRetries * TO_MONEY_UNITS + toolFees;
}

/** The monthly total without the output cap: what the cap saves is this minus the bill's total. */
export function priceUncapped(shape: PreparedShape, prices: RoutePrices): Money {
  const total = unitTotal(shape.uncapped ?? shape.unit, prices);
  return total * shape.normalScale + total * shape.batchScale + shape.toolFees;
}

/** Money per token at 1 micro-dollar per 1M tokens (10^-12 $ ÷ 10^-24 $). */
const MONEY_PER_TOKEN_MICRO = UNITS_PER_MICRO_DOLLAR / 1_000_000n;

/**
 * Token counts times their prices, no retry buffer: what a request log was billed. `input` is the
 * cache-miss input only.
 */
export function priceTokens(
  tokens: { readonly input: bigint; readonly cachedInput: bigint; readonly output: bigint },
  prices: RoutePrices,
): Money {
  const cachedPrice = prices.cachedInputPerMillion ?? prices.inputPerMillion;
  return (
    (tokens.input * prices.inputPerMillion +
      tokens.cachedInput * cachedPrice +
      tokens.output * prices.outputPerMillion) *
    MONEY_PER_TOKEN_MICRO
  );
}
