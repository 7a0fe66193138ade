import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pricesOf } from '../../testing/builders';
import { prepareShape, priceShape, priceUnit } from '../cost/engine';
import { plainTariff } from '../cost/tariff';
import { UNITS_PER_CENT } from '../money/money';
import { DEFAULT_CALL_OPTIONS, type RequestShape } from '../workload/shapes';
import {
  budgetFromUsd,
  compareWithBudget,
  describeBudgetStanding,
  unitsBudgetBuys,
  unitsBudgetBuysAtAverage,
} from './budget';

/** Exact Money for a dollar amount with up to 6 decimals. */
const dollars = (value: number) => BigInt(Math.round(value * 1e6)) * 10n ** 18n;

describe('what a budget buys', () => {
  // Rule: the largest whole number of units whose cost fits: floor(budget ÷ cost per unit).
  it.each([
    { budget: 100, unitCost: 0.0039, units: 25_641n }, // 25,641.03…
    { budget: 100, unitCost: 0.012075, units: 8_281n }, // 8,281.57…
    { budget: 0.0039, unitCost: 0.0039, units: 1n },
    { budget: 0.0038, unitCost: 0.0039, units: 0n },
    { budget: 0, unitCost: 0.5, units: 0n },
  ])('$budget buys $units units at $unitCost', ({ budget, unitCost, units }) => {
    expect(unitsBudgetBuys(dollars(budget), dollars(unitCost))).toBe(units);
  });

  it('has no limit when a unit costs nothing', () => {
    expect(unitsBudgetBuys(dollars(100), 0n)).toBeNull();
    expect(unitsBudgetBuysAtAverage(dollars(100), 0n, 1_000n)).toBeNull();
  });

  // Rule: at a scenario's own average, floor(budget × units ÷ monthly cost), with no rounded average.
  it('buys 7,500 requests at a $3.4125 month of 1,000 with a quarter batched at half price', () => {
    const shape: RequestShape = {
      ...DEFAULT_CALL_OPTIONS,
      kind: 'requests',
      requestsPerMonth: 1_000,
      inputTokensPerRequest: 2_000,
      outputTokensPerRequest: 500,
      consumer: null,
      batchSharePercent: 25,
      batchPriceMultiplierPercent: 50,
    };
    const prepared = prepareShape(shape);
    const { monthly } = priceShape(prepared, plainTariff(pricesOf('0.95', '0.16', '4')));
    expect(monthly).toBe(dollars(3.4125));
    // 25.59375 × 1,000 ÷ 3.4125 = 7,500 exactly
    expect(unitsBudgetBuysAtAverage(dollars(25.59375), monthly, prepared.units)).toBe(7_500n);
    expect(unitsBudgetBuysAtAverage(dollars(25.59375) - 1n, monthly, prepared.units)).toBe(7_499n);
    // With no traffic, at one unit's normal price: 1 ÷ 0.0039.
    const idle = prepareShape({ ...shape, requestsPerMonth: 0 });
    expect(unitsBudgetBuys(dollars(1), priceUnit(idle, plainTariff(pricesOf('0.95', '0.16', '4'))))).toBe(
      256n,
    );
  });

  it('never buys more than the budget covers, nor one unit less', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 40n }),
        fc.bigInt({ min: 1n, max: 10n ** 30n }),
        (budget, cost) => {
          const units = unitsBudgetBuys(budget, cost) as bigint;
          expect(units * cost <= budget && budget < (units + 1n) * cost).toBe(true);
        },
      ),
    );
  });
});

describe('budget standing', () => {
  // Rule: monthly cost − budget; over when positive, under when negative.
  it.each([
    { monthly: 120.75, budget: 100, status: 'over', text: '$20.75 over budget' },
    { monthly: 57.55, budget: 100, status: 'under', text: '$42.45 under budget' },
    { monthly: 100, budget: 100, status: 'on-budget', text: 'On budget' },
    { monthly: 100.005, budget: 100, status: 'over', text: '$0.00500 over budget' },
  ])('$monthly against $budget: $text', ({ monthly, budget, status, text }) => {
    const standing = compareWithBudget(dollars(monthly), dollars(budget));
    expect(standing.status).toBe(status);
    expect(standing.difference).toBe(dollars(monthly) - dollars(budget));
    expect(describeBudgetStanding(standing)).toBe(text);
  });
});

describe('typing a budget', () => {
  it('reads dollars and cents exactly', () => {
    expect(budgetFromUsd(0.29)).toBe(29n * UNITS_PER_CENT);
    expect(budgetFromUsd(1_000_000_000_000)).toBe(100_000_000_000_000n * UNITS_PER_CENT);
  });
});
