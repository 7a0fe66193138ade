/**
 * The breakdown as shown: every figure rounded once, here, so that what the screen shows adds up.
 * - The monthly total is the exact total rounded to the cent.
 * - The three line items are rounded by the largest-remainder method, so they add up to the total
 *   shown, to the cent.
 * - Shares are whole percentages of the exact total, allocated the same way so they add up to 100.
 */
import type { CostParts, WorkloadCost } from './cost';
import { formatCents, formatTokens, formatUsd, formatUsdFine } from './format';
import { allocateRounded, type Money, UNITS_PER_CENT } from './money';

export type CostPartKey = keyof CostParts;

export const COST_PART_LABELS: Readonly<Record<CostPartKey, string>> = {
  input: 'Input',
  cachedInput: 'Cached input',
  output: 'Output',
};

const PART_ORDER: readonly CostPartKey[] = ['input', 'cachedInput', 'output'];

export interface BreakdownLine {
  readonly key: CostPartKey;
  readonly amountCents: bigint;
  readonly amount: string;
  /** Whole percent of the bill; null when the bill is zero. */
  readonly sharePercent: number | null;
  readonly tokens: string;
}

export interface BreakdownFigures {
  readonly monthlyCents: bigint;
  readonly monthly: string;
  readonly yearly: string;
  readonly perRequest: string;
  readonly retryBuffer: string;
  readonly lines: readonly BreakdownLine[];
  readonly dominance: string;
}

/** Whole percentages of `total` for each part, adding up to exactly 100 (empty when total is 0). */
export function sharesInPercent(parts: readonly Money[], total: Money): number[] | null {
  if (total === 0n) return null;
  return allocateRounded(
    parts.map((part) => part * 100n),
    total,
  ).parts.map(Number);
}

export function describeDominance(cost: WorkloadCost, shares: readonly number[] | null): string {
  if (shares === null) return 'This workload sends no billable tokens, so it costs nothing.';
  let largest = 0;
  for (let index = 1; index < PART_ORDER.length; index += 1) {
    const part = PART_ORDER[index] as CostPartKey;
    const current = PART_ORDER[largest] as CostPartKey;
    if (cost.parts[part] > cost.parts[current]) largest = index;
  }
  const key = PART_ORDER[largest] as CostPartKey;
  return `${COST_PART_LABELS[key]} is ${shares[largest]}% of this bill.`;
}

export function buildBreakdown(cost: WorkloadCost): BreakdownFigures {
  const amounts = PART_ORDER.map((key) => cost.parts[key]);
  const rounded = allocateRounded(amounts, UNITS_PER_CENT);
  const shares = sharesInPercent(amounts, cost.monthly);
  const lines = PART_ORDER.map(
    (key, index): BreakdownLine => ({
      key,
      amountCents: rounded.parts[index] ?? 0n,
      amount: formatCents(rounded.parts[index] ?? 0n),
      sharePercent: shares === null ? null : (shares[index] ?? 0),
      tokens: formatTokens(cost.tokens[key]),
    }),
  );
  return {
    monthlyCents: rounded.total,
    monthly: formatCents(rounded.total),
    yearly: formatUsd(cost.yearly),
    perRequest: formatUsdFine(cost.perRequest),
    retryBuffer: formatUsd(cost.retryBuffer),
    lines,
    dominance: describeDominance(cost, shares),
  };
}
