/**
 * The monthly budget a scenario carries, as the user types it: US dollars in whole cents, from $0 to
 * $1,000,000,000,000 (what the budget buys is budget/).
 */
import { describeRangeProblem, type ShapeFieldRange } from '../workload/shape-ranges';

export const BUDGET_RANGE: ShapeFieldRange = {
  label: 'Monthly budget (USD)',
  min: 0,
  max: 1_000_000_000_000,
  maxDecimals: 2,
  sliderScale: 'log',
};

/** Why a typed budget is not usable, in plain words, or null when it is. */
export function validateBudgetUsd(usd: unknown): string | null {
  return describeRangeProblem(usd, BUDGET_RANGE);
}
