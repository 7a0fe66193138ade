/**
 * The bill: what a workload costs a month, part by part. One type for one shape on one route, for an
 * endpoint, and for a whole scenario (the sum of its endpoints' bills).
 */
import { divideRounded, type Money } from '../money/money';
import type { ToolFeeTerms } from './tariff';

export type CostPartKey =
  | 'input'
  | 'cachedInput'
  | 'cacheWrite'
  | 'output'
  | 'reasoning'
  | 'toolFees'
  | 'batch';

/**
 * Every line a bill can have, retry buffer included: cache-miss input at the input price, cache hits at
 * the cached price (the input price when there is none), cache writes at the write price (the input
 * price when there is none), output and reasoning at the output price,
 * tool calls at their fee, and every token of the batched units at the batch price.
 */
export type BillParts = Readonly<Record<CostPartKey, Money>>;

/** Tokens billed a month, batched or not, before the retry buffer. */
export interface BillTokens {
  /** Input tokens that repeat earlier input (the cacheable prefix). */
  readonly repeatedPrefix: bigint;
  /** Input tokens at the input price: all input sent minus the cached and the written tokens. */
  readonly input: bigint;
  /** The cache-hit share of the repeated prefix, rounded to whole tokens. */
  readonly cachedInput: bigint;
  /** The cache-write share of the input, rounded to whole tokens. */
  readonly cacheWrite: bigint;
  readonly output: bigint;
  /** Reasoning tokens (billed as output, shown as their own line). */
  readonly reasoning: bigint;
  readonly toolCalls: bigint;
  /**
   * The batched units' share of input, cached input, cache writes, output and reasoning (included in the counts
   * above): the tokens the batch line pays for, so each line's tokens match its dollars.
   */
  readonly batchedInput: bigint;
  readonly batchedCachedInput: bigint;
  readonly batchedCacheWrite: bigint;
  readonly batchedOutput: bigint;
  readonly batchedReasoning: bigint;
}

/** Whose rule set a price the bill used: the user's, the provider's, or none (the fallback applies). */
export type TermsRule = 'yours' | 'provider' | 'none published';

/** The terms behind the bill's figures, for the sentences that explain them. */
export interface BillTerms {
  /** True when cache writes are billed at an input price because no write price is published. */
  readonly cacheWriteAtInputPrice: boolean;
  /** Model calls a month billed at a long-context tier's prices, by the tier's threshold. */
  readonly longContextCalls: readonly { readonly aboveTokens: number; readonly calls: bigint }[];
  /** The batch price (hundredths of standard) and its rule; null without batched units. */
  readonly batch: {
    readonly hundredths: bigint;
    readonly rule: TermsRule;
    /** The provider's batch rule in its source's words, when it has one. */
    readonly note: string | null;
  } | null;
  /** The fee per tool call and its rule; null without tool calls. */
  readonly toolFee: {
    readonly fee: Money;
    readonly rule: TermsRule;
    /** The provider's published fee, when it has one (also when the user's own fee is used). */
    readonly provider: ToolFeeTerms | null;
  } | null;
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
  readonly terms: BillTerms;
}

export function sumParts(parts: BillParts): Money {
  return (
    parts.input +
    parts.cachedInput +
    parts.cacheWrite +
    parts.output +
    parts.reasoning +
    parts.toolFees +
    parts.batch
  );
}

export const COST_PART_LABELS: Readonly<Record<CostPartKey, string>> = {
  input: 'Input',
  cachedInput: 'Cached input',
  cacheWrite: 'Cache write',
  output: 'Output',
  reasoning: 'Reasoning',
  toolFees: 'Tool call',
  batch: 'Batch',
};

/** Every part, in the order lines are listed. */
export const ALL_COST_PARTS: readonly CostPartKey[] = [
  'input',
  'cachedInput',
  'cacheWrite',
  'output',
  'reasoning',
  'toolFees',
  'batch',
];
const ALWAYS_LISTED: ReadonlySet<CostPartKey> = new Set(['input', 'cachedInput', 'output']);

