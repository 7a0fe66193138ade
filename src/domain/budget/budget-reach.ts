/**
 * What a monthly budget means for the scenario: how far the bill is from it, and how many units
 * (requests, conversations or tasks, in the scenario's own mix) a month it buys on the routes chosen
 * and on the cheapest route known to fit (rank-routes.ts), retry buffer included. With traffic, units bought =
 * floor(budget × units ÷ monthly cost); with none, floor(budget ÷ the cost of one request). The
 * cheapest route is "in use" when every endpoint is on it (by route id, not by name).
 */

import type { ComparisonRow } from '../compare/comparison-rows';
import { isCheapestKnownFit } from '../compare/rank-routes';
import type { Bill } from '../cost/bill';
import type { ScenarioBill } from '../cost/bill-scenario';
import { formatTokens } from '../money/format-number';
import { type Route, routeName } from '../rates/route';
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
  /** True when every endpoint is already on the cheapest fitting route. */
  readonly cheapestInUse: boolean;
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
    cheapestInUse:
      cheapestRow !== undefined && active.endpoints.every((item) => item.route.id === cheapestRow.route.id),
  };
}

function count(units: bigint | null): string {
  return units === null ? 'any number of' : formatTokens(units);
}

/**
 * "This budget buys 2,564 requests a month on Kimi K2.6 via Moonshot AI, and 4,081 on the cheapest
 * route that fits (…)." `units` names the scenario's units ("requests", "conversations and tasks"),
 * `routeText` the routes in use; "any number of" when a unit costs nothing.
 */
export function describeBudgetReach(reach: BudgetReach, units: string, routeText: string): string {
  const here = `This budget buys ${count(reach.requestsOnActiveRoute)} ${units} a month on ${routeText}`;
  if (!reach.cheapest) return `${here}; no route shown in the table can hold this workload.`;
  if (reach.cheapestInUse) return `${here}, the cheapest route that fits.`;
  const there = `${count(reach.cheapest.requests)} on the cheapest route that fits`;
  return `${here}, and ${there} (${routeName(reach.cheapest.route)}).`;
}
