import { useDeferredValue, useId, useMemo } from 'react';
import { QuantityInput } from '../../components/ui/quantity-input';
import { BUDGET_RANGE, describeBudgetStanding } from '../../domain/budget';
import { budgetReach } from '../../domain/budget-reach';
import { buildComparisonRows, filterRoutes } from '../../domain/compare';
import type { WorkloadCost } from '../../domain/cost';
import { formatQuantity, formatTokens } from '../../domain/format';
import { readQuantity } from '../../domain/quantity';
import { providerLabel, type Route } from '../../domain/rates';
import { useCalculator } from '../../store/calculator-context';

function routeName(route: Route): string {
  return `${route.modelName} via ${providerLabel(route)}`;
}

function requests(count: bigint | null): string {
  return count === null ? 'any number of' : formatTokens(count);
}

/** A monthly budget: how far the bill is from it, and how many requests it buys here and at the cheapest. */
export function BudgetSection({ cost, route }: { readonly cost: WorkloadCost; readonly route: Route }) {
  const id = useId();
  const budget = useCalculator((state) => state.monthlyBudgetUsd);
  const setMonthlyBudget = useCalculator((state) => state.setMonthlyBudget);
  const routes = useCalculator((state) => state.routes);
  const routeFilter = useCalculator((state) => state.routeFilter);
  const priceOverrides = useCalculator((state) => state.priceOverrides);
  const workload = useDeferredValue(useCalculator((state) => state.workload));

  const rows = useMemo(
    () =>
      budget === null ? [] : buildComparisonRows(filterRoutes(routes, routeFilter), workload, priceOverrides),
    [budget, routes, routeFilter, workload, priceOverrides],
  );
  const reach = budget === null ? null : budgetReach(budget, cost, rows);

  return (
    <div className="budget-section">
      <div className="price-field">
        <label id={`${id}-label`} htmlFor={`${id}-input`} className="price-field__label">
          Monthly budget
        </label>
        <div className="price-field__control">
          <span className="price-field__currency" aria-hidden="true">
            $
          </span>
          <QuantityInput
            id={`${id}-input`}
            labelId={`${id}-label`}
            shownText={budget === null ? '' : formatQuantity(budget, 2)}
            placeholder="none"
            read={(text) => {
              if (text.trim() === '') return { ok: true, commit: () => setMonthlyBudget(null) };
              const reading = readQuantity(text, BUDGET_RANGE);
              return reading.ok ? { ok: true, commit: () => setMonthlyBudget(reading.value) } : reading;
            }}
          />
        </div>
      </div>
      {reach ? (
        <>
          <dl className="budget-section__standing">
            <div className={`figure figure--${reach.standing.status}`}>
              <dt id={`${id}-standing`} className="figure__label">
                Budget standing
              </dt>
              <dd className="figure__value">
                <output aria-labelledby={`${id}-standing`}>{describeBudgetStanding(reach.standing)}</output>
              </dd>
            </div>
          </dl>
          <p className="budget-section__reach">
            This budget buys {requests(reach.requestsOnActiveRoute)} requests a month on {routeName(route)}
            {reach.cheapest
              ? reach.cheapest.route.id === route.id
                ? ', the cheapest route that fits.'
                : `, and ${requests(reach.cheapest.requests)} on the cheapest route that fits (${routeName(reach.cheapest.route)}).`
              : '; no route shown in the table can hold this workload.'}
          </p>
        </>
      ) : (
        <p className="field-hint">Set a budget to see how far this bill is from it and what it buys.</p>
      )}
    </div>
  );
}
