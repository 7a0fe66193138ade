import { describe, expect, it } from 'vitest';
import { parseExactDecimal, scaledIntegerToString, toScaledInteger } from './decimal';

describe('parseExactDecimal', () => {
  // Rule: a plain decimal is read exactly as units × 10^-scale, trailing zeros dropped; anything else is null.
  it.each([
    ['0.95', 95n, 2],
    ['4.00', 4n, 0],
    ['.5', 5n, 1],
    ['12', 12n, 0],
    ['0.083333', 83333n, 6],
    ['1.5e6', 1500000n, 0],
    ['2.5e-3', 25n, 4],
    ['-3', -3n, 0],
    ['  7  ', 7n, 0],
  ])('%s → %s × 10^-%s', (text, units, scale) => {
    expect(parseExactDecimal(text)).toEqual({ units, scale });
  });

  it.each(['', 'abc', '1.2.3', 'Infinity', 'NaN', '.', '1e', '--1', '0x10', '1,000'])(
    'refuses %j',
    (text) => {
      expect(parseExactDecimal(text)).toBeNull();
    },
  );
});

describe('toScaledInteger', () => {
  // Rule: converting to a coarser scale is refused (null) rather than rounded.
  it.each([
    ['0.95', 6, 950000n],
    ['0.5472', 6, 547200n],
    ['3', 2, 300n],
    ['0.1234567', 6, null],
    ['12.50', 1, 125n],
  ])('%s at scale %s → %s', (text, scale, expected) => {
    expect(toScaledInteger(parseExactDecimal(text)!, scale)).toBe(expected);
  });
});

describe('scaledIntegerToString', () => {
  it.each([
    [950000n, 6, '0.95'],
    [4000000n, 6, '4'],
    [547200n, 6, '0.5472'],
    [5n, 6, '0.000005'],
    [0n, 6, '0'],
    [-125n, 2, '-1.25'],
  ])('%s × 10^-%s → %s', (units, scale, expected) => {
    expect(scaledIntegerToString(units, scale)).toBe(expected);
  });
});
