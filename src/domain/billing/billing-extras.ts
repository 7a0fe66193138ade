/**
 * Billing extras, the hidden costs around list prices. The rules, in words:
 * - Platform fee: a percentage per provider (a routing layer's credit-purchase fee), applied once to
 *   the usage cost of that provider's routes and to no other route.
 * - Tax: a percentage, on or off, charged on usage plus platform fee (what the provider invoices).
 * - Currency: figures may be shown in another currency at an exchange rate the user types (units per
 *   US dollar, at most 6 decimals) with its date; USD is the default. Minor units follow the currency
 *   (2 for EUR and CNY, 0 for JPY). The rate's date is a real calendar date (YYYY-MM-DD, or YYYY-MM).
 * - Minimum recharge: a provider's minimum top-up in USD; one top-up covers recharge ÷ monthly bill
 *   (platform fee and tax included) months, shown in tenths rounded down, so it never overstates.
 * - Promotional credit: a one-time voucher in USD, shown on its own line. The steady-state monthly
 *   cost excludes it; only when the user asks is it taken off the headline figure (never below 0).
 *
 * - Fields are read as people type them, in their locale ("5,5" is 5.5, see quantity.ts), and kept in
 *   plain notation; a field the user is still correcting keeps its last valid value (the interface
 *   holds the draft), so its line stays.
 *
 * Exactness: usage costs are exact Money (10^-24 $). Fee and tax are hundredths of a percent (÷10^4
 * each) and the exchange rate is in millionths (÷10^6), so every amount here is an exact integer in
 * units of Money ÷ 10^14 of the display currency (ScaledAmount). Rounding happens once, for display,
 * with the money helpers: lines by the largest-remainder rule, so the lines shown add up to the
 * total shown, to the minor unit.
 */
import { readCalendarDate } from '../calendar-date';
import { scaledIntegerToString } from '../money/decimal';
import { formatPercent, groupDigits } from '../money/format-number';
import { WHOLE } from '../money/hundredths';
import {
  allocateRounded,
  type Money,
  microDollarsToMoney,
  roundToStep,
  UNITS_PER_DOLLAR,
} from '../money/money';
import { type QuantityRange, readQuantity } from '../money/quantity';

/** What the user typed; texts are validated by readBillingExtras. */
export interface BillingExtrasInput {
  /** Platform fee in percent per provider name (Route.providerName), e.g. { OpenRouter: '5.5' }. */
  readonly platformFeePercent: Readonly<Record<string, string>>;
  readonly taxEnabled: boolean;
  readonly taxPercent: string;
  /** null: figures in US dollars. */
  readonly currency: { readonly code: string; readonly perUsd: string; readonly date: string } | null;
  /** Minimum top-up in USD per provider name. */
  readonly minimumRechargeUsd: Readonly<Record<string, string>>;
  /** A one-time voucher in USD ('' for none). */
  readonly promotionalCreditUsd: string;
  readonly includePromotionalCredit: boolean;
}

export const DEFAULT_BILLING_EXTRAS_INPUT: BillingExtrasInput = {
  platformFeePercent: {},
  taxEnabled: false,
  taxPercent: '',
  currency: null,
  minimumRechargeUsd: {},
  promotionalCreditUsd: '',
  includePromotionalCredit: false,
};

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

/** The validated extras the engine uses. */
export interface BillingExtras {
  /** Hundredths of a percent per provider name: 5.5 % → 550n. */
  readonly platformFees: ReadonlyMap<string, bigint>;
  /** Hundredths of a percent; 0n when tax is off. */
  readonly taxHundredths: bigint;
  readonly currency: DisplayCurrency;
  readonly minimumRecharge: ReadonlyMap<string, Money>;
  readonly promotionalCredit: Money;
  readonly includePromotionalCredit: boolean;
}

export interface ExtrasProblem {
  /** "platformFee:<provider>", "tax", "currency", "exchangeRate", "rateDate", "recharge:<provider>", "credit". */
  readonly field: string;
  readonly message: string;
}

/** Display-currency amount, exact: Money units × rate ÷ 10^6 × fee and tax factors, over EXTRAS_SCALE. */
export type ScaledAmount = bigint;
/** 10^4 (fee) × 10^4 (tax) × 10^6 (exchange rate). */
export const EXTRAS_SCALE = 10n ** 14n;

