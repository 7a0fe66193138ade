import { useDeferredValue, useId } from 'react';
import { QuantityInput } from '../../components/ui/quantity-input';
import { describeBudgetStanding } from '../../domain/budget/budget';
import { budgetReach, describeBudgetReach } from '../../domain/budget/budget-reach';
import type { ScenarioBill } from '../../domain/cost/bill-scenario';
import { formatQuantity } from '../../domain/money/format-number';
import { readQuantity } from '../../domain/money/quantity';
import { BUDGET_RANGE } from '../../domain/scenario/monthly-budget';
import { unitsOfMix } from '../../domain/workload/describe-shape';
import { useNumberTyping } from '../../lib/typing-locale';
import { useCalculator } from '../../store/calculator-context';
import { useComparisonRows } from '../../store/use-comparison-rows';

interface BudgetSectionProps {
  readonly bill: ScenarioBill;
  /** The route of the bill ("Kimi K2.6 via Moonshot AI"), or how many routes it uses. */
  readonly routeText: string;
}

/** A monthly budget: how far the bill is from it, and how much traffic it buys here and at the cheapest. */
export function BudgetSection({ bill, routeText }: BudgetSectionProps) {
  const typing = useNumberTyping();
  const id = useId();
  const budget = useCalculator((state) => state.monthlyBudgetUsd);
  const setMonthlyBudget = useCalculator((state) => state.setMonthlyBudget);
  // The same rows as the table's (one computation), following the workload at low priority.
  const endpoints = useDeferredValue(useCalculator((state) => state.endpoints));
  const { rows } = useComparisonRows(endpoints, budget !== null);
  const reach = budget === null ? null : budgetReach(budget, bill, rows);
  const words = unitsOfMix(endpoints.map((endpoint) => endpoint.shape));

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
            typing={typing}
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
          <p className="budget-section__reach">{describeBudgetReach(reach, words, routeText)}</p>
        </>
      ) : (
        <p className="field-hint">Set a budget to see how far this bill is from it and what it buys.</p>
      )}
    </div>
  );
}
