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

/** An amount rounded to the cent: "$3.90". */
export function formatUsd(amount: Money): string {
  return formatCents(roundToStep(amount, UNITS_PER_CENT));
}

/**
 * An amount that may be far below a cent (the cost of one request): cents when it is at least a
 * cent, otherwise enough decimals for `significantDigits` significant digits (at most 12 decimals).
 * 0 → "$0.00"; 0.0000039 → "$0.00000390".
 */
export function formatUsdFine(amount: Money, significantDigits = 3): string {
  const { units, decimals } = fineDigits(amount, significantDigits);
  return `$${writeFixed(units, decimals)}`;
}

/** The digits formatUsdFine writes: whole cents from a cent up, else `significantDigits` significant digits. */
function fineDigits(amount: Money, significantDigits: number): { units: bigint; decimals: number } {
  if (amount === 0n || amount >= UNITS_PER_CENT)
    return { units: roundToStep(amount, UNITS_PER_CENT), decimals: 2 };
  const leadingZeros = UNITS_PER_DOLLAR.toString().length - 1 - amount.toString().length;
  const decimals = Math.min(12, leadingZeros + significantDigits);
  return { units: roundToStep(amount, 10n ** BigInt(24 - decimals)), decimals };
}

/**
 * A unit cost (per conversation, task or user): cents from $1 up, otherwise 3 significant digits, so
 * $0.015025 reads "$0.0150" rather than "$0.02".
 */
export function formatUsdPerUnit(amount: Money): string {
  if (amount === 0n || amount >= UNITS_PER_DOLLAR) return formatUsd(amount);
  const leadingZeros = UNITS_PER_DOLLAR.toString().length - 1 - amount.toString().length;
  const decimals = Math.max(2, Math.min(12, leadingZeros + 3));
  return `$${writeFixed(roundToStep(amount, 10n ** BigInt(24 - decimals)), decimals)}`;
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
  usdFine: (amount: Money, significantDigits = 3): string => {
    const { units, decimals } = fineDigits(amount, significantDigits);
    return writeFixed(units, decimals, false);
  },
  pricePerMillion: (microDollars: bigint): string => writePrice(microDollars, false),
  usdPerMillion: (amount: Money): string => writePrice(roundToStep(amount, UNITS_PER_MICRO_DOLLAR), false),
  usdPerMillionRatio: (numerator: bigint, denominator: bigint): string =>
    writePrice(divideRounded(numerator, denominator * UNITS_PER_MICRO_DOLLAR), false),
  times: (numerator: bigint, denominator: bigint): string =>
    writeFixed(divideRounded(numerator * 100n, denominator), 2, false),
} as const;
