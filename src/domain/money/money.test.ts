import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocateRounded,
  microDollarsToMoney,
  roundToStep,
  UNITS_PER_CENT,
  UNITS_PER_DOLLAR,
  UNITS_PER_MICRO_DOLLAR,
} from './money';

/** Exact money for a dollar amount with up to 6 decimals. */
const dollars = (value: number) => BigInt(Math.round(value * 1e6)) * 10n ** 18n;

describe('roundToStep to whole cents', () => {
  // Rule: half a cent and more rounds up, less rounds down.
  it.each([
    [0.004, 0n],
    [0.005, 1n],
    [1.994999, 199n],
    [1.995, 200n],
    [3.9, 390n],
  ])('$%s → %s cents', (amount, expected) => {
    expect(roundToStep(dollars(amount), UNITS_PER_CENT)).toBe(expected);
  });
});

describe('allocateRounded', () => {
  // Rule: the rounded parts add up to the rounded total; leftovers go to the largest remainders.
  it('gives the leftover cent to the part with the largest remainder', () => {
    // 0.333 + 0.333 + 0.334 = 1.00: floors 0.33 × 3 = 0.99, the last part (largest remainder) gets the cent.
    const parts = [dollars(0.333), dollars(0.333), dollars(0.334)];
    expect(allocateRounded(parts, UNITS_PER_CENT)).toEqual({ parts: [33n, 33n, 34n], total: 100n });
  });

  it('rounds each part independently when that already adds up', () => {
    expect(allocateRounded([dollars(1.9), dollars(2)], UNITS_PER_CENT)).toEqual({
      parts: [190n, 200n],
      total: 390n,
    });
  });

  it('breaks ties in favour of earlier parts', () => {
    const parts = [dollars(0.005), dollars(0.005)];
    expect(allocateRounded(parts, UNITS_PER_CENT)).toEqual({ parts: [1n, 0n], total: 1n });
  });

  it('always adds up, and no part moves by a whole step or more', () => {
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 30n }), { minLength: 1, maxLength: 6 }),
        (parts) => {
          const { parts: rounded, total } = allocateRounded(parts, UNITS_PER_CENT);
          expect(rounded.reduce((sum, part) => sum + part, 0n)).toBe(total);
          expect(total).toBe(
            roundToStep(
              parts.reduce((sum, part) => sum + part, 0n),
              UNITS_PER_CENT,
            ),
          );
          rounded.forEach((part, index) => {
            const exact = parts[index] as bigint;
            const difference = part * UNITS_PER_CENT - exact;
            expect(difference < UNITS_PER_CENT && difference > -UNITS_PER_CENT).toBe(true);
          });
        },
      ),
    );
  });
});

describe('micro-dollars', () => {
  // Rule: a million micro-dollars make a dollar, exactly.
  it.each([
    [0n, 0n],
    [1n, 10n ** 18n],
    [950_000n, 95n * 10n ** 22n],
    [1_000_000n, UNITS_PER_DOLLAR],
  ])('%s µ$ → %s Money units', (micros, money) => {
    expect(microDollarsToMoney(micros)).toBe(money);
  });

  it('are a millionth of a dollar', () => {
    expect(UNITS_PER_MICRO_DOLLAR * 1_000_000n).toBe(UNITS_PER_DOLLAR);
  });
});
