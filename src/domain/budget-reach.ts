/**
 * What a monthly budget means for the scenario: how far the bill is from it, and how many requests a
 * month it buys on the active route and on the cheapest route that fits (requests of this workload's
 * shape, retry buffer included).
 */
import { type BudgetStanding, budgetFromUsd, compareWithBudget, unitsBudgetBuys } from './budget';
import type { ComparisonRow } from './compare';
import type { WorkloadCost } from './cost';
import type { Route } from './rates';

export interface BudgetReach {
  readonly standing: BudgetStanding;
  /** Requests a month the budget buys on the active route; null when a request costs nothing. */
  readonly requestsOnActiveRoute: bigint | null;
  /** The cheapest fitting route and what the budget buys there; null when no route fits. */
  readonly cheapest: { readonly route: Route; readonly requests: bigint | null } | null;
}

export function budgetReach(
  budgetUsd: number,
  active: WorkloadCost,
  rows: readonly ComparisonRow[],
): BudgetReach {
  const budget = budgetFromUsd(budgetUsd);
  const cheapestRow = rows.find((row) => row.rank === 1);
  return {
    standing: compareWithBudget(active.monthly, budget),
    requestsOnActiveRoute: unitsBudgetBuys(budget, active.perRequest),
    cheapest: cheapestRow
      ? { route: cheapestRow.route, requests: unitsBudgetBuys(budget, cheapestRow.cost.perRequest) }
      : null,
  };
}
