import type { PriceTexts } from '../domain/rates/prices';
import type { Route } from '../domain/rates/route';

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
}: RouteFixture): Route {
  const providerSlug = providerName.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return {
    id: `${modelId}@${providerSlug}${variant ? `-${variant}` : ''}`,
    group,
    family: modelId,
    modelId,
    modelName: modelId.toUpperCase(),
    providerName,
    variant,
    providerModelId: modelId,
    prices: { input: '1', cachedInput: '0.1', output: '4', ...prices },
    contextWindow,
    maxOutput,
    source: FIXTURE_SOURCE,
    notes: '',
    references: [],
    disagrees: false,
    speed: null,
  };
}
