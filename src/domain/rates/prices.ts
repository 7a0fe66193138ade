/**
 * Prices, kept exactly as vendors publish them (decimal strings, USD per 1M tokens) and parsed to
 * integer micro-dollars per 1M tokens for the engine.
 */
import { parseExactDecimal, scaledIntegerToString, toScaledInteger } from '../money/decimal';
import { formatPricePerMillion } from '../money/format-money';
import type { Route } from './route';

/** A price as published: a decimal string of USD per 1M tokens, e.g. "0.95". */
export type PriceText = string;

/** Micro-dollars per 1M tokens: "0.95" → 950000n. Exact for up to 6 decimals. */
export type MicroDollarsPerMillion = bigint;

export const PRICE_DECIMALS = 6;
export const PRICE_RANGE = { min: 0, max: 10_000, maxDecimals: PRICE_DECIMALS } as const;
/** The highest price accepted anywhere ($10,000 per 1M tokens), in micro-dollars per 1M tokens. */
export const MAX_PRICE_MICROS: MicroDollarsPerMillion =
  BigInt(PRICE_RANGE.max) * 10n ** BigInt(PRICE_DECIMALS);

export interface PriceTexts {
  readonly input: PriceText;
  /** null: the route publishes no cached-input price, so cache hits cost the full input price. */
  readonly cachedInput: PriceText | null;
  readonly output: PriceText;
}

export interface RoutePrices {
  readonly inputPerMillion: MicroDollarsPerMillion;
  readonly cachedInputPerMillion: MicroDollarsPerMillion | null;
  readonly outputPerMillion: MicroDollarsPerMillion;
}

export type PriceKind = keyof PriceTexts;
export const PRICE_KINDS: readonly PriceKind[] = ['input', 'cachedInput', 'output'];
/** What each price is called; a label or a sentence composes its own text from it ("Input price"). */
export const PRICE_KIND_LABELS: Readonly<Record<PriceKind, string>> = {
  input: 'Input',
  cachedInput: 'Cached input',
  output: 'Output',
};

/** Parses a published price; null when it is not a non-negative decimal with at most 6 decimals. */
export function parsePrice(text: PriceText): MicroDollarsPerMillion | null {
  const parsed = parseExactDecimal(text);
  if (parsed === null || parsed.units < 0n) return null;
  return toScaledInteger(parsed, PRICE_DECIMALS);
}

/** The canonical text of a price in micro-dollars: 950000n → "0.95". */
export function priceToText(price: MicroDollarsPerMillion): PriceText {
  return scaledIntegerToString(price, PRICE_DECIMALS);
}

function requirePrice(text: PriceText): MicroDollarsPerMillion {
  const price = parsePrice(text);
  if (price === null) throw new Error(`Invalid price “${text}” in a rate sheet`);
  return price;
}

/** Price overrides a user typed, per price kind; `cachedInput: null` means "no cached price". */
export type PriceOverrides = Partial<Record<PriceKind, PriceText | null>>;

/** The prices in force for a route: the sheet's, with the user's overrides on top. */
export function effectivePriceTexts(route: Route, overrides: PriceOverrides | undefined): PriceTexts {
  if (!overrides) return route.prices;
  return {
    input: overrides.input ?? route.prices.input,
    cachedInput: overrides.cachedInput !== undefined ? overrides.cachedInput : route.prices.cachedInput,
    output: overrides.output ?? route.prices.output,
  };
}

const parsedPrices = new WeakMap<PriceTexts, RoutePrices>();

/**
 * Parses validated price texts for the engine (rate-sheet integrity tests guarantee they parse).
 * Results are remembered per price object, so a sheet's prices are parsed once, not on every change.
 */
export function toRoutePrices(prices: PriceTexts): RoutePrices {
  let parsed = parsedPrices.get(prices);
  if (!parsed) {
    parsed = parseRoutePrices(prices);
    parsedPrices.set(prices, parsed);
  }
  return parsed;
}

function parseRoutePrices(prices: PriceTexts): RoutePrices {
  return {
    inputPerMillion: requirePrice(prices.input),
    cachedInputPerMillion: prices.cachedInput === null ? null : requirePrice(prices.cachedInput),
    outputPerMillion: requirePrice(prices.output),
  };
}

/**
 * Two published price sets disagree when their input or output prices differ, or when both publish a
 * cached price and those differ ("4" and "4.00" are the same price; one source omitting the cached
 * price is not a disagreement).
 */
export function pricesDiffer(a: PriceTexts, b: PriceTexts): boolean {
  const same = (x: PriceText, y: PriceText) => parsePrice(x) === parsePrice(y);
  if (!same(a.input, b.input) || !same(a.output, b.output)) return true;
  return a.cachedInput !== null && b.cachedInput !== null && !same(a.cachedInput, b.cachedInput);
}

/** Micro-dollars per 1M tokens in one arrow-key step of a price field: a cent (ten cents with Shift). */
const PRICE_STEP = 10_000n;

/** The price one step up or down, exactly, within $0 … $10,000 (an empty price steps up from $0). */
export function stepPrice(
  price: PriceText | null,
  direction: 1 | -1,
  large: boolean,
): MicroDollarsPerMillion {
  const current = price === null ? 0n : (parsePrice(price) ?? 0n);
  const next = current + BigInt(direction) * (large ? PRICE_STEP * 10n : PRICE_STEP);
  return next < 0n ? 0n : next > MAX_PRICE_MICROS ? MAX_PRICE_MICROS : next;
}

/** A published price text as shown ("0.95" → "$0.95"); null when there is none or it is not a price. */
export function formatPriceText(text: PriceText | null): string | null {
  const price = text === null ? null : parsePrice(text);
  return price === null ? null : formatPricePerMillion(price);
}