const PERCENT_RANGE: QuantityRange = { min: 0, max: 100, maxDecimals: 2 };
const RATE_RANGE: QuantityRange = { min: 0.000001, max: 10_000_000, maxDecimals: 6 };
const USD_RANGE: QuantityRange = { min: 0, max: 1_000_000_000, maxDecimals: 6 };
const MAX_PROVIDERS = 1_000;

/** An exact decimal text scaled to an integer (readQuantity has checked range and decimals). */
function readScaled(
  text: string,
  range: QuantityRange,
  locale: string | null = null,
): { value: bigint; note: string | null } | { message: string } {
  const reading = readQuantity(text, range, locale);
  if (!reading.ok) return { message: reading.message };
  const { units, scale } = reading.exact;
  return { value: units * 10n ** BigInt(range.maxDecimals - scale), note: reading.note };
}

/** The kinds of field the extras have: fee and tax, exchange rate, USD amounts, the rate's date. */
export type ExtrasFieldKind = 'percent' | 'exchangeRate' | 'usd' | 'rateDate';

const FIELD_RANGES: Record<Exclude<ExtrasFieldKind, 'rateDate'>, QuantityRange> = {
  percent: PERCENT_RANGE,
  exchangeRate: RATE_RANGE,
  usd: USD_RANGE,
};

export type ExtrasFieldReading =
  | {
      readonly ok: true;
      /** The value in plain notation, as the scenario keeps it ("5.5", "2026-09-01"); '' when empty. */
      readonly text: string;
      /** How a reinterpreted number was read ("Read as 5.5"), else null. */
      readonly note: string | null;
    }
  | { readonly ok: false; readonly message: string };

/**
 * Reads one extras field as the user types it, in their locale (see quantity.ts): the plain text to
 * keep, or why it is refused. Empty means none (an empty exchange rate or date is asked for later,
 * by readBillingExtras). The scenario only ever keeps plain texts, so links stay locale-free.
 */
export function readExtrasField(
  kind: ExtrasFieldKind,
  text: string,
  locale: string | null,
): ExtrasFieldReading {
  if (text.trim() === '') return { ok: true, text: '', note: null };
  if (kind === 'rateDate') {
    const reading = readCalendarDate(text, { allowPartial: true });
    return reading.ok ? { ok: true, text: reading.date, note: null } : reading;
  }
  const range = FIELD_RANGES[kind];
  const result = readScaled(text, range, locale);
  if ('message' in result) return { ok: false, message: result.message };
  return { ok: true, text: scaledIntegerToString(result.value, range.maxDecimals), note: result.note };
}

function fractionDigitsOf(code: string): number {
  try {
    const digits = new Intl.NumberFormat('en-US', { style: 'currency', currency: code }).resolvedOptions()
      .maximumFractionDigits;
    return typeof digits === 'number' && digits >= 0 && digits <= 4 ? digits : 2;
  } catch {
    return 2;
  }
}

