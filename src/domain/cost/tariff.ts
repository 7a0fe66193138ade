/**
 * A route's tariff: everything the engine needs to bill a call on it, parsed once. The rules, in words:
 * - Token prices are the prices in force (the sheet's, with the user's overrides on top); a missing
 *   cached price bills cache hits at the input price.
 * - Cache writes: a write is billed at the shortest-lived write price that lives at least as long as
 *   the user asks (a price whose lifetime is not stated counts as a 5-minute write); when none lives
 *   that long, at the longest-lived one; a route that publishes no write price bills writes at its
 *   input price.
 * - Long-context tiers are published prices: the user's overrides change the standard prices only.
 *   A tier's missing cached price is its input price; a tier without write prices bills writes at the
 *   tier's input price.
 * - Batch: the provider's "percent of standard" (null when the provider states none); tool fees: the
 *   first published fee per call (the route lists the official page first), the others kept to show
 *   where sources disagree.
 */
import { parseExactDecimal, toScaledInteger } from '../money/decimal';
import { type Money, microDollarsToMoney } from '../money/money';
import {
  type MicroDollarsPerMillion,
  type PriceTexts,
  parsePrice,
  type RoutePrices,
  toRoutePrices,
} from '../rates/prices';
import type { Route, SourceRef } from '../rates/route';
import type { CacheWritePrice, ToolFee } from '../rates/route-terms';

/** A cache-write price and how long it lives (a lifetime not stated counts as 5 minutes). */
export interface WritePrice {
  readonly price: MicroDollarsPerMillion;
  readonly lifetimeMinutes: number;
  /** Where the price is published. */
  readonly source: SourceRef | null;
}

/** The prices of one call: the standard ones or a long-context tier's. */
export interface CallPrices {
  readonly input: MicroDollarsPerMillion;
  /** The cached price, or the input price when none is published. */
  readonly cached: MicroDollarsPerMillion;
  readonly output: MicroDollarsPerMillion;
  /** Published write prices, shortest-lived first; empty: writes are billed at the input price. */
  readonly writes: readonly WritePrice[];
}

export interface TariffTier {
  /** The tier applies to a call whose prompt is longer than this many tokens. */
  readonly aboveTokens: number;
  readonly prices: CallPrices;
}

export interface ToolFeeTerms {
  readonly fee: Money;
  readonly usdPerCall: string;
  readonly source: string;
  /** Other published fees for the same tool that differ from this one. */
  readonly disagreeing: readonly ToolFee[];
  readonly tool: string;
}

export interface Tariff {
  readonly standard: CallPrices;
  /** True when the route publishes no cached price (cache hits cost the input price). */
  readonly noCachedPrice: boolean;
  /** Tiers by threshold, lowest first. */
  readonly tiers: readonly TariffTier[];
  /** The provider's batch price in hundredths of a percent of standard (6000n is 60 %); null: none stated. */
  readonly batchHundredths: bigint | null;
  /** The provider's batch rule in its source's words; null when there is none. */
  readonly batchNote: string | null;
  /** The provider's own fee per tool call; null when it publishes none. */
  readonly toolFee: ToolFeeTerms | null;
}

/** The write price a call pays for a write that must live `minutes`; null: billed at the input price. */
export function writePriceFor(prices: CallPrices, minutes: number): WritePrice | null {
  const { writes } = prices;
  return writes.find((write) => write.lifetimeMinutes >= minutes) ?? writes[writes.length - 1] ?? null;
}

function parseWrites(writes: readonly CacheWritePrice[]): WritePrice[] {
  return writes
    .flatMap((write): WritePrice[] => {
      const price = parsePrice(write.price);
      return price === null
        ? []
        : [{ price, lifetimeMinutes: write.lifetimeMinutes ?? 5, source: write.source }];
    })
    .sort((a, b) => a.lifetimeMinutes - b.lifetimeMinutes);
}

