/** The monthly budget and the billing extras (platform fees, tax, currency, top-ups, credit), as typed. */
import type { StateCreator } from 'zustand/vanilla';
import type { BillingExtrasInput } from '../../domain/billing/extras-input';
import { validateBudgetUsd } from '../../domain/scenario/monthly-budget';
import { DEFAULT_SCENARIO, type Scenario } from '../../domain/scenario/scenario';
import type { CalculatorState } from '../calculator-store';

export interface BudgetExtrasSlice extends Pick<Scenario, 'monthlyBudgetUsd' | 'billingExtras'> {
  /** A monthly budget in dollars, or null for none; invalid values are refused. */
  setMonthlyBudget(usd: number | null): void;
  setBillingExtras(extras: BillingExtrasInput): void;
}

export const createBudgetExtrasSlice: StateCreator<CalculatorState, [], [], BudgetExtrasSlice> = (set) => ({
  monthlyBudgetUsd: DEFAULT_SCENARIO.monthlyBudgetUsd,
  billingExtras: DEFAULT_SCENARIO.billingExtras,

  setMonthlyBudget(monthlyBudgetUsd) {
    if (monthlyBudgetUsd === null || validateBudgetUsd(monthlyBudgetUsd) === null) set({ monthlyBudgetUsd });
  },

  setBillingExtras(billingExtras) {
    set({ billingExtras });
  },
});
