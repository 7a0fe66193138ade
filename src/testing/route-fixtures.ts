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

/**
 * A small sheet for UI tests, so none depends on a third-party price or on the size of the bundled
 * sheet. It holds the default route (Kimi K2.6 on Moonshot AI at Moonshot's own $0.95 / $0.16 / $4,
 * the prices the rate-sheet integrity test pins), Kimi K2.5 on Moonshot AI, three made-up hosts (Host
 * Alpha sells K2.6 (at most 16,384 output tokens a request), a "fast" K2.6 and K2.5; Host Beta sells only K2.6; Host Gamma sells K2.6 at
 * Moonshot's prices with no cached-input price) and one comparison model.
 */
export const FIXTURE_SHEET: readonly Route[] = [
  makeRoute({
    modelId: 'kimi-k2.6',
    modelName: 'Kimi K2.6',
    family: 'K2.6',
    providerName: 'Moonshot AI',
    prices: { input: '0.95', cachedInput: '0.16', output: '4' },
    terms: { lifecycle: { status: 'active', date: null, source: 'test fixture', successor: null } },
  }),
  makeRoute({
    modelId: 'kimi-k2.6',
    modelName: 'Kimi K2.6',
    family: 'K2.6',
    providerName: 'Host Alpha',
    prices: { input: '0.6', cachedInput: '0.2', output: '3.41' },
    maxOutput: 16_384,
  }),
  makeRoute({
    modelId: 'kimi-k2.6',
    modelName: 'Kimi K2.6',
    family: 'K2.6',
    providerName: 'Host Alpha',
    variant: 'fast',
    prices: { input: '2', cachedInput: '0.3', output: '8' },
  }),
  makeRoute({
    modelId: 'kimi-k2.6',
    modelName: 'Kimi K2.6',
    family: 'K2.6',
    providerName: 'Host Beta',
    prices: { input: '0.96', cachedInput: '0', output: '4' },
    contextWindow: 32_768,
  }),
  makeRoute({
    modelId: 'kimi-k2.6',
    modelName: 'Kimi K2.6',
    family: 'K2.6',
    providerName: 'Host Gamma',
    prices: { input: '0.95', cachedInput: null, output: '4' },
  }),
  makeRoute({
    modelId: 'kimi-k2.5',
    modelName: 'Kimi K2.5',
    family: 'K2.5',
    providerName: 'Moonshot AI',
    prices: { input: '0.6', cachedInput: '0.1', output: '3' },
  }),
  makeRoute({
    modelId: 'kimi-k2.5',
    modelName: 'Kimi K2.5',
    family: 'K2.5',
    providerName: 'Host Alpha',
    prices: { input: '0.5', cachedInput: null, output: '2.8' },
  }),
  makeRoute({
    modelId: 'gpt-test',
    modelName: 'GPT Test',
    family: 'GPT',
    group: 'comparison',
    providerName: 'OpenAI',
    prices: { input: '2', cachedInput: '0.5', output: '8' },
  }),
];
