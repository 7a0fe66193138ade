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
 * - The cache write rate's share of each call's input is billed at the route's cache-write price (tariff.ts
 *   picks it by lifetime; the input price when the route publishes none) instead of the input price;
 *   writes and hits together never exceed the input (a write rate above 100 % − hit is read as that).
 * - Long-context tiers: a call whose prompt is longer than a tier's threshold is billed, whole, at that
 *   tier's prices (the highest tier it passes). Prompts grow turn by turn and step by step, so a unit's
 *   calls split into runs, one per tier; each run's tokens are the difference of two closed forms.
 * - The batch share of units (rounded half up to whole units) pays the batch multiplier × every token
 *   price, as one line: the user's multiplier, or else the provider's published rule, or else the
 *   standard price. Tool calls pay the user's fee, or else the provider's published fee, or else $0;
 *   tool fees are never discounted. The retry buffer adds to everything.
 *
 * Units: tokens × hundredths of a percent (10^-4) × micro-dollars per 1M tokens (10^-12 $ per token)
 * × the retry factor (10^-4) × 10^4 = Money (10^-24 $). Every step is an integer multiplication, so
 * every amount is exact. Prefix and fresh input share the input price, so
 * count × prefix × (W − hit) × in + count × fresh × W × in = count × (prefix × (W − hit) + fresh × W) × in:
 * everything that does not depend on the route is worked out once per shape (prepareShape; the runs of
 * each set of tier thresholds once too), and a route costs a handful of multiplications (priceShape). Price only shapes that validateShape accepts.
 */
import { percentToHundredths, WHOLE } from '../money/hundredths';
import { divideRounded, type Money, roundToStep, UNITS_PER_MICRO_DOLLAR } from '../money/money';
import type { RoutePrices } from '../rates/prices';
import { unitTokens } from '../workload/shape-tokens';
import { callsPerUnit, unitsPerMonth, type WorkloadShape } from '../workload/shapes';
import { type Bill, type BillParts, type BillTokens, sumParts } from './bill';
import { batchPrice, pricesOfRun, termsOf, toolFee } from './bill-terms';
import { type CallRates, type CallRun, callRates, splitIntoRuns } from './call-runs';
import { type Tariff, writePriceFor } from './tariff';

/** Everything about a shape that does not depend on the route it is priced on. */
export interface PreparedShape {
  readonly shape: WorkloadShape;
  /** Units (requests, conversations, tasks) a month, and how many of them are batched. */
  readonly units: bigint;
  readonly batchUnits: bigint;
  /** Model calls per unit, and a month. */
  readonly callsPerUnit: bigint;
  readonly calls: bigint;
  /** The hit rate and the write rate (at most 100 % − hit), in hundredths of a percent. */
  readonly hit: bigint;
  readonly write: bigint;
  /** One unit within the output cap, and without it (null when there is no cap). */
  readonly unit: CallRates;
  readonly uncapped: CallRates | null;
  /** 100 % + the retry buffer, in hundredths of a percent. */
  readonly withRetries: bigint;
  /** Money per unit of coefficient × price, for the units at the normal price. */
  readonly normalScale: bigint;
  /** Tool calls of one unit, and a month × the retry factor (hundredths): × a fee ÷ 100 % is the month's fees. */
  readonly toolCallsPerUnit: bigint;
  readonly toolCallsWithRetries: bigint;
  readonly tokens: BillTokens;
  /** The runs of each set of tier thresholds, capped and uncapped, worked out once. */
  readonly runs: Map<string, readonly CallRun[]>;
}

/** Tokens × 10^-4 × micro-dollars per 1M tokens × 10^-4 is 10^-20 $; ×10^4 more is Money. */
const TO_MONEY_UNITS = 10_000n;

