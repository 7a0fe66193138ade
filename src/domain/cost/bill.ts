/**
 * The bill: what a workload costs a month, part by part. One type for one shape on one route, for an
 * endpoint, and for a whole scenario (the sum of its endpoints' bills).
 */
import type { Money } from '../money/money';

export type CostPartKey = 'input' | 'cachedInput' | 'output' | 'reasoning' | 'toolFees' | 'batch';

/**
 * Every line a bill can have, retry buffer included: cache-miss input at the input price, cache hits at
 * the cached price (the input price when there is none), output and reasoning at the output price,
 * tool calls at their fee, and every token of the batched units at the batch price.
 */
export type BillParts = Readonly<Record<CostPartKey, Money>>;

/** Tokens billed a month, batched or not, before the retry buffer. */
export interface BillTokens {
  /** Input tokens that repeat earlier input (the cacheable prefix). */
  readonly repeatedPrefix: bigint;
  /** Input tokens at the input price: all input sent minus the cached tokens. */
  readonly input: bigint;
  /** The cache-hit share of the repeated prefix, rounded to whole tokens. */
  readonly cachedInput: bigint;
  readonly output: bigint;
  /** Reasoning tokens (billed as output, shown as their own line). */
  readonly reasoning: bigint;
  readonly toolCalls: bigint;
}

export interface Bill {
  readonly parts: BillParts;
  /** The monthly total: the sum of the parts. */
  readonly monthly: Money;
  /** How much of the monthly total the retry buffer adds. */
  readonly retryBuffer: Money;
  /** Twelve months. */
  readonly yearly: Money;
  /** One model call: the monthly total over the month's calls (one call's cost without traffic). */
  readonly perRequest: Money;
  /** Model calls a month (a conversation turn and an agent step are calls too). */
  readonly calls: bigint;
  readonly tokens: BillTokens;
  /** True when cache hits are billed at the full input price because the route has no cached price. */
  readonly cacheBilledAtInputPrice: boolean;
}

export function sumParts(parts: BillParts): Money {
  return parts.input + parts.cachedInput + parts.output + parts.reasoning + parts.toolFees + parts.batch;
}
