/**
 * A monthly budget set against a scenario. The rules, in words:
 * - A budget is a dollar amount in whole cents, from $0 to $1,000,000,000,000.
 * - The units a budget buys is the largest whole number of units whose cost fits in it:
 *   floor(budget ÷ cost per unit). A unit that costs nothing has no limit (null).
 * - At a scenario's own mix (some units batched, say) the average cost per unit is monthly cost ÷
 *   units, so the budget buys floor(budget × units ÷ monthly cost): exact, no rounded average.
 * - The standing is monthly cost − budget: over when positive, under when negative, on budget at zero.
 */
import { formatUsdFine } from '../money/format-money';
import { type Money, UNITS_PER_CENT } from '../money/money';

/** A budget in dollars (at most 2 decimals, inside BUDGET_RANGE) as exact Money. */
export function budgetFromUsd(usd: number): Money {
  return BigInt(Math.round(usd * 100)) * UNITS_PER_CENT;
}

/** Whole units the budget buys at `costPerUnit` each; null when a unit costs nothing. */
export function unitsBudgetBuys(budget: Money, costPerUnit: Money): bigint | null {
  return costPerUnit <= 0n ? null : budget / costPerUnit;
}

/** Whole units the budget buys at the scenario's average cost per unit; null when it costs nothing. */
export function unitsBudgetBuysAtAverage(
  budget: Money,
  monthlyCost: Money,
  unitsPerMonth: bigint,
): bigint | null {
  return monthlyCost <= 0n ? null : (budget * unitsPerMonth) / monthlyCost;
}

export type BudgetStatus = 'over' | 'under' | 'on-budget';

export interface BudgetStanding {
  readonly status: BudgetStatus;
  /** Monthly cost − budget: positive when over, negative when under. */
  readonly difference: Money;
  /** How far from the budget, whichever side: |difference|. */
  readonly distance: Money;
}

export function compareWithBudget(monthlyCost: Money, budget: Money): BudgetStanding {
  const difference = monthlyCost - budget;
  const status: BudgetStatus = difference > 0n ? 'over' : difference < 0n ? 'under' : 'on-budget';
  return { status, difference, distance: difference < 0n ? -difference : difference };
}

/** "$12.34 over budget", "$0.00500 under budget", "On budget". */
export function describeBudgetStanding(standing: BudgetStanding): string {
  if (standing.status === 'on-budget') return 'On budget';
  return `${formatUsdFine(standing.distance)} ${standing.status} budget`;
}