/** The parts a bill lists: the three token parts, and any other part that is not zero. */
export function listedParts(bill: Bill): CostPartKey[] {
  return ALL_COST_PARTS.filter(
    (key) =>
      ALWAYS_LISTED.has(key) ||
      bill.parts[key] !== 0n ||
      (key === 'cacheWrite' && bill.tokens.cacheWrite > 0n),
  );
}

/** Adds two records of amounts (parts or token counts) key by key. */
function addAmounts<K extends string>(
  keys: readonly K[],
  a: Readonly<Record<K, bigint>>,
  b: Readonly<Record<K, bigint>>,
): Record<K, bigint> {
  const sum = {} as Record<K, bigint>;
  for (const key of keys) sum[key] = a[key] + b[key];
  return sum;
}

const TOKEN_KEYS: readonly (keyof BillTokens)[] = [
  'repeatedPrefix',
  'input',
  'cachedInput',
  'cacheWrite',
  'output',
  'reasoning',
  'toolCalls',
  'batchedInput',
  'batchedCachedInput',
  'batchedCacheWrite',
  'batchedOutput',
  'batchedReasoning',
];

const NO_PARTS: BillParts = {
  input: 0n,
  cachedInput: 0n,
  cacheWrite: 0n,
  output: 0n,
  reasoning: 0n,
  toolFees: 0n,
  batch: 0n,
};
const NO_TOKENS: BillTokens = {
  repeatedPrefix: 0n,
  input: 0n,
  cachedInput: 0n,
  cacheWrite: 0n,
  output: 0n,
  reasoning: 0n,
  toolCalls: 0n,
  batchedInput: 0n,
  batchedCachedInput: 0n,
  batchedCacheWrite: 0n,
  batchedOutput: 0n,
  batchedReasoning: 0n,
};

/**
 * The sum of several bills (each on its own prices): parts, tokens, calls and retry buffers add up, a
 * year is 12 months, and a call costs the monthly total over every call of the month (without calls,
 * the mean of the bills' own per-call costs). One bill is returned as it is.
 */
export function sumBills(bills: readonly Bill[]): Bill {
  const [only] = bills;
  if (bills.length === 1 && only) return only;
  let parts: BillParts = NO_PARTS;
  let tokens: BillTokens = NO_TOKENS;
  let retryBuffer = 0n;
  let calls = 0n;
  let perRequestSum = 0n;
  let cacheBilledAtInputPrice = false;
  const terms = bills.map((bill) => bill.terms);
  for (const bill of bills) {
    parts = addAmounts(ALL_COST_PARTS, parts, bill.parts);
    tokens = addAmounts(TOKEN_KEYS, tokens, bill.tokens);
    retryBuffer += bill.retryBuffer;
    calls += bill.calls;
    perRequestSum += bill.perRequest;
    cacheBilledAtInputPrice ||= bill.cacheBilledAtInputPrice;
  }
  const monthly = sumParts(parts);
  return {
    parts,
    monthly,
    retryBuffer,
    yearly: monthly * 12n,
    perRequest:
      calls === 0n
        ? divideRounded(perRequestSum, BigInt(Math.max(1, bills.length)))
        : divideRounded(monthly, calls),
    calls,
    tokens,
    cacheBilledAtInputPrice,
    terms: mergeTerms(terms),
  };
}

/**
 * Several bills' terms as one: writes at an input price if any bill has them; long-context calls added
 * up by threshold; the first bill's batch price and tool fee that has one (each endpoint's own terms
 * stay on its own bill).
 */
function mergeTerms(terms: readonly BillTerms[]): BillTerms {
  const byThreshold = new Map<number, bigint>();
  for (const item of terms)
    for (const { aboveTokens, calls } of item.longContextCalls)
      byThreshold.set(aboveTokens, (byThreshold.get(aboveTokens) ?? 0n) + calls);
  return {
    cacheWriteAtInputPrice: terms.some((item) => item.cacheWriteAtInputPrice),
    longContextCalls: [...byThreshold]
      .sort(([a], [b]) => a - b)
      .map(([aboveTokens, calls]) => ({ aboveTokens, calls })),
    batch: terms.find((item) => item.batch !== null)?.batch ?? null,
    toolFee: terms.find((item) => item.toolFee !== null)?.toolFee ?? null,
  };
}
