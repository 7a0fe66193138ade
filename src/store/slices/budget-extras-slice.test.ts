import { describe, expect, it } from 'vitest';
import { createCalculatorStore } from '../calculator-store';

describe('monthly budget', () => {
  // Rule: a budget is dollars with at most 2 decimals from $0 to $10^12, or none; anything else is refused.
  it.each([
    [250, 250],
    [0, 0],
    [12.34, 12.34],
    [-1, null],
    [12.345, null],
    [Number.NaN, null],
    [1e13, null],
  ])('setMonthlyBudget(%s) leaves %s', (value, expected) => {
    const store = createCalculatorStore();
    store.getState().setMonthlyBudget(value);
    expect(store.getState().monthlyBudgetUsd).toBe(expected);
  });

  it('clears with null and is cleared by reset', () => {
    const store = createCalculatorStore({ initial: { monthlyBudgetUsd: 40 } });
    store.getState().setMonthlyBudget(null);
    expect(store.getState().monthlyBudgetUsd).toBeNull();
    store.getState().setMonthlyBudget(40);
    store.getState().reset();
    expect(store.getState().monthlyBudgetUsd).toBeNull();
  });
});
