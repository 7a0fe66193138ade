/**
 * The cost engine: the seed article's formula, exactly.
 *
 *   monthly cost = input tokens ÷ 1M × input price + output tokens ÷ 1M × output price
 *
 * where the cache-hit share of the input tokens is billed at the cached-input price instead (a route
 * without a cached price bills it at the full input price; a cached price of 0 is free), and the
 * retry buffer adds its percentage of every token on top (a retried request is billed again in full).
 *
 * Units: tokens (integers) × micro-dollars per 1M tokens (10^-12 $ per token) × two factors in
 * hundredths of a percent (10^-4 each) = 10^-20 $; one more ×10^4 gives Money (10^-24 $). Every step
 * is an integer multiplication, so the result is exact.
 */
import { percentToHundredths, WHOLE } from '../money/hundredths';
import { type Money, roundToStep } from '../money/money';
import type { RoutePrices } from '../rates/prices';
import type { Workload } from '../workload/workload';

const TO_MONEY_UNITS = 10_000n;

export interface CostParts {
  /** Cache-miss input tokens at the input price. */
  readonly input: Money;
  /** Cache-hit input tokens at the cached-input price (or the input price when there is none). */
  readonly cachedInput: Money;
  readonly output: Money;
}

/**
 * Every line a bill can have: the three token parts, and the parts only richer workload shapes have
 * (shape-cost.ts): reasoning tokens, tool-call fees and batched traffic. A plain workload's extra
 * parts are zero.
 */
export interface BillParts extends CostParts {
  /** Reasoning tokens at the output price. */
  readonly reasoning: Money;
  /** Tool calls at their per-call fee. */
  readonly toolFees: Money;
  /** Every token of the batched units (input, cached input, output, reasoning) at the batch price. */
  readonly batch: Money;
}

/** Whole tokens per month; a fractional cache split is rounded so the two input counts add up. */
export interface MonthlyTokens {
  readonly input: bigint;
  readonly cachedInput: bigint;
  readonly output: bigint;
  /** Reasoning tokens (billed as output, shown as their own line). */
  readonly reasoning: bigint;
}

export interface WorkloadCost {
  /** Monthly cost of each part, retry buffer included. */
  readonly parts: BillParts;
  /** Monthly total: the sum of the parts. */
  readonly monthly: Money;
  /** How much of the monthly total the retry buffer adds. */
  readonly retryBuffer: Money;
  /** Twelve months. */
  readonly yearly: Money;
  /** One request (one model call), retry buffer included. */
  readonly perRequest: Money;
  /** Tokens billed per month, before the retry buffer (for display). */
  readonly tokens: MonthlyTokens;
  /** True when cache hits are billed at the full input price because the route has no cached price. */
  readonly cacheBilledAtInputPrice: boolean;
}

function sumParts(parts: CostParts): Money {
  return parts.input + parts.cachedInput + parts.output;
}

export function sumBillParts(parts: BillParts): Money {
  return parts.input + parts.cachedInput + parts.output + parts.reasoning + parts.toolFees + parts.batch;
}

const NO_EXTRA_PARTS = { reasoning: 0n, toolFees: 0n, batch: 0n } as const;

/** Cost of `requests` requests of the workload's shape, retry buffer included. */
export function costOfRequests(requests: bigint, workload: Workload, prices: RoutePrices): CostParts {
  const inputTokens = requests * BigInt(workload.inputTokensPerRequest);
  const outputTokens = requests * BigInt(workload.outputTokensPerRequest);
  const hit = percentToHundredths(workload.cacheHitRatePercent);
  const withRetries = WHOLE + percentToHundredths(workload.retryBufferPercent);
  const cachedPrice = prices.cachedInputPerMillion ?? prices.inputPerMillion;
  const scale = withRetries * TO_MONEY_UNITS;
  return {
    input: inputTokens * (WHOLE - hit) * prices.inputPerMillion * scale,
    cachedInput: inputTokens * hit * cachedPrice * scale,
    output: outputTokens * WHOLE * prices.outputPerMillion * scale,
  };
}

export function costWorkload(workload: Workload, prices: RoutePrices): WorkloadCost {
  const requests = BigInt(workload.requestsPerMonth);
  const parts: BillParts = { ...costOfRequests(requests, workload, prices), ...NO_EXTRA_PARTS };
  const monthly = sumParts(parts);
  const withRetries = WHOLE + percentToHundredths(workload.retryBufferPercent);
  const withoutBuffer = (monthly * WHOLE) / withRetries;
  const inputTokens = requests * BigInt(workload.inputTokensPerRequest);
  const cachedTokens = roundToStep(inputTokens * percentToHundredths(workload.cacheHitRatePercent), WHOLE);
  return {
    parts,
    monthly,
    retryBuffer: monthly - withoutBuffer,
    yearly: monthly * 12n,
    perRequest: sumParts(costOfRequests(1n, workload, prices)),
    tokens: {
      input: inputTokens - cachedTokens,
      cachedInput: cachedTokens,
      output: requests * BigInt(workload.outputTokensPerRequest),
      reasoning: 0n,
    },
    cacheBilledAtInputPrice: prices.cachedInputPerMillion === null && workload.cacheHitRatePercent > 0,
  };
}
