/**
 * Every amount shown to a user is written here, from exact integers: rounding happens once, at
 * display time, and no float ever touches a figure.
 */

import { groupDigits } from './format-number';
import {
  divideRounded,
  type Money,
  roundToStep,
  UNITS_PER_CENT,
  UNITS_PER_DOLLAR,
  UNITS_PER_MICRO_DOLLAR,
} from './money';

/**
 * Writes units × 10^-decimals with exactly `decimals` fraction digits, the whole digits grouped for
 * the screen ("1,234.50") or plain for files ("1234.50").
 */
export function writeFixed(units: bigint, decimals: number, grouped = true): string {
  const negative = units < 0n;
  const magnitude = negative ? -units : units;
  const divisor = 10n ** BigInt(decimals);
  const whole = grouped ? groupDigits(magnitude / divisor) : (magnitude / divisor).toString();
  const fraction = decimals > 0 ? `.${(magnitude % divisor).toString().padStart(decimals, '0')}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** A whole number of cents as dollars: 390n → "$3.90". */
export function formatCents(cents: bigint): string {
  return `$${writeFixed(cents, 2)}`;
}

/**
 * A whole bill (monthly, yearly, a line) rounded half up to the cent: "$3.90". An amount that is not
 * zero but rounds to nothing reads "< $0.01", so a bill that costs something never shows "$0.00".
 */
export function formatUsd(amount: Money): string {
  return formatCentsOf(roundToStep(amount, UNITS_PER_CENT), amount);
}

/**
 * Cents shown for an exact amount they were rounded (or allocated) from: "< $0.01" when the cents are
 * none but the amount is more than nothing, else formatCents.
 */
export function formatCentsOf(cents: bigint, exact: Money): string {
  return cents === 0n && exact > 0n ? '< $0.01' : formatCents(cents);
}

/** The most decimals a fine amount is written with; anything smaller reads "< $0.000000000001". */
const MAX_FINE_DECIMALS = 12;
const TOO_SMALL = `< $${writeFixed(1n, MAX_FINE_DECIMALS)}`;

/**
 * `significant` significant digits of a positive amount below $1, rounded half up, with at least
 * `minDecimals` and at most MAX_FINE_DECIMALS decimals. When rounding carries into a new digit
 * ($0.0099996 → $0.0100) one decimal less is written, so there are never more significant digits.
 */
function significantDigits(amount: Money, significant: number, minDecimals: number) {
  const leadingZeros = UNITS_PER_DOLLAR.toString().length - 1 - amount.toString().length;
  const clamp = (decimals: number) => Math.max(minDecimals, Math.min(MAX_FINE_DECIMALS, decimals));
  let decimals = clamp(leadingZeros + significant);
  let units = roundToStep(amount, 10n ** BigInt(24 - decimals));
  if (units >= 10n ** BigInt(significant) && clamp(decimals - 1) < decimals) {
    decimals -= 1;
    units = roundToStep(amount, 10n ** BigInt(24 - decimals));
  }
  return { units, decimals };
}

/**
 * An amount that may be far below a cent (a budget's distance): cents when it is at least a cent,
 * otherwise enough decimals for `significant` significant digits (at most 12 decimals, anything
 * smaller reads "< $0.000000000001"). 0 → "$0.00"; 0.0000039 → "$0.00000390".
 */
export function formatUsdFine(amount: Money, significant = 3): string {
  const { units, decimals } = fineDigits(amount, significant);
  if (units === 0n && amount > 0n) return TOO_SMALL;
  return `$${writeFixed(units, decimals)}`;
}

/** The digits formatUsdFine writes: whole cents from a cent up, else `significant` significant digits. */
function fineDigits(amount: Money, significant: number): { units: bigint; decimals: number } {
  if (amount === 0n || amount >= UNITS_PER_CENT)
    return { units: roundToStep(amount, UNITS_PER_CENT), decimals: 2 };
  return significantDigits(amount, significant, 2);
}

/** The digits formatUsdPerUnit writes: cents from $1 up (and for nothing), else 3 significant digits. */
function unitCostDigits(amount: Money): { units: bigint; decimals: number } {
  const cents = { units: roundToStep(amount, UNITS_PER_CENT), decimals: 2 };
  if (amount <= 0n || amount >= UNITS_PER_DOLLAR) return cents;
  const fine = significantDigits(amount, 3, 2);
  // $0.9996 rounds to a whole dollar: from there on it is cents.
  return fine.units >= 10n ** BigInt(fine.decimals) ? cents : fine;
}

/**
 * A unit cost (per request, conversation, task or user, and what a request log costs): cents from $1
 * up, otherwise 3 significant digits rounded half up, so $0.0119 reads "$0.0119" rather than "$0.01".
 * An amount too small for 12 decimals reads "< $0.000000000001"; nothing is "$0.00".
 */
export function formatUsdPerUnit(amount: Money): string {
  const { units, decimals } = unitCostDigits(amount);
  if (units === 0n && amount > 0n) return TOO_SMALL;
  return `$${writeFixed(units, decimals)}`;
}

/**
 * An amount exactly, every digit it has (Money is 10^-24 $), trailing zeros dropped down to cents:
 * "$14.8851", "$3.90", "$0.000000000000000000000001". Nothing is rounded.
 */
export function formatUsdExact(amount: Money): string {
  let decimals = 24;
  let units = amount;
  while (decimals > 2 && units % 10n === 0n) {
    units /= 10n;
    decimals -= 1;
  }
  return `${units < 0n ? '-' : ''}$${writeFixed(units < 0n ? -units : units, decimals)}`;
}

/** A price in micro-dollars per 1M tokens, with at least 2 and at most 6 decimals: "$0.95", "$0.5472". */
export function formatPricePerMillion(microDollars: bigint): string {
  return `$${writePrice(microDollars, true)}`;
}

/** Micro-dollars with at least 2 and at most 6 decimals, trailing zeros dropped. */
function writePrice(microDollars: bigint, grouped: boolean): string {
  let decimals = 6;
  let units = microDollars;
  while (decimals > 2 && units % 10n === 0n) {
    units /= 10n;
    decimals -= 1;
  }
  return writeFixed(units, decimals, grouped);
}

/**
 * A signed amount with a true minus sign: "+$0.78", "−$0.78", and "$0.00" for none. `formatMagnitude`
 * writes the amount without its sign: formatCents for whole cents, formatUsdFine for Money.
 */
export function formatSigned(amount: bigint, formatMagnitude: (magnitude: bigint) => string): string {
  if (amount === 0n) return '$0.00';
  return amount > 0n ? `+${formatMagnitude(amount)}` : `−${formatMagnitude(-amount)}`;
}

/** An exact amount per 1M tokens, to the micro-dollar: "$1.7125". */
export function formatUsdPerMillion(amount: Money): string {
  return formatPricePerMillion(roundToStep(amount, UNITS_PER_MICRO_DOLLAR));
}

/** An exact fraction of money per 1M tokens (numerator in Money units): "$2.56". */
export function formatUsdPerMillionRatio(numerator: bigint, denominator: bigint): string {
  return formatPricePerMillion(divideRounded(numerator, denominator * UNITS_PER_MICRO_DOLLAR));
}

/** A multiple with two decimals: 3/2 → "1.50×". */
export function formatTimes(numerator: bigint, denominator: bigint): string {
  return `${writeFixed(divideRounded(numerator * 100n, denominator), 2)}×`;
}

/**
 * The same figures as plain numbers, for files a spreadsheet or a CSV parser reads: no currency sign,
 * no grouping, no "×"; the unit goes in the column's header. Rounding is exactly the screen's, so a file
 * and the page agree to the cent: $2,873.40 → "2873.40", $0.00390 → "0.00390", 1.50× → "1.50".
 */
export const plainNumber = {
  cents: (cents: bigint): string => writeFixed(cents, 2, false),
  usd: (amount: Money): string => writeFixed(roundToStep(amount, UNITS_PER_CENT), 2, false),
  usdFine: (amount: Money, significant = 3): string => {
    const { units, decimals } = fineDigits(amount, significant);
    return writeFixed(units, decimals, false);
  },
  /** A unit cost as formatUsdPerUnit rounds it; too small for 12 decimals is "0.000000000000". */
  usdPerUnit: (amount: Money): string => {
    const { units, decimals } = unitCostDigits(amount);
    return writeFixed(units, decimals, false);
  },
  pricePerMillion: (microDollars: bigint): string => writePrice(microDollars, false),
  usdPerMillion: (amount: Money): string => writePrice(roundToStep(amount, UNITS_PER_MICRO_DOLLAR), false),
  usdPerMillionRatio: (numerator: bigint, denominator: bigint): string =>
    writePrice(divideRounded(numerator, denominator * UNITS_PER_MICRO_DOLLAR), false),
  times: (numerator: bigint, denominator: bigint): string =>
    writeFixed(divideRounded(numerator * 100n, denominator), 2, false),
} as const;
