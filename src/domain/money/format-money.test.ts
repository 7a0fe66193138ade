import { describe, expect, it } from 'vitest';
import {
  formatCents,
  formatCentsOf,
  formatPricePerMillion,
  formatSigned,
  formatUsd,
  formatUsdExact,
  formatUsdFine,
  formatUsdPerUnit,
  plainNumber,
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

  // Rule: whole bills are rounded half up to the cent, exactly, whatever their size; an amount that is
  // not zero but rounds to nothing reads "< $0.01", and only nothing at all reads "$0.00".
  it.each([
    ['3.9', '$3.90'],
    ['0.004999', '< $0.01'],
    ['0.000000000000000000000001', '< $0.01'],
    ['0', '$0.00'],
    ['0.005', '$0.01'],
    ['14.8851', '$14.89'],
    ['99999999999999999999.995', '$100,000,000,000,000,000,000.00'],
  ])('formatUsd(%s) → %s', (amount, expected) => {
    expect(formatUsd(dollars(amount))).toBe(expected);
  });

  // Rule: cents allocated from an exact amount read "< $0.01" when they are none but the amount is not.
  it.each([
    [0n, '0', '$0.00'],
    [0n, '0.003', '< $0.01'],
    [1n, '0.003', '$0.01'],
    [1488n, '14.8851', '$14.88'],
  ])('formatCentsOf(%s cents, exact %s) → %s', (cents, exact, expected) => {
    expect(formatCentsOf(cents, dollars(exact))).toBe(expected);
  });

  // Rule (a budget's distance): cents from a cent up; below, three significant digits rounded half up
  // (at most 12 decimals; a carry into a new digit drops a decimal); too small for 12 decimals reads
  // "< $0.000000000001".
  it.each([
    ['0.0039', '$0.00390'],
    ['0.00000475', '$0.00000475'],
    ['0.000001234567', '$0.00000123'],
    ['0.00999951', '$0.0100'],
    ['0.012345', '$0.01'],
    ['0', '$0.00'],
    ['0.0000000000001', '< $0.000000000001'],
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
  // Rule (cost per request, conversation, task, user; a request log's cost): cents from $1 up; below $1,
  // three significant digits rounded half up from the exact amount (at least 2 decimals), so a cent or
  // more keeps its third digit; a carry into a new digit drops a decimal ($0.9996 → $1.00); nothing is
  // "$0.00" and an amount too small for 12 decimals reads "< $0.000000000001".
  it.each([
    ['0', '$0.00'],
    ['0.0119', '$0.0119'],
    ['0.0039', '$0.00390'],
    ['0.0163', '$0.0163'],
    ['0.01499', '$0.0150'],
    ['0.015025', '$0.0150'],
    ['0.002245', '$0.00225'],
    ['0.0022449999', '$0.00224'],
    ['0.123456', '$0.123'],
    ['0.1235', '$0.124'],
    ['0.99949', '$0.999'],
    ['0.9995', '$1.00'],
    ['0.0099996', '$0.0100'],
    ['1.234567', '$1.23'],
    ['1234.565', '$1,234.57'],
    ['0.000000000000499', '< $0.000000000001'],
    ['0.0000000000005', '$0.000000000001'],
  ])('%s → %s', (amount, text) => expect(formatUsdPerUnit(dollars(amount))).toBe(text));

  // Rule: the file's plain number is the screen's, without sign or grouping.
  it.each([
    ['0.0119', '0.0119'],
    ['0.9995', '1.00'],
    ['1234.565', '1234.57'],
  ])('plain %s → %s', (amount, text) => expect(plainNumber.usdPerUnit(dollars(amount))).toBe(text));
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

describe('formatUsdExact', () => {
  // Rule: every digit of the exact amount, trailing zeros dropped down to cents; nothing rounded.
  it.each([
    ['0', '$0.00'],
    ['3.9', '$3.90'],
    ['14.8851', '$14.8851'],
    ['0.0119', '$0.0119'],
    ['83200000000000', '$83,200,000,000,000.00'],
    ['0.000000000000000000000001', '$0.000000000000000000000001'],
  ])('%s → %s', (amount, text) => expect(formatUsdExact(dollars(amount))).toBe(text));
});
