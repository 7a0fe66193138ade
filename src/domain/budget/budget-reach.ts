/**
 * What a monthly budget means for the scenario: how far the bill is from it, and how many units
 * (requests, conversations or tasks, in the scenario's own mix) a month it buys on the routes chosen
 * and on the cheapest route known to fit (rank-routes.ts), retry buffer included. With traffic, units bought =
 * floor(budget × units ÷ monthly cost); with none, floor(budget ÷ the cost of one request).
 */

import type { ComparisonRow } from '../compare/comparison-rows';
import { isCheapestKnownFit } from '../compare/rank-routes';
import type { Bill } from '../cost/bill';
import type { ScenarioBill } from '../cost/bill-scenario';
import type { Route } from '../rates/route';
import {
  type BudgetStanding,
  budgetFromUsd,
  compareWithBudget,
  unitsBudgetBuys,
  unitsBudgetBuysAtAverage,
} from './budget';

export interface BudgetReach {
  readonly standing: BudgetStanding;
  /** Requests a month the budget buys on the active route; null when a request costs nothing. */
  readonly requestsOnActiveRoute: bigint | null;
  /** The cheapest fitting route and what the budget buys there; null when no route fits. */
  readonly cheapest: { readonly route: Route; readonly requests: bigint | null } | null;
}

export function budgetReach(
  budgetUsd: number,
  active: ScenarioBill,
  rows: readonly ComparisonRow[],
): BudgetReach {
  const { units } = active;
  const budget = budgetFromUsd(budgetUsd);
  const cheapestRow = rows.find(isCheapestKnownFit);
  const buys = (cost: Bill) =>
    units === 0n
      ? unitsBudgetBuys(budget, cost.perRequest)
      : unitsBudgetBuysAtAverage(budget, cost.monthly, units);
  return {
    standing: compareWithBudget(active.monthly, budget),
    requestsOnActiveRoute: buys(active),
    cheapest: cheapestRow ? { route: cheapestRow.route, requests: buys(cheapestRow.bill) } : null,
  };
}