/** Validates what the user typed. Unreadable fields are left out (fee 0, no conversion, …) and reported. */
export function readBillingExtras(input: BillingExtrasInput): {
  extras: BillingExtras;
  problems: ExtrasProblem[];
} {
  const problems: ExtrasProblem[] = [];
  const read = (field: string, text: string, range: QuantityRange): bigint | null => {
    if (typeof text !== 'string' || text.trim() === '') return null;
    const result = readScaled(text, range);
    if ('value' in result) return result.value;
    problems.push({ field, message: result.message });
    return null;
  };
  const perProvider = (prefix: string, texts: Readonly<Record<string, string>>, range: QuantityRange) => {
    const values = new Map<string, bigint>();
    for (const [provider, text] of Object.entries(texts).slice(0, MAX_PROVIDERS)) {
      const value = read(`${prefix}:${provider}`, text, range);
      if (value !== null && value > 0n) values.set(provider, value);
    }
    return values;
  };

  const taxHundredths = input.taxEnabled ? (read('tax', input.taxPercent, PERCENT_RANGE) ?? 0n) : 0n;
  let currency = USD;
  // A currency of USD is the default whatever its rate: dollars per dollar is 1.
  const code = input.currency?.code.trim().toUpperCase() ?? 'USD';
  if (input.currency !== null && code !== 'USD') {
    const rate = read('exchangeRate', input.currency.perUsd, RATE_RANGE);
    if (!/^[A-Z]{3}$/.test(code)) {
      problems.push({ field: 'currency', message: 'Use a three-letter currency code, e.g. EUR or CNY.' });
    } else if (rate === null) {
      if (input.currency.perUsd.trim() === '')
        problems.push({ field: 'exchangeRate', message: `Enter how many ${code} one US dollar buys.` });
    } else {
      const date = readCalendarDate(input.currency.date, { allowPartial: true });
      if (!date.ok) {
        const message =
          input.currency.date.trim() === '' ? 'Give the date of the rate as YYYY-MM-DD.' : date.message;
        problems.push({ field: 'rateDate', message });
      }
      currency = {
        code,
        microPerUsd: rate,
        perUsd: scaledIntegerToString(rate, 6),
        date: date.ok ? date.date : null,
        fractionDigits: fractionDigitsOf(code),
      };
    }
  }
  const recharge = perProvider('recharge', input.minimumRechargeUsd, USD_RANGE);
  return {
    extras: {
      platformFees: perProvider('platformFee', input.platformFeePercent, PERCENT_RANGE),
      taxHundredths,
      currency,
      minimumRecharge: new Map(
        [...recharge].map(([provider, micros]) => [provider, microDollarsToMoney(micros)]),
      ),
      promotionalCredit: microDollarsToMoney(read('credit', input.promotionalCreditUsd, USD_RANGE) ?? 0n),
      includePromotionalCredit: input.includePromotionalCredit,
    },
    problems,
  };
}

/** A USD amount in the display currency, exact, without fee or tax. */
export function toDisplayCurrency(usd: Money, currency: DisplayCurrency): ScaledAmount {
  return usd * WHOLE * WHOLE * currency.microPerUsd;
}

/** The size of one minor unit (a cent) of the display currency, in ScaledAmount units. */
export function minorUnitStep(currency: DisplayCurrency): bigint {
  return (UNITS_PER_DOLLAR / 10n ** BigInt(currency.fractionDigits)) * EXTRAS_SCALE;
}

/** Whole minor units as text: "$1,234.56" for USD, "CNY 1,234.56", "JPY 1,235". */
export function formatMinorUnits(minor: bigint, currency: DisplayCurrency): string {
  const number = writeMinorUnits(minor, currency, true);
  return currency.code === 'USD' ? number.replace(/^(-?)/, '$1$') : `${currency.code} ${number}`;
}

function writeMinorUnits(minor: bigint, currency: DisplayCurrency, grouped: boolean): string {
  const digits = currency.fractionDigits;
  const divisor = 10n ** BigInt(digits);
  const magnitude = minor < 0n ? -minor : minor;
  const fraction = digits > 0 ? `.${(magnitude % divisor).toString().padStart(digits, '0')}` : '';
  const whole = grouped ? groupDigits(magnitude / divisor) : (magnitude / divisor).toString();
  return `${minor < 0n ? '-' : ''}${whole}${fraction}`;
}

/** An exact display amount as a plain number for files, rounded as on screen: "2.15", "1235" for JPY. */
export function plainScaled(amount: ScaledAmount, currency: DisplayCurrency): string {
  return writeMinorUnits(roundToStep(amount, minorUnitStep(currency)), currency, false);
}

/** An exact display amount rounded to the minor unit (half up) and written. */
export function formatScaled(amount: ScaledAmount, currency: DisplayCurrency): string {
  return formatMinorUnits(roundToStep(amount, minorUnitStep(currency)), currency);
}

/** The exact steady-state bill of a route's usage: usage + its provider's fee + tax, in the display currency. */
export function totalWithExtras(usage: Money, providerName: string, extras: BillingExtras): ScaledAmount {
  const fee = extras.platformFees.get(providerName) ?? 0n;
  return usage * (WHOLE + fee) * (WHOLE + extras.taxHundredths) * extras.currency.microPerUsd;
}

export interface BillLine {
  /** The usage part's own key, or "platformFee" / "tax". */
  readonly key: string;
  readonly label: string;
  readonly minor: bigint;
  readonly text: string;
}

export interface RechargeCoverage {
  readonly rechargeMinor: bigint;
  readonly recharge: string;
  /** Months one top-up covers, in tenths rounded down; null when the bill is zero (it never runs out). */
  readonly monthsTenths: bigint | null;
  /** "2.5 months", "under 0.1 months", or "indefinitely". */
  readonly months: string;
}

