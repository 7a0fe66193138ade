/**
 * Which routes the comparison table (and the charts' route choice) shows. The rules: comparison models
 * (GPT, Claude, Gemini) only when switched on; retired routes (no longer served) only when switched on,
 * so no "cheapest" is ever a route nobody sells; a family filter is exact; "Same model" keeps only the
 * routes of your route's model (the same model id: family and version; ignored when no model is given);
 * every word of the query must appear in the model, provider, variant or model id, case-insensitive.
 */
import type { Route } from './route';

export interface RouteFilter {
  /** Words that must all appear in the model, provider, variant or model id (case-insensitive). */
  readonly query: string;
  /** A model family ("K2.6"), or "all". */
  readonly family: string;
  /** Show the GPT, Claude and Gemini comparison group too. */
  readonly includeComparison: boolean;
  /** Show routes whose lifecycle status is 'retired' too. */
  readonly includeRetired: boolean;
  /** Only routes of your route's model ("Same model"). */
  readonly sameModel: boolean;
}

export const DEFAULT_ROUTE_FILTER: RouteFilter = {
  query: '',
  family: 'all',
  includeComparison: false,
  includeRetired: false,
  sameModel: false,
};

/** The routes `filter` shows; `ownModelId` is your route's model, what "Same model" keeps (ignored when null). */
export function filterRoutes(
  routes: readonly Route[],
  filter: RouteFilter,
  ownModelId: string | null = null,
): Route[] {
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
  return routes.filter((route) => {
    if (route.group === 'comparison' && !filter.includeComparison) return false;
    if (route.lifecycle.status === 'retired' && !filter.includeRetired) return false;
    if (filter.family !== 'all' && route.family !== filter.family) return false;
    if (filter.sameModel && ownModelId !== null && route.modelId !== ownModelId) return false;
    const haystack =
      `${route.modelName} ${route.providerName} ${route.variant ?? ''} ${route.modelId}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/** Families in sheet order, for the family filter. */
export function listFamilies(routes: readonly Route[], includeComparison: boolean): string[] {
  return [
    ...new Set(
      routes.filter((route) => includeComparison || route.group === 'kimi').map((route) => route.family),
    ),
  ];
}
