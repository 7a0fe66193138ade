/**
 * Routes. A route is one way to buy a model: model × provider × endpoint variant, with its published
 * prices, limits and sources.
 */
import type { CheckedBy } from './checked-by';
import type { PriceTexts } from './prices';
import type { RouteLifecycle } from './route-lifecycle';
import type { BatchRule, CacheWritePrice, LongContextTier, ToolFee } from './route-terms';

/** When and how a figure was checked. `date` is YYYY-MM-DD, YYYY-MM or YYYY. */
export interface SourceRef {
  readonly label: string;
  readonly url: string | null;
  readonly date: string;
  /** What the date means, e.g. "archive capture date" or "prices_checked". */
  readonly dateMeaning: string;
}

/** Another published figure for the same route, kept so users can see where sources disagree. */
export interface PriceReference {
  readonly prices: PriceTexts;
  readonly source: SourceRef;
  readonly note: string;
}

export interface RouteSpeed {
  readonly outputTokensPerSecond: number | null;
  readonly timeToFirstTokenSeconds: number | null;
  readonly source: SourceRef;
}

export type RouteGroup = 'kimi' | 'comparison';

export interface Route {
  readonly id: string;
  readonly group: RouteGroup;
  /** Model family for filtering: "K2", "K2.5", "K2.6", "GPT", "Claude", … */
  readonly family: string;
  readonly modelId: string;
  readonly modelName: string;
  readonly providerName: string;
  /** Separately priced endpoint variant ("fast", "turbo", "TEE", …) or null. */
  readonly variant: string | null;
  readonly providerModelId: string;
  readonly prices: PriceTexts;
  readonly contextWindow: number | null;
  readonly maxOutput: number | null;
  readonly source: SourceRef;
  readonly notes: string;
  /** Other sources' figures for this route; `disagrees` is true when any of them differ. */
  readonly references: readonly PriceReference[];
  readonly disagrees: boolean;
  readonly speed: RouteSpeed | null;
  /** Active, deprecated, retired or unknown, since when, per which source, and the successor (route-lifecycle.ts). */
  readonly lifecycle: RouteLifecycle;
  /** Cache-write prices, shortest-lived first: [] none published; a second is a longer-lived write (route-terms.ts). */
  readonly cacheWrites: readonly CacheWritePrice[];
  /** Prices for calls whose prompt is longer than a threshold, by threshold; [] none (route-terms.ts). */
  readonly longContextTiers: readonly LongContextTier[];
  /** The provider's batch rule for this route; null when none is published (route-terms.ts). */
  readonly batch: BatchRule | null;
  /** Fees per call of server-side tools; two for one tool are disagreeing sources (route-terms.ts). */
  readonly toolFees: readonly ToolFee[];
  /** Where the route is served when the price depends on it ("us", "cn (Beijing)"); null when not stated. */
  readonly region: string | null;
  /** What kind of date `source.date` is (checked-by.ts). */
  readonly checkedBy: CheckedBy;
}

/** "Fireworks AI · fast": how a route is named in lists. */
export function providerLabel(route: Pick<Route, 'providerName' | 'variant'>): string {
  return route.variant ? `${route.providerName} · ${route.variant}` : route.providerName;
}

/** "Kimi K2.6 via Moonshot AI": how a route is named in sentences, captions and bills. */
export function routeName(route: Pick<Route, 'modelName' | 'providerName' | 'variant'>): string {
  return `${route.modelName} via ${providerLabel(route)}`;
}