export interface ExtrasBill {
  readonly currency: DisplayCurrency;
  /** Usage parts, then the platform fee (when the provider has one) and tax (when on); they add up to the total. */
  readonly lines: readonly BillLine[];
  /** Steady-state monthly bill, promotional credit excluded. */
  readonly totalMinor: bigint;
  readonly total: string;
  /** Exact total, for ranking routes. */
  readonly exactTotal: ScaledAmount;
  /** The voucher, shown separately; null when there is none. */
  readonly promotionalCredit: { readonly minor: bigint; readonly text: string } | null;
  /** What the user sees as "monthly cost": the total, or total − credit (≥ 0) when the credit is included. */
  readonly headlineMinor: bigint;
  readonly headline: string;
  /** null when the provider has no minimum recharge set. */
  readonly recharge: RechargeCoverage | null;
}

export interface UsagePart {
  readonly key: string;
  readonly label: string;
  readonly amount: Money;
}

function describeMonths(tenths: bigint | null): string {
  if (tenths === null) return 'indefinitely';
  if (tenths === 0n) return 'under 0.1 months';
  const text = scaledIntegerToString(tenths, 1);
  return `${text} ${text === '1' ? 'month' : 'months'}`;
}

/**
 * A route's monthly bill with the extras, as shown: usage parts (e.g. input, cached input, output),
 * the provider's platform fee and tax, each rounded so the lines add up to the total shown.
 */
export function billWithExtras(
  parts: readonly UsagePart[],
  providerName: string,
  extras: BillingExtras,
): ExtrasBill {
  const { currency } = extras;
  const rate = currency.microPerUsd;
  const fee = extras.platformFees.get(providerName) ?? 0n;
  const tax = extras.taxHundredths;
  const usage = parts.reduce((sum, part) => sum + part.amount, 0n);
  const amounts: { key: string; label: string; exact: ScaledAmount }[] = parts.map((part) => ({
    key: part.key,
    label: part.label,
    exact: part.amount * WHOLE * WHOLE * rate,
  }));
  if (fee > 0n) {
    amounts.push({
      key: 'platformFee',
      label: `Platform fee (${formatPercent(fee)})`,
      exact: usage * fee * WHOLE * rate,
    });
  }
  if (tax > 0n) {
    amounts.push({
      key: 'tax',
      label: `Tax (${formatPercent(tax)})`,
      exact: usage * (WHOLE + fee) * tax * rate,
    });
  }
  const step = minorUnitStep(currency);
  const rounded = allocateRounded(
    amounts.map((line) => line.exact),
    step,
  );
  const exactTotal = totalWithExtras(usage, providerName, extras);
  const creditMinor = roundToStep(toDisplayCurrency(extras.promotionalCredit, currency), step);
  const afterCredit = rounded.total > creditMinor ? rounded.total - creditMinor : 0n;
  const headlineMinor = extras.includePromotionalCredit ? afterCredit : rounded.total;
  const rechargeUsd = extras.minimumRecharge.get(providerName);
  let recharge: RechargeCoverage | null = null;
  if (rechargeUsd !== undefined) {
    const rechargeScaled = toDisplayCurrency(rechargeUsd, currency);
    const monthsTenths = exactTotal === 0n ? null : (rechargeScaled * 10n) / exactTotal;
    const rechargeMinor = roundToStep(rechargeScaled, step);
    recharge = {
      rechargeMinor,
      recharge: formatMinorUnits(rechargeMinor, currency),
      monthsTenths,
      months: describeMonths(monthsTenths),
    };
  }
  return {
    currency,
    lines: amounts.map((line, index) => {
      const minor = rounded.parts[index] ?? 0n;
      return { key: line.key, label: line.label, minor, text: formatMinorUnits(minor, currency) };
    }),
    totalMinor: rounded.total,
    total: formatMinorUnits(rounded.total, currency),
    exactTotal,
    promotionalCredit:
      extras.promotionalCredit > 0n
        ? { minor: creditMinor, text: formatMinorUnits(creditMinor, currency) }
        : null,
    headlineMinor,
    headline: formatMinorUnits(headlineMinor, currency),
    recharge,
  };
}
