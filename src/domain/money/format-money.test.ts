import { describe, expect, it } from 'vitest';
import {
  formatCents,
  formatPricePerMillion,
  formatSigned,
  formatUsd,
  formatUsdFine,
  formatUsdPerUnit,
} from './format-money';
import { UNITS_PER_DOLLAR } from './money';

const dollars = (text: string) => {
  const [whole = '0', fraction = ''] = text.split('.');
  return BigInt(whole + fraction.padEnd(24, '0'));
};

describe('money formatting', () => {
  it.each([
    [0n, '$0.00'],
    [390n, '$3.90'],
    [123456789n, '$1,234,567.89'],
  ])('formatCents(%s) → %s', (cents, expected) => {
    expect(formatCents(cents)).toBe(expected);
  });

  // Rule: amounts are rounded half up to the cent, exactly, whatever their size.
  it.each([
    ['3.9', '$3.90'],
    ['0.004999', '$0.00'],
    ['0.005', '$0.01'],
    ['99999999999999999999.995', '$100,000,000,000,000,000,000.00'],
  ])('formatUsd(%s) → %s', (amount, expected) => {
    expect(formatUsd(dollars(amount))).toBe(expected);
  });

  // Rule: below a cent, show three significant digits (at most 12 decimals).
  it.each([
    ['0.0039', '$0.00390'],
    ['0.00000475', '$0.00000475'],
    ['0.000001234567', '$0.00000123'],
    ['0.012345', '$0.01'],
    ['0', '$0.00'],
    ['0.0000000000001', '$0.000000000000'],
  ])('formatUsdFine(%s) → %s', (amount, expected) => {
    expect(formatUsdFine(dollars(amount))).toBe(expected);
  });

  it('never shows a float artefact for prices', () => {
    expect(formatPricePerMillion(950000n)).toBe('$0.95');
    expect(formatPricePerMillion(4000000n)).toBe('$4.00');
    expect(formatPricePerMillion(547200n)).toBe('$0.5472');
    expect(formatPricePerMillion(83333n)).toBe('$0.083333');
    expect(formatPricePerMillion(0n)).toBe('$0.00');
  });

  it('has a dollar at the right scale', () => {
    expect(formatUsd(UNITS_PER_DOLLAR)).toBe('$1.00');
  });
});

describe('formatUsdPerUnit', () => {
  // Rule: cents from $1 up; below, three significant digits (at least 2 decimals).
  it.each([
    [0n, '$0.00'],
    [15_025n * 10n ** 18n, '$0.0150'],
    [2_245n * 10n ** 18n, '$0.00225'],
    [123_456n * 10n ** 18n, '$0.123'],
    [1_234_567n * 10n ** 18n, '$1.23'],
  ])('%s → %s', (amount, text) => expect(formatUsdPerUnit(amount)).toBe(text));
});

describe('formatSigned', () => {
  // Rule: a change carries its sign, with a true minus sign; no change is "$0.00".
  it.each([
    [78n, '+$0.78'],
    [-78n, '−$0.78'],
    [0n, '$0.00'],
    [-123456n, '−$1,234.56'],
  ])('%s cents → %s', (cents, text) => expect(formatSigned(cents, formatCents)).toBe(text));

  // Rule: amounts below a cent keep their fine digits.
  it.each([
    [0n, '$0.00'],
    [46n * 10n ** 16n, '+$0.000000460'],
    [-(10n ** 24n) * 3n, '−$3.00'],
  ])('%s Money units → %s', (amount, text) => expect(formatSigned(amount, formatUsdFine)).toBe(text));
});
