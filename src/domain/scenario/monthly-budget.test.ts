import { describe, expect, it } from 'vitest';
import { validateBudgetUsd } from './monthly-budget';

describe('typing a budget', () => {
  it.each([
    [-1, 'Monthly budget (USD) cannot be negative.'],
    [1.234, 'Monthly budget (USD) can have at most 2 decimal places.'],
    [2e12, 'Monthly budget (USD) must be at most 1,000,000,000,000.'],
    [Number.NaN, 'Monthly budget (USD) must be a number.'],
  ])('refuses %s', (value, message) => {
    expect(validateBudgetUsd(value)).toBe(message);
  });

  it('accepts a budget in range', () => {
    expect(validateBudgetUsd(250.5)).toBeNull();
  });
});
