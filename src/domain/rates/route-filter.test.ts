import { describe, expect, it } from 'vitest';
import { aRoute } from '../../testing/builders';
import { DEFAULT_ROUTE_FILTER, filterRoutes, listFamilies } from './route-filter';

describe('filterRoutes', () => {
  const routes = [
    aRoute('moonshot', {}, { providerName: 'Moonshot AI' }),
    aRoute('fireworks', {}, { providerName: 'Fireworks AI', variant: 'fast' }),
    aRoute(
      'k25',
      {},
      { family: 'K2.5', modelName: 'Kimi K2.5', modelId: 'kimi-k2.5', providerName: 'OpenRouter' },
    ),
    aRoute(
      'gpt',
      {},
      { group: 'comparison', family: 'GPT', modelName: 'GPT-5', modelId: 'gpt-5', providerName: 'OpenAI' },
    ),
    aRoute(
      'k2-retired',
      {},
      {
        family: 'K2',
        modelName: 'Kimi K2 (0905)',
        modelId: 'kimi-k2-0905',
        providerName: 'Moonshot AI',
        lifecycle: { status: 'retired', date: '2026-05-25', source: 'test', successor: null },
      },
    ),
    aRoute(
      'sonnet-retired',
      {},
      {
        group: 'comparison',
        family: 'Claude',
        modelName: 'Claude Sonnet 4',
        modelId: 'claude-sonnet-4',
        providerName: 'Anthropic',
        lifecycle: { status: 'retired', date: '2026-06-15', source: 'test', successor: null },
      },
    ),
    aRoute(
      'deprecated',
      {},
      {
        modelName: 'Kimi K2.6',
        providerName: 'Closing Host',
        lifecycle: { status: 'deprecated', date: '2026-12-11', source: 'test', successor: null },
      },
    ),
  ];
  const ids = (filter: Partial<typeof DEFAULT_ROUTE_FILTER>) =>
    filterRoutes(routes, { ...DEFAULT_ROUTE_FILTER, ...filter }).map((route) => route.id);

  // Rule: comparison models are hidden unless switched on; retired routes are hidden unless switched on
  // (deprecated ones, still served, are shown); text matches every word anywhere; family is exact.
  it.each([
    [{}, ['moonshot', 'fireworks', 'k25', 'deprecated']],
    [{ includeComparison: true }, ['moonshot', 'fireworks', 'k25', 'gpt', 'deprecated']],
    [{ includeRetired: true }, ['moonshot', 'fireworks', 'k25', 'k2-retired', 'deprecated']],
    [
      { includeRetired: true, includeComparison: true },
      ['moonshot', 'fireworks', 'k25', 'gpt', 'k2-retired', 'sonnet-retired', 'deprecated'],
    ],
    [{ family: 'K2' }, []],
    [{ family: 'K2', includeRetired: true }, ['k2-retired']],
    [{ query: 'moonshot' }, ['moonshot']],
    [{ query: 'moonshot', includeRetired: true }, ['moonshot', 'k2-retired']],
    [{ query: 'fire FAST' }, ['fireworks']],
    [{ query: 'k2.5' }, ['k25']],
    [{ family: 'K2.6' }, ['moonshot', 'fireworks', 'deprecated']],
    [{ family: 'GPT' }, []],
    [{ family: 'GPT', includeComparison: true }, ['gpt']],
    [{ query: 'nothing matches' }, []],
  ])('%j → %j', (filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });

  // Rule: "Same model" keeps only the routes of your route's model id (not the family: Kimi K2 (0905)
  // is not Kimi K2 (0711)), with the other filters on top; with no model to compare with it is ignored.
  it.each([
    ['kimi-k2.6', {}, ['moonshot', 'fireworks', 'deprecated']],
    ['kimi-k2.6', { query: 'fast' }, ['fireworks']],
    ['kimi-k2-0905', {}, []],
    ['kimi-k2-0905', { includeRetired: true }, ['k2-retired']],
    ['gpt-5', { includeComparison: true }, ['gpt']],
    [null, {}, ['moonshot', 'fireworks', 'k25', 'deprecated']],
  ] as [string | null, Partial<typeof DEFAULT_ROUTE_FILTER>, string[]][])(
    'same model as %s, %j → %j',
    (ownModelId, filter, expected) => {
      const shown = filterRoutes(routes, { ...DEFAULT_ROUTE_FILTER, ...filter, sameModel: true }, ownModelId);
      expect(shown.map((route) => route.id)).toEqual(expected);
    },
  );

  it('lists families in sheet order, comparison ones only when shown', () => {
    expect(listFamilies(routes, false)).toEqual(['K2.6', 'K2.5', 'K2']);
    expect(listFamilies(routes, true)).toEqual(['K2.6', 'K2.5', 'GPT', 'K2', 'Claude']);
  });
});
