import { useDeferredValue, useId, useMemo } from 'react';
import { QuantityInput } from '../../components/ui/quantity-input';
import { describeBudgetStanding } from '../../domain/budget/budget';
import { budgetReach } from '../../domain/budget/budget-reach';
import { buildComparisonRows } from '../../domain/compare/comparison-rows';
import type { WorkloadCost } from '../../domain/cost/cost';
import { formatQuantity, formatTokens } from '../../domain/money/format-number';
import { readQuantity } from '../../domain/money/quantity';
import { routeName } from '../../domain/rates/route';
import { filterRoutes } from '../../domain/rates/route-filter';
import { BUDGET_RANGE } from '../../domain/scenario/monthly-budget';
import { unitsOfMix } from '../../domain/workload/describe-shape';
import { numberTyping } from '../../lib/typing-locale';
import { useCalculator } from '../../store/calculator-context';
import { useScenarioShapes } from '../../store/scenario-shapes';
import { useRoutes } from '../../store/use-routes';

function count(units: bigint | null): string {
  return units === null ? 'any number of' : formatTokens(units);
}

interface BudgetSectionProps {
  readonly cost: WorkloadCost;
  /** Requests, conversations and tasks a month, all endpoints together. */
  readonly units: bigint;
  /** The route of the bill ("Kimi K2.6 via Moonshot AI"), or how many routes it uses. */
  readonly routeText: string;
}

/** A monthly budget: how far the bill is from it, and how much traffic it buys here and at the cheapest. */
export function BudgetSection({ cost, units, routeText }: BudgetSectionProps) {
  const id = useId();
  const budget = useCalculator((state) => state.monthlyBudgetUsd);
  const setMonthlyBudget = useCalculator((state) => state.setMonthlyBudget);
  const routes = useRoutes();
  const routeFilter = useCalculator((state) => state.routeFilter);
  const priceOverrides = useCalculator((state) => state.priceOverrides);
  const shapes = useDeferredValue(useScenarioShapes());

  const rows = useMemo(
    () =>
      budget === null ? [] : buildComparisonRows(filterRoutes(routes, routeFilter), shapes, priceOverrides),
    [budget, routes, routeFilter, shapes, priceOverrides],
  );
  const reach = budget === null ? null : budgetReach(budget, cost, rows, units);
  const words = unitsOfMix(shapes);

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
            typing={numberTyping()}
            read={(text, locale) => {
              if (text.trim() === '') return { ok: true, commit: () => setMonthlyBudget(null) };
              const reading = readQuantity(text, BUDGET_RANGE, locale);
              return reading.ok
                ? { ok: true, commit: () => setMonthlyBudget(reading.value), note: reading.note }
                : reading;
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
            This budget buys {count(reach.requestsOnActiveRoute)} {words} a month on {routeText}
            {reach.cheapest
              ? routeName(reach.cheapest.route) === routeText
                ? ', the cheapest route that fits.'
                : `, and ${count(reach.cheapest.requests)} on the cheapest route that fits (${routeName(reach.cheapest.route)}).`
              : '; no route shown in the table can hold this workload.'}
          </p>
        </>
      ) : (
        <p className="field-hint">Set a budget to see how far this bill is from it and what it buys.</p>
      )}
    </div>
  );
}
