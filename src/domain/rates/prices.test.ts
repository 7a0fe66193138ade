import { describe, expect, it } from 'vitest';
import { priceToText, stepPrice } from './prices';

describe('stepPrice', () => {
  // Rule: an arrow key moves a price by exactly one cent (ten with Shift), never below $0 or above $10,000.
  it.each([
    ['0.95', 1, false, '0.96'],
    ['0.95', -1, true, '0.85'],
    ['0.004', -1, false, '0'],
    [null, 1, false, '0.01'],
    ['10000', 1, true, '10000'],
    ['0.1', 1, false, '0.11'],
  ] as const)('%s stepped %s (large %s) is %s', (price, direction, large, expected) => {
    expect(priceToText(stepPrice(price, direction, large))).toBe(expected);
  });
});
