/**
 * What a route bills besides its three token prices: cache writes, long-context tiers, a batch rule
 * and tool fees. Prices stay exactly as published (decimal texts). The rules, in words:
 * - Cache writes: the price per 1M input tokens written to the prompt cache. A route lists none
 *   (writes are billed as plain input, or not billed: see its notes), one, or two; they are ordered
 *   shortest-lived first, so the first is the standard write and a second one is a longer-lived write
 *   ("1 hour"). `lifetimeMinutes` is null when the source does not say how long the write lives.
 * - Long-context tiers: once one call's prompt is longer than `aboveTokens`, that whole call is billed
 *   at the tier's prices (input, cached input, output, and the tier's own cache writes when it has
 *   some). Tiers are ordered by threshold, each threshold once.
 * - Batch: a batch request is billed at `percentOfStandard` % of the standard prices (Moonshot "60 % of
 *   standard" → "60"; "50 % discount" → "50"); null when the rule states no percentage. The note is
 *   the rule as its source words it, with the source.
 * - Tool fees: US dollars per call of a server-side tool, each with its source. Two fees for the same
 *   tool are sources that disagree, and both are kept.
 */
import type { CheckedBy } from './checked-by';
import { type PriceText, type PriceTexts, parsePrice } from './prices';
import type { Route, SourceRef } from './route';
import { UNKNOWN_LIFECYCLE } from './route-lifecycle';

export interface CacheWritePrice {
  /** USD per 1M tokens written to the cache. */
  readonly price: PriceText;
  /** How long the written cache lives, in minutes (5, 60); null when the source does not say. */
  readonly lifetimeMinutes: number | null;
  readonly source: SourceRef;
  /** Where in the source the figure is stated: a field name or the note's own words. */
  readonly basis: string;
}

export interface LongContextTier extends PriceTexts {
  /** The tier applies to a call whose prompt is longer than this many tokens. */
  readonly aboveTokens: number;
  /** The tier's cache-write prices, shortest-lived first; [] when not published. */
  readonly cacheWrites: readonly CacheWritePrice[];
}

export interface BatchRule {
  /** Percent of the standard prices a batch request is billed, as a decimal text ("60"); null: not stated. */
  readonly percentOfStandard: string | null;
  /** The rule as its source states it, with the source. */
  readonly note: string;
}

export interface ToolFee {
  /** The tool as the provider names it ("$web_search"). */
  readonly tool: string;
  /** US dollars per call, as published ("0.005"). */
  readonly usdPerCall: PriceText;
  /** Where the fee is published (a link or a citation). */
  readonly source: string;
}

/** The fields every route carries beyond prices, limits and sources, as they are when nothing is known. */
export type RouteTerms = Pick<
  Route,
  'lifecycle' | 'cacheWrites' | 'longContextTiers' | 'batch' | 'toolFees' | 'region' | 'checkedBy'
>;

/** A route nobody has said anything more about: unknown status, no cache writes, tiers, batch rule or fees. */
export function unknownRouteTerms(checkedBy: CheckedBy = 'unknown'): RouteTerms {
  return {
    lifecycle: UNKNOWN_LIFECYCLE,
    cacheWrites: [],
    longContextTiers: [],
    batch: null,
    toolFees: [],
    region: null,
    checkedBy,
  };
}

const PERCENT = String.raw`(\d{1,3}(?:\.\d+)?)\s*%`;
const PAID_SHARE = new RegExp(`${PERCENT}\\s+of\\b`, 'i');
const DISCOUNT = new RegExp(`${PERCENT}\\s+(?:discount|off|cost reduction|cheaper)`, 'i');

/** 100 − a percentage, exactly, as a decimal text ("50" → "50", "12.5" → "87.5"). */
function remainder(percent: string): string {
  const [whole = '0', fraction = ''] = percent.split('.');
  const digits = (100n * 10n ** BigInt(fraction.length) - BigInt(whole + fraction)).toString();
  const padded = digits.padStart(fraction.length + 1, '0');
  const integer = padded.slice(0, padded.length - fraction.length);
  const decimals = padded.slice(padded.length - fraction.length).replace(/0+$/, '');
  return decimals === '' ? integer : `${integer}.${decimals}`;
}

/**
 * Reads a batch rule from its note: the first "N % of …" is the share billed; otherwise the first
 * "N % discount / off / cost reduction" bills 100 − N %. A note with neither gives no percentage.
 * Percentages above 100 are not read.
 */
export function readBatchNote(note: string): BatchRule {
  const paid = PAID_SHARE.exec(note);
  const discount = DISCOUNT.exec(note);
  const first = [paid, discount]
    .filter((match): match is RegExpExecArray => match !== null)
    .sort((a, b) => a.index - b.index)[0];
  let percent: string | null = null;
  if (first !== undefined && Number(first[1]) <= 100) {
    percent = first === paid ? (first[1] as string) : remainder(first[1] as string);
  }
  return { percentOfStandard: percent === null ? null : percent.replace(/^0+(?=\d)/, ''), note };
}

export interface ToolFeeGroup {
  readonly tool: string;
  /** Every published fee for the tool, in the route's order. */
  readonly fees: readonly ToolFee[];
  /** True when the published fees are not all the same amount. */
  readonly disagree: boolean;
}

/** A route's tool fees by tool, in first-seen order, each group saying whether its sources disagree. */
export function groupToolFees(fees: readonly ToolFee[]): ToolFeeGroup[] {
  const samePrice = (a: PriceText, b: PriceText) => parsePrice(a) === parsePrice(b);
  const groups = new Map<string, ToolFee[]>();
  for (const fee of fees) groups.set(fee.tool, [...(groups.get(fee.tool) ?? []), fee]);
  return [...groups].map(
    ([tool, list]): ToolFeeGroup => ({
      tool,
      fees: list,
      disagree: list.some((fee) => !samePrice(fee.usdPerCall, (list[0] as ToolFee).usdPerCall)),
    }),
  );
}

/** A cache write's lifetime in words: 5 → "5-minute", 60 → "1-hour". */
export function lifetimeWords(minutes: number): string {
  return minutes % 60 === 0 ? `${minutes / 60}-hour` : `${minutes}-minute`;
}