function callPrices(prices: RoutePrices, writes: readonly CacheWritePrice[]): CallPrices {
  return {
    input: prices.inputPerMillion,
    cached: prices.cachedInputPerMillion ?? prices.inputPerMillion,
    output: prices.outputPerMillion,
    writes: parseWrites(writes),
  };
}

function parseTexts(texts: PriceTexts): RoutePrices | null {
  const input = parsePrice(texts.input);
  const output = parsePrice(texts.output);
  const cached = texts.cachedInput === null ? null : parsePrice(texts.cachedInput);
  if (input === null || output === null) return null;
  return { inputPerMillion: input, cachedInputPerMillion: cached, outputPerMillion: output };
}

/** "60" → 6000n hundredths of a percent; null for a text that is not a percentage up to 2 decimals. */
function percentHundredths(text: string | null): bigint | null {
  const parsed = text === null ? null : parseExactDecimal(text);
  if (parsed === null || parsed.units < 0n) return null;
  const hundredths = toScaledInteger(parsed, 2);
  return hundredths === null || hundredths > 10_000n ? null : hundredths;
}

function toolFeeTerms(fees: readonly ToolFee[]): ToolFeeTerms | null {
  for (const first of fees) {
    const micros = parsePrice(first.usdPerCall);
    if (micros === null) continue;
    const disagreeing = fees.filter(
      (fee) => fee.tool === first.tool && parsePrice(fee.usdPerCall) !== micros,
    );
    return {
      fee: microDollarsToMoney(micros),
      usdPerCall: first.usdPerCall,
      source: first.source,
      disagreeing,
      tool: first.tool,
    };
  }
  return null;
}

/** A tariff with token prices only: no cache writes, tiers, batch rule or tool fees. */
export function plainTariff(prices: RoutePrices): Tariff {
  return {
    standard: callPrices(prices, []),
    noCachedPrice: prices.cachedInputPerMillion === null,
    tiers: [],
    batchHundredths: null,
    batchNote: null,
    toolFee: null,
  };
}

function buildTariff(route: Route, prices: RoutePrices): Tariff {
  const tiers = route.longContextTiers
    .map((tier): TariffTier | null => {
      const parsed = parseTexts(tier);
      return parsed && { aboveTokens: tier.aboveTokens, prices: callPrices(parsed, tier.cacheWrites) };
    })
    .filter((tier): tier is TariffTier => tier !== null)
    .sort((a, b) => a.aboveTokens - b.aboveTokens);
  return {
    standard: callPrices(prices, route.cacheWrites),
    noCachedPrice: prices.cachedInputPerMillion === null,
    tiers,
    batchHundredths: percentHundredths(route.batch?.percentOfStandard ?? null),
    batchNote: route.batch?.note ?? null,
    toolFee: toolFeeTerms(route.toolFees),
  };
}

const tariffs = new WeakMap<Route, WeakMap<RoutePrices, Tariff>>();

/** The route's tariff at the given prices in force; remembered per route and price object. */
export function routeTariff(route: Route, prices: RoutePrices): Tariff {
  let byPrices = tariffs.get(route);
  if (!byPrices) {
    byPrices = new WeakMap();
    tariffs.set(route, byPrices);
  }
  let tariff = byPrices.get(prices);
  if (!tariff) {
    tariff = buildTariff(route, prices);
    byPrices.set(prices, tariff);
  }
  return tariff;
}

/** The provider's own batch percentage and tool fee as numbers for a field to show; null when none is published. */
export function providerDefaults(route: Route): {
  readonly batchPercent: number | null;
  readonly toolFeeUsd: number | null;
} {
  const tariff = routeTariff(route, toRoutePrices(route.prices));
  return {
    batchPercent: tariff.batchHundredths === null ? null : Number(tariff.batchHundredths) / 100,
    toolFeeUsd: tariff.toolFee === null ? null : Number(tariff.toolFee.usdPerCall),
  };
}
