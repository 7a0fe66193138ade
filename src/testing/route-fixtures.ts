import type { PriceTexts } from '../domain/rates/prices';
import type { Route } from '../domain/rates/route';
import type { RouteStatus } from '../domain/rates/route-lifecycle';
import { type RouteTerms, unknownRouteTerms } from '../domain/rates/route-terms';

const FIXTURE_SOURCE = {
  label: 'test fixture',
  url: null,
  date: '2026-01-01',
  dateMeaning: 'made up for a test',
} as const;

export interface RouteFixture {
  readonly modelId: string;
  readonly providerName: string;
  readonly variant?: string | null;
  readonly prices?: Partial<PriceTexts>;
  readonly contextWindow?: number | null;
  readonly maxOutput?: number | null;
  readonly group?: Route['group'];
  readonly modelName?: string;
  readonly family?: string;
  /** A status with no date, source or successor; `terms` gives a full lifecycle. */
  readonly status?: RouteStatus;
  readonly source?: Route['source'];
  /** Cache writes, tiers, batch rule, tool fees, region, checkedBy; unknown / none unless given. */
  readonly terms?: Partial<RouteTerms>;
}

/** A route for tests: only what the test cares about is given; the id is `model@provider[-variant]`. */
export function makeRoute({
  modelId,
  providerName,
  variant = null,
  prices = {},
  contextWindow = 262_144,
  maxOutput = 262_144,
  group = 'kimi',
  modelName = modelId.toUpperCase(),
  family = modelId,
  status,
  source = FIXTURE_SOURCE,
  terms = {},
}: RouteFixture): Route {
  const providerSlug = providerName.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return {
    id: `${modelId}@${providerSlug}${variant ? `-${variant}` : ''}`,
    group,
    family,
    modelId,
    modelName,
    providerName,
    variant,
    providerModelId: modelId,
    prices: { input: '1', cachedInput: '0.1', output: '4', ...prices },
    contextWindow,
    maxOutput,
    source,
    notes: '',
    references: [],
    disagrees: false,
    speed: null,
    ...unknownRouteTerms(),
    ...(status ? { lifecycle: { status, date: null, source: null, successor: null } } : {}),
    ...terms,
  };
}
