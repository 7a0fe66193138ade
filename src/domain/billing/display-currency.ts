/**
 * The display currency: figures may be shown in another currency at an exchange rate the user types
 * (units per US dollar, at most 6 decimals) with its date; USD is the default. Minor units follow the
 * currency (2 for EUR and CNY, 0 for JPY).
 *
 * Exactness: fee and tax are hundredths of a percent (÷10^4 each) and the exchange rate is in
 * millionths (÷10^6), so every amount in the display currency is an exact integer in units of Money ÷
 * 10^14 (DisplayAmount). Rounding happens once, for display, to the minor unit. The scale never leaves
 * billing/: other folders get the written text (and an exact sort key).
 */
import { writeFixed } from '../money/format-money';
import { WHOLE } from '../money/hundredths';
import { type Money, roundToStep, UNITS_PER_DOLLAR } from '../money/money';

export interface DisplayCurrency {
  /** ISO 4217 code: "USD", "CNY", "EUR". */
  readonly code: string;
  /** Units of this currency per US dollar, in millionths: 7.1 → 7_100_000n. USD is 1_000_000n. */
  readonly microPerUsd: bigint;
  /** The rate as typed, canonical ("7.1"); null for USD. */
  readonly perUsd: string | null;
  /** When the rate was taken (YYYY-MM-DD, YYYY-MM or YYYY); null for USD or when not given. */
  readonly date: string | null;
  readonly fractionDigits: number;
}

export const USD: DisplayCurrency = {
  code: 'USD',
  microPerUsd: 1_000_000n,
  perUsd: null,
  date: null,
  fractionDigits: 2,
};

/** Display-currency amount, exact: Money units × rate ÷ 10^6 × fee and tax factors, over DISPLAY_SCALE. */
export type DisplayAmount = bigint;
/** 10^4 (fee) × 10^4 (tax) × 10^6 (exchange rate). */
export const DISPLAY_SCALE = 10n ** 14n;

/** Minor-unit digits of an ISO 4217 currency (2 when unknown). */
export function fractionDigitsOf(code: string): number {
  try {
    const digits = new Intl.NumberFormat('en-US', { style: 'currency', currency: code }).resolvedOptions()
      .maximumFractionDigits;
    return typeof digits === 'number' && digits >= 0 && digits <= 4 ? digits : 2;
  } catch {
    return 2;
  }
}

/** A USD amount in the display currency, exact, without fee or tax. */
export function toDisplayCurrency(usd: Money, currency: DisplayCurrency): DisplayAmount {
  return usd * WHOLE * WHOLE * currency.microPerUsd;
}

/** The size of one minor unit (a cent) of the display currency, in DisplayAmount units. */
export function minorUnitStep(currency: DisplayCurrency): bigint {
  return (UNITS_PER_DOLLAR / 10n ** BigInt(currency.fractionDigits)) * DISPLAY_SCALE;
}

/** Whole minor units as text: "$1,234.56" for USD, "CNY 1,234.56", "JPY 1,235". */
export function formatMinorUnits(minor: bigint, currency: DisplayCurrency): string {
  const number = writeFixed(minor, currency.fractionDigits);
  return currency.code === 'USD' ? number.replace(/^(-?)/, '$1$') : `${currency.code} ${number}`;
}

/** An exact display amount as a plain number for files, rounded as on screen: "2.15", "1235" for JPY. */
export function plainScaled(amount: DisplayAmount, currency: DisplayCurrency): string {
  return writeFixed(roundToStep(amount, minorUnitStep(currency)), currency.fractionDigits, false);
}

/**
 * Minor units shown for the exact amount they were rounded (or allocated) from: an amount that is more
 * than nothing but shows as none reads "< $0.01" ("< CNY 0.01", "< JPY 1").
 */
export function formatMinorUnitsOf(minor: bigint, exact: DisplayAmount, currency: DisplayCurrency): string {
  return minor === 0n && exact > 0n
    ? `< ${formatMinorUnits(1n, currency)}`
    : formatMinorUnits(minor, currency);
}

/** An exact display amount rounded to the minor unit (half up) and written; "< $0.01" when too small to show. */
export function formatScaled(amount: DisplayAmount, currency: DisplayCurrency): string {
  return formatMinorUnitsOf(roundToStep(amount, minorUnitStep(currency)), amount, currency);
}

/**
 * The currency line: "Figures in US dollars.", or in another currency at the rate typed and its date;
 * `typed` is whether the user chose a currency (USD stays until the rate is given).
 */
export function describeDisplayCurrency(currency: DisplayCurrency, typed: boolean): string {
  if (currency.code === 'USD') {
    return typed ? 'Figures stay in US dollars until the exchange rate is given.' : 'Figures in US dollars.';
  }
  const date = currency.date ? `, rate of ${currency.date}` : ', rate date not given';
  return `Figures in ${currency.code} at ${currency.perUsd} ${currency.code} per US dollar${date}.`;
}
