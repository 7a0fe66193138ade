/**
 * Billing extras as the user types them, and read. The rules, in words:
 * - Platform fee: a percentage per provider (a routing layer's credit-purchase fee).
 * - Tax: a percentage, on or off.
 * - Currency: a three-letter code, the units one US dollar buys, and the rate's date (a real calendar
 *   date: YYYY-MM-DD, or YYYY-MM).
 * - Minimum recharge: a provider's minimum top-up in USD. Promotional credit: a one-time voucher in USD.
 * - Fields are read as people type them, in their locale ("5,5" is 5.5, see quantity.ts), and kept in
 *   plain notation; a field the user is still correcting keeps its last valid value (the interface
 *   holds the draft), so its line stays. Unreadable fields are left out and reported.
 */
import { readCalendarDate } from '../calendar-date';
import { scaledIntegerToString } from '../money/decimal';
import { type Money, microDollarsToMoney } from '../money/money';
import { type QuantityRange, readQuantity } from '../money/quantity';
import { type DisplayCurrency, fractionDigitsOf, USD } from './display-currency';

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
