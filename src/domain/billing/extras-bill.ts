/**
 * Billing extras, the hidden costs around list prices, on a provider's bill. The rules, in words:
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
 * units of Money ÷ 10^14 of the display currency (DisplayAmount, display-currency.ts). Rounding happens once, for display,
 * with the money helpers: usage lines by the largest-remainder rule, then the fee and the tax as what
 * each adds to the rounded total (roundInStages), so the lines shown add up to the total shown, to the
 * minor unit, and a line never moves when a later one is switched on.
 */
import { scaledIntegerToString } from '../money/decimal';
import { formatPercent } from '../money/format-number';
import { WHOLE } from '../money/hundredths';
import { allocateRounded, type Money, roundToStep } from '../money/money';
import {
  type DisplayAmount,
  type DisplayCurrency,
  formatMinorUnits,
  formatMinorUnitsOf,
  minorUnitStep,
  toDisplayCurrency,
} from './display-currency';
import type { BillingExtras } from './extras-input';

/** The exact steady-state bill of a route's usage: usage + its provider's fee + tax, in the display currency. */
export function totalWithExtras(usage: Money, providerName: string, extras: BillingExtras): DisplayAmount {
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
  /** "One top-up of $10.00 covers 2.5 months of this scenario." */
  readonly sentence: string;
}

export interface ExtrasBill {
  readonly currency: DisplayCurrency;
  /** Usage parts, then the platform fee (when the provider has one) and tax (when on); they add up to the total. */
  readonly lines: readonly BillLine[];
  /** Steady-state monthly bill, promotional credit excluded. */
  readonly totalMinor: bigint;
  readonly total: string;
  /** Exact total, for ranking routes. */
  readonly exactTotal: DisplayAmount;
  /**
   * The voucher, shown separately; null when there is none. When it is counted, the part one month uses
   * is taken off ("−$3.90", so the figures still add up) and the rest, if any, carries over.
   */
  readonly promotionalCredit: {
    readonly minor: bigint;
    readonly text: string;
    readonly usedMinor: bigint;
    readonly usedText: string;
    readonly leftMinor: bigint;
    readonly leftText: string;
  } | null;
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
 * Rounds the lines in stages, each stage's rounded total fixed before the next line is added: the usage
 * lines by the largest remainder to the rounded usage; then the fee is the rounded usage + fee less the
 * rounded usage, and the tax the rounded total less the rounded usage + fee. So the lines add up to the
 * rounded exact total, each is within one minor unit of its exact amount, and switching tax on or off
 * (or setting a fee) never moves a line above it.
 */
function roundInStages(amounts: readonly { exact: DisplayAmount }[], usageLines: number, step: bigint) {
  const usage = amounts.slice(0, usageLines);
  const usageRounded = allocateRounded(
    usage.map((line) => line.exact),
    step,
  );
  const parts = [...usageRounded.parts];
  let exactSoFar = usage.reduce((sum, line) => sum + line.exact, 0n);
  let total = usageRounded.total;
  for (const line of amounts.slice(usageLines)) {
    exactSoFar += line.exact;
    const next = roundToStep(exactSoFar, step);
    parts.push(next - total);
    total = next;
  }
  return { parts, total };
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
  const amounts: { key: string; label: string; exact: DisplayAmount }[] = parts.map((part) => ({
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
  const rounded = roundInStages(amounts, parts.length, step);
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
    const text = formatMinorUnits(rechargeMinor, currency);
    const months = describeMonths(monthsTenths);
    recharge = {
      rechargeMinor,
      recharge: text,
      monthsTenths,
      months,
      sentence:
        monthsTenths === null
          ? `One top-up of ${text} is never used up: this scenario costs nothing here.`
          : `One top-up of ${text} covers ${months} of this scenario.`,
    };
  }
  // The headline is the total less the credit, never below 0: what it took off is what one month uses.
  const creditUse = (minor: bigint, usedMinor: bigint) => ({
    minor,
    text: formatMinorUnits(minor, currency),
    usedMinor,
    usedText: `−${formatMinorUnits(usedMinor, currency)}`,
    leftMinor: minor - usedMinor,
    leftText: formatMinorUnits(minor - usedMinor, currency),
  });
  return {
    currency,
    lines: amounts.map((line, index) => {
      const minor = rounded.parts[index] ?? 0n;
      return {
        key: line.key,
        label: line.label,
        minor,
        text: formatMinorUnitsOf(minor, line.exact, currency),
      };
    }),
    totalMinor: rounded.total,
    total: formatMinorUnitsOf(rounded.total, exactTotal, currency),
    exactTotal,
    promotionalCredit:
      extras.promotionalCredit > 0n ? creditUse(creditMinor, rounded.total - headlineMinor) : null,
    headlineMinor,
    headline: formatMinorUnits(headlineMinor, currency),
    recharge,
  };
}

/** Each provider's bill with the extras; a voucher is spent once, so it is applied to the first bill only. */
export function billsWithExtras<
  T extends { readonly parts: readonly UsagePart[]; readonly providerName: string },
>(usage: readonly T[], extras: BillingExtras): { readonly route: T; readonly bill: ExtrasBill }[] {
  return usage.map((route, index) => ({
    route,
    bill: billWithExtras(
      route.parts,
      route.providerName,
      index === 0 ? extras : { ...extras, promotionalCredit: 0n },
    ),
  }));
}