function prepare(shape: WorkloadShape): PreparedShape {
  const units = unitsPerMonth(shape);
  const batchUnits = roundToStep(units * percentToHundredths(shape.batchSharePercent), WHOLE);
  const hit = percentToHundredths(shape.cacheHitRatePercent);
  const requestedWrite = percentToHundredths(shape.cacheWriteRatePercent);
  // biome-ignore lint/complexity/useMathMinMax: Math.min takes no bigints.
  const write = requestedWrite < WHOLE - hit ? requestedWrite : WHOLE - hit;
  const withRetries = WHOLE + percentToHundredths(shape.retryBufferPercent);
  const capped = unitTokens(shape, true);
  const perUnitCalls = BigInt(callsPerUnit(shape));
  const repeatedPrefix = units * capped.prefix;
  const cachedInput = roundToStep(repeatedPrefix * hit, WHOLE);
  const cacheWrite = roundToStep(units * (capped.prefix + capped.fresh) * write, WHOLE);
  // The batched units' cache hits and writes, rounded the same way: never more than all of them.
  const batchedCachedInput = roundToStep(batchUnits * capped.prefix * hit, WHOLE);
  const batchedCacheWrite = roundToStep(batchUnits * (capped.prefix + capped.fresh) * write, WHOLE);
  return {
    shape,
    units,
    batchUnits,
    callsPerUnit: perUnitCalls,
    calls: units * perUnitCalls,
    hit,
    write,
    unit: callRates(capped, hit, write),
    uncapped: shape.maxOutputTokensPerCall === null ? null : callRates(unitTokens(shape, false), hit, write),
    withRetries,
    normalScale: (units - batchUnits) * withRetries * TO_MONEY_UNITS,
    toolCallsPerUnit: capped.toolCalls,
    toolCallsWithRetries: units * capped.toolCalls * withRetries,
    tokens: {
      repeatedPrefix,
      input: repeatedPrefix + units * capped.fresh - cachedInput - cacheWrite,
      cachedInput,
      cacheWrite,
      output: units * capped.output,
      reasoning: units * capped.reasoning,
      toolCalls: units * capped.toolCalls,
      batchedInput: batchUnits * (capped.prefix + capped.fresh) - batchedCachedInput - batchedCacheWrite,
      batchedCachedInput,
      batchedCacheWrite,
      batchedOutput: batchUnits * capped.output,
      batchedReasoning: batchUnits * capped.reasoning,
    },
    runs: new Map(),
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

/** The unit's runs on a tariff's tiers (one standard run when it has none), worked out once per shape. */
function runsOf(shape: PreparedShape, tariff: Tariff, capped: boolean): readonly CallRun[] {
  const rates = capped ? shape.unit : (shape.uncapped ?? shape.unit);
  if (tariff.tiers.length === 0) return [{ tier: -1, calls: shape.callsPerUnit, rates }];
  const thresholds = tariff.tiers.map((tier) => tier.aboveTokens);
  const key = `${capped ? 'c' : 'u'}${thresholds.join(',')}`;
  let runs = shape.runs.get(key);
  if (!runs) {
    const count = callsPerUnit(shape.shape);
    const useCap = capped || shape.uncapped === null;
    runs = splitIntoRuns(shape.shape, useCap, count, thresholds, shape.hit, shape.write);
    shape.runs.set(key, runs);
  }
  return runs;
}

interface Amounts {
  input: bigint;
  cachedInput: bigint;
  cacheWrite: bigint;
  output: bigint;
  reasoning: bigint;
}

/** One unit's token amounts at the route's prices, before the retry factor and the unit count. */
function unitAmounts(runs: readonly CallRun[], tariff: Tariff, lifetimeMinutes: number): Amounts {
  const sum: Amounts = { input: 0n, cachedInput: 0n, cacheWrite: 0n, output: 0n, reasoning: 0n };
  for (const run of runs) {
    const prices = pricesOfRun(tariff, run);
    const { rates } = run;
    sum.input += rates.input * prices.input;
    sum.cachedInput += rates.cached * prices.cached;
    if (rates.written !== 0n)
      sum.cacheWrite += rates.written * (writePriceFor(prices, lifetimeMinutes)?.price ?? prices.input);
    sum.output += rates.output * prices.output;
    sum.reasoning += rates.reasoning * prices.output;
  }
  return sum;
}

function totalOf(amounts: Amounts): bigint {
  return amounts.input + amounts.cachedInput + amounts.cacheWrite + amounts.output + amounts.reasoning;
}

/** Money per unit of coefficient × price for the batched units, at `hundredths` of the standard price. */
function batchScaleOf(shape: PreparedShape, hundredths: bigint): bigint {
  // (Σ batched amounts × the multiplier) ÷ 100 %: exact, as TO_MONEY_UNITS ÷ WHOLE is 1.
  return (shape.batchUnits * shape.withRetries * TO_MONEY_UNITS * hundredths) / WHOLE;
}

/** The month of a prepared shape on one route. */
export function priceShape(shape: PreparedShape, tariff: Tariff): Bill {
  const runs = runsOf(shape, tariff, true);
  const amounts = unitAmounts(runs, tariff, shape.shape.cacheWriteLifetimeMinutes);
  const scale = shape.normalScale;
  const batch = batchPrice(shape.shape, tariff);
  const fee = toolFee(shape.shape, tariff);
  const batchScale = batchScaleOf(shape, batch.hundredths);
  const parts: BillParts = {
    input: amounts.input * scale,
    cachedInput: amounts.cachedInput * scale,
    cacheWrite: amounts.cacheWrite * scale,
    output: amounts.output * scale,
    reasoning: amounts.reasoning * scale,
    toolFees: (shape.toolCallsWithRetries * fee.fee) / WHOLE,
    batch: totalOf(amounts) * batchScale,
  };
  const monthly = sumParts(parts);
  return {
    parts,
    monthly,
    retryBuffer: retryBufferOf(shape, monthly),
    yearly: monthly * 12n,
    perRequest:
      shape.calls === 0n
        ? divideRounded(priceUnit(shape, tariff), shape.callsPerUnit)
        : divideRounded(monthly, shape.calls),
    calls: shape.calls,
    tokens: shape.tokens,
    cacheBilledAtInputPrice: tariff.noCachedPrice && shape.shape.cacheHitRatePercent > 0,
    terms: termsOf(
      shape,
      tariff,
      runs,
      shape.batchUnits > 0n ? batch : null,
      shape.tokens.toolCalls > 0n ? fee : null,
    ),
  };
}

/**
 * One unit (request, conversation, task) at the normal price, retry buffer included; with `length`,
 * a conversation or task of that many turns or steps (at least 1) instead.
 */
export function priceUnit(shape: PreparedShape, tariff: Tariff, length?: number): Money {
  const lifetime = shape.shape.cacheWriteLifetimeMinutes;
  const fee = toolFee(shape.shape, tariff).fee;
  if (length === undefined) {
    const total = totalOf(unitAmounts(runsOf(shape, tariff, true), tariff, lifetime));
    return (
      total * shape.withRetries * TO_MONEY_UNITS + (shape.toolCallsPerUnit * fee * shape.withRetries) / WHOLE
    );
  }
  const thresholds = tariff.tiers.map((tier) => tier.aboveTokens);
  const runs = splitIntoRuns(shape.shape, true, length, thresholds, shape.hit, shape.write);
  const toolCalls = unitTokens(shape.shape, true, length).toolCalls;
  const total = totalOf(unitAmounts(runs, tariff, lifetime));
  return total * shape.withRetries * TO_MONEY_UNITS + (toolCalls * fee * shape.withRetries) / WHOLE;
}

/** How much of a monthly total (retry buffer included) the shape's retry buffer adds. */
export function retryBufferOf(shape: PreparedShape, monthly: Money): Money {
  return monthly - (monthly * WHOLE) / shape.withRetries;
}

/**
 * The month's total, within the output cap or without it: the sum of the bill's parts, worked out
 * without the parts (Σ amount × scale = total × scale, exactly, in integers).
 */
function monthlyTotal(shape: PreparedShape, tariff: Tariff, capped: boolean): Money {
  const total = totalOf(
    unitAmounts(runsOf(shape, tariff, capped), tariff, shape.shape.cacheWriteLifetimeMinutes),
  );
  const batchScale = batchScaleOf(shape, batchPrice(shape.shape, tariff).hundredths);
  return (
    total * shape.normalScale +
    total * batchScale +
    (shape.toolCallsWithRetries * toolFee(shape.shape, tariff).fee) / WHOLE
  );
}

/** The monthly total alone: priceShape's `monthly`, for ranking thousands of routes without their bills. */
export function priceMonthly(shape: PreparedShape, tariff: Tariff): Money {
  return monthlyTotal(shape, tariff, true);
}

/** The monthly total without the output cap: what the cap saves is this minus the bill's total. */
export function priceUncapped(shape: PreparedShape, tariff: Tariff): Money {
  return monthlyTotal(shape, tariff, false);
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
