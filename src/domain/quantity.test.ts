import { describe, expect, it } from 'vitest';
import { readQuantity } from './quantity';

const WHOLE = { min: 0, max: 1_000_000_000_000, maxDecimals: 0 };
const PERCENT = { min: 0, max: 100, maxDecimals: 2 };

describe('readQuantity', () => {
  // Rule: people's ways of writing numbers are accepted.
  it.each([
    ['1000', 1000],
    ['1,000', 1000],
    ['1 000 000', 1_000_000],
    ['1_000', 1000],
    ['2.5k', 2500],
    ['1.5M', 1_500_000],
    ['2bn', 2_000_000_000],
    ['1T', 1_000_000_000_000],
    ['1e6', 1_000_000],
    ['  42 ', 42],
    ['0', 0],
  ])('%j → %s', (text, value) => {
    expect(readQuantity(text, WHOLE)).toMatchObject({ ok: true, value });
  });

  it.each([
    ['12.5%', 12.5],
    ['33.33', 33.33],
    ['100', 100],
  ])('percent %j → %s', (text, value) => {
    expect(readQuantity(text, PERCENT)).toMatchObject({ ok: true, value });
  });

  // Rule: anything else is refused with a message that says why.
  it.each([
    ['', 'Enter a number.'],
    ['abc', 'is not a number'],
    ['-5', 'Must be 0 or more.'],
    ['1.5', 'Use a whole number.'],
    ['2000000000000', 'Must be at most 1,000,000,000,000.'],
    ['1e999', 'Must be at most'],
    ['NaN', 'is not a number'],
    ['Infinity', 'is not a number'],
    ['1e3k', 'is not a number'],
    ['<script>', 'is not a number'],
    ['9'.repeat(100), 'too long'],
  ])('refuses %j', (text, message) => {
    const reading = readQuantity(text, WHOLE);
    expect(reading.ok).toBe(false);
    expect(reading.ok ? '' : reading.message).toContain(message);
  });

  it('refuses a percentage above 100 or with 3 decimals', () => {
    expect(readQuantity('100.01', PERCENT)).toMatchObject({ ok: false, message: 'Must be at most 100.' });
    expect(readQuantity('12.345', PERCENT)).toMatchObject({
      ok: false,
      message: 'Use at most 2 decimal places.',
    });
  });
});
