import { describe, expect, it } from 'vitest';
import { aRoute as aRouteWith, aWorkload, billInputsOf } from '../../testing/builders';
import { buildComparisonRows } from '../compare/comparison-rows';
import { billScenario } from '../cost/bill-scenario';
import type { Route } from '../rates/route';
import { requestShapeFromWorkload } from '../workload/shapes';
import type { Workload } from '../workload/workload';
import { budgetReach, describeBudgetReach } from './budget-reach';

function aRoute(
  id: string,
  input: string,
  output: string,
  maxOutput: number | null = 262_144,
  contextWindow: number | null = 262_144,
): Route {
  return aRouteWith(id, { input, output }, { contextWindow, maxOutput });
}

// The seed example: 1,000 requests × 2,000 in / 500 out at $0.95 / $4.00 = $3.90 a month, $0.0039 a request.
const SEED = aWorkload({
  requestsPerMonth: 1_000,
  inputTokensPerRequest: 2_000,
  outputTokensPerRequest: 500,
});
const billOf = (workload: Workload, route: Route) =>
  billScenario(billInputsOf([requestShapeFromWorkload(workload)]), [route]);
const ACTIVE = billOf(SEED, aRoute('moonshot', '0.95', '4'));

describe('budgetReach', () => {
  // Rule: units bought = floor(budget ÷ cost of one request); the cheapest is a route known to fit:
  // never one that does not fit, nor one whose limits are not published.
  it.each([
    { budget: 10, status: 'under', active: 2564n, cheapest: 4081n },
    { budget: 3.9, status: 'on-budget', active: 1000n, cheapest: 1591n },
    { budget: 1, status: 'over', active: 256n, cheapest: 408n },
    { budget: 0, status: 'over', active: 0n, cheapest: 0n },
  ])(
    'a $budget budget is $status, buys $active requests here and $cheapest on the cheapest fitting route',
    ({ budget, status, active, cheapest }) => {
      // Cheapest fitting: $0.60 / $2.50 → $0.00245 a request. "tiny" is cheaper but cannot hold 500 output tokens.
      const rows = buildComparisonRows(
        [
          aRoute('moonshot', '0.95', '4'),
          aRoute('cheap', '0.6', '2.5'),
          aRoute('tiny', '0.01', '0.01', 100),
          aRoute('unpublished', '0.02', '0.02', null, null),
        ],
        billInputsOf([requestShapeFromWorkload(SEED)]),
      );
      const reach = budgetReach(budget, ACTIVE, rows);
      expect(reach.standing.status).toBe(status);
      expect(reach.requestsOnActiveRoute).toBe(active);
      expect(reach.cheapest?.route.id).toBe('cheap');
      expect(reach.cheapest?.requests).toBe(cheapest);
    },
  );

  it('has no cheapest route when nothing fits, and no limit when a request is free', () => {
    const reach = budgetReach(5, billOf(SEED, aRoute('free', '0', '0')), []);
    expect(reach.cheapest).toBeNull();
    expect(reach.requestsOnActiveRoute).toBeNull();
  });
});

describe('budgetReach for a scenario of several shapes', () => {
  // Rule: with traffic, units bought = floor(budget × units ÷ monthly cost), in the scenario's own mix.
  it('buys units in proportion to the mix: $10 against a $3.90 bill of 1,000 units buys 2,564', () => {
    const reach = budgetReach(10, ACTIVE, []);
    expect(reach.requestsOnActiveRoute).toBe(2_564n);
  });

  it('with no traffic, buys whole requests at the cost of one: $1 at $0.0039 buys 256', () => {
    const reach = budgetReach(
      1,
      billOf({ ...SEED, requestsPerMonth: 0 }, aRoute('moonshot', '0.95', '4')),
      [],
    );
    expect(reach.requestsOnActiveRoute).toBe(256n);
  });
});

describe('describeBudgetReach', () => {
  // Rule: what the budget buys on the routes in use, then on the cheapest fitting route, unless every
  // endpoint is already on it (the same route, by id) or no route fits; "any number of" when free.
  const routes = [aRoute('moonshot', '0.95', '4'), aRoute('cheap', '0.6', '2.5')];
  const rows = buildComparisonRows(routes, billInputsOf([requestShapeFromWorkload(SEED)]));
  const onCheap = billScenario(billInputsOf([requestShapeFromWorkload(SEED)]), [routes[1] as Route]);
  it.each([
    {
      name: 'on a dearer route',
      reach: budgetReach(10, ACTIVE, rows),
      expected:
        'This budget buys 2,564 requests a month on here, and 4,081 on the cheapest route that fits (Kimi K2.6 via cheap).',
    },
    {
      name: 'on the cheapest route',
      reach: budgetReach(10, onCheap, rows),
      expected: 'This budget buys 4,081 requests a month on here, the cheapest route that fits.',
    },
    {
      name: 'when nothing fits',
      reach: budgetReach(10, ACTIVE, []),
      expected:
        'This budget buys 2,564 requests a month on here; no route shown in the table can hold this workload.',
    },
    {
      name: 'when a request is free',
      reach: budgetReach(5, billOf(SEED, aRoute('free', '0', '0')), []),
      expected:
        'This budget buys any number of requests a month on here; no route shown in the table can hold this workload.',
    },
  ])('$name', ({ reach, expected }) => {
    expect(describeBudgetReach(reach, 'requests', 'here')).toBe(expected);
  });
});
