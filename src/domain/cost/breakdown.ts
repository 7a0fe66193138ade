/**
 * The breakdown as shown: every figure rounded once, here, so that what the screen shows adds up.
 * - The monthly total is the exact total rounded to the cent.
 * - Input, cached input and output are always listed; reasoning, tool calls and batch only when the
 *   scenario has them (a non-zero amount). The lines are rounded by the largest-remainder method, so
 *   they add up to the total shown, to the cent.
 * - Shares are whole percentages of the exact total, allocated the same way so they add up to 100.
 * - The yearly cost is 12 × the monthly cost shown, so it can be checked by hand (a monthly cost under
 *   a cent, "< $0.01", has no cents to multiply: then it is 12 × the exact monthly cost, rounded).
 * - Cost per request is a unit cost: three significant digits below $1 (formatUsdPerUnit).
 * - A line or total that is not zero but rounds to no cent reads "< $0.01".
 * - Each line also carries its exact amount, unrounded, and one sentence says how the rounded lines
 *   make the total (line-rounding.ts).
 */

import { formatCentsOf, formatUsd, formatUsdExact, formatUsdPerUnit } from '../money/format-money';
import { formatCount, formatTokens } from '../money/format-number';
import { allocateRounded, type Money, roundToStep, UNITS_PER_CENT } from '../money/money';
import { type Bill, COST_PART_LABELS, type CostPartKey, listedParts } from './bill';
import { describeLineRounding } from './line-rounding';

/** Tokens behind a line; tool calls have none (null, shown as "—"). */
const formatTokensOrDash = (tokens: bigint | null) => (tokens === null ? '—' : formatTokens(tokens));

/**
 * The tokens a line pays for, so they match its dollars: the token lines count only the units not
 * batched, and the batch line counts every token of the batched units.
 */
function lineTokenCount(bill: Bill, key: CostPartKey): bigint | null {
  const { tokens } = bill;
  switch (key) {
    case 'toolFees':
      return null;
    case 'batch':
      return (
        tokens.batchedInput +
        tokens.batchedCachedInput +
        tokens.batchedCacheWrite +
        tokens.batchedOutput +
        tokens.batchedReasoning
      );
    case 'input':
      return tokens.input - tokens.batchedInput;
    case 'cachedInput':
      return tokens.cachedInput - tokens.batchedCachedInput;
    case 'cacheWrite':
      return tokens.cacheWrite - tokens.batchedCacheWrite;
    case 'output':
      return tokens.output - tokens.batchedOutput;
    case 'reasoning':
      return tokens.reasoning - tokens.batchedReasoning;
  }
}

export interface BreakdownLine {
  readonly key: CostPartKey;
  readonly amountCents: bigint;
  readonly amount: string;
  /** Whole percent of the bill; null when the bill is zero. */
  readonly sharePercent: number | null;
  readonly tokens: string;
  /** The tokens with their noun ("1 token", "2,000 tokens"); null for lines with none of their own. */
  readonly tokensText: string | null;
  /** The tokens as a number; null for lines with none of their own (tool calls, batch). */
  readonly tokenCount: bigint | null;
  /** The line's exact amount, unrounded: "$14.8851". */
  readonly exact: string;
}

export interface BreakdownFigures {
  readonly monthlyCents: bigint;
  readonly monthly: string;
  /** The exact monthly total, unrounded. */
  readonly monthlyExact: string;
  /** 12 × the monthly cents shown. */
  readonly yearlyCents: bigint;
  readonly yearly: string;
  readonly perRequest: string;
  readonly perRequestAmount: Money;
  readonly retryBuffer: string;
  readonly lines: readonly BreakdownLine[];
  readonly dominance: string;
  /** One sentence on how the rounded lines add up to the total shown. */
  readonly rounding: string;
}

/** Whole percentages of `total` for each part, adding up to exactly 100 (empty when total is 0). */
export function sharesInPercent(parts: readonly Money[], total: Money): number[] | null {
  if (total === 0n) return null;
  return allocateRounded(
    parts.map((part) => part * 100n),
    total,
  ).parts.map(Number);
}

const DOMINANCE_WORDS: Readonly<Record<CostPartKey, string>> = {
  ...COST_PART_LABELS,
  toolFees: 'Tool calls',
  batch: 'Batched traffic',
};

function describeDominance(
  bill: Bill,
  shares: readonly number[] | null,
  parts: readonly CostPartKey[] = listedParts(bill),
): string {
  if (shares === null) return 'This workload sends no billable tokens, so it costs nothing.';
  let largest = 0;
  for (let index = 1; index < parts.length; index += 1) {
    const part = parts[index] as CostPartKey;
    const current = parts[largest] as CostPartKey;
    if (bill.parts[part] > bill.parts[current]) largest = index;
  }
  const key = parts[largest] as CostPartKey;
  const verb = key === 'toolFees' ? 'are' : 'is';
  return `${DOMINANCE_WORDS[key]} ${verb} ${shares[largest]}% of this bill.`;
}

export function buildBreakdown(bill: Bill): BreakdownFigures {
  const parts = listedParts(bill);
  const amounts = parts.map((key) => bill.parts[key]);
  const rounded = allocateRounded(amounts, UNITS_PER_CENT);
  const shares = sharesInPercent(amounts, bill.monthly);
  const lines = parts.map((key, index): BreakdownLine => {
    const cents = rounded.parts[index] ?? 0n;
    const tokenCount = lineTokenCount(bill, key);
    return {
      key,
      amountCents: cents,
      amount: formatCentsOf(cents, bill.parts[key]),
      sharePercent: shares === null ? null : (shares[index] ?? 0),
      tokens: formatTokensOrDash(tokenCount),
      tokensText: tokenCount === null ? null : formatCount(tokenCount, 'token'),
      tokenCount,
      exact: formatUsdExact(bill.parts[key]),
    };
  });
  // A monthly figure under a cent reads "< $0.01"; twelve of them may make cents, so the year is exact.
  const yearlyCents = rounded.total === 0n ? roundToStep(bill.yearly, UNITS_PER_CENT) : rounded.total * 12n;
  return {
    monthlyCents: rounded.total,
    monthly: formatCentsOf(rounded.total, bill.monthly),
    monthlyExact: formatUsdExact(bill.monthly),
    yearlyCents,
    yearly: formatCentsOf(yearlyCents, bill.yearly),
    perRequest: formatUsdPerUnit(bill.perRequest),
    perRequestAmount: bill.perRequest,
    retryBuffer: formatUsd(bill.retryBuffer),
    lines,
    dominance: describeDominance(bill, shares, parts),
    rounding: describeLineRounding(
      lines.map((line) => ({
        label: COST_PART_LABELS[line.key],
        exact: bill.parts[line.key],
        cents: line.amountCents,
      })),
      rounded.total,
    ),
  };
}
