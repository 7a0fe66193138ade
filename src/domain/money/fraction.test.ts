import { describe, expect, it } from 'vitest';
import { compareFractions, fraction } from './fraction';

describe('fractions', () => {
  // Rule: a fraction is reduced to lowest terms, with a positive denominator.
  it.each([
    [6n, 4n, 3n, 2n],
    [6n, -4n, -3n, 2n],
    [0n, -5n, 0n, 1n],
  ])('fraction(%s, %s) = %s/%s', (n, d, num, den) =>
    expect(fraction(n, d)).toEqual({ numerator: num, denominator: den }),
  );

  // Rule: fractions compare by their exact values, whatever their terms.
  it.each([
    [1n, 3n, 1n, 2n, -1],
    [2n, 4n, 1n, 2n, 0],
    [5n, 7n, 2n, 3n, 1],
    [-1n, 2n, 0n, 1n, -1],
  ])('%s/%s against %s/%s is %s', (an, ad, bn, bd, order) => {
    expect(compareFractions({ numerator: an, denominator: ad }, { numerator: bn, denominator: bd })).toBe(
      order,
    );
  });
});
