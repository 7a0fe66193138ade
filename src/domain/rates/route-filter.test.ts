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
  ];
  const ids = (filter: Partial<typeof DEFAULT_ROUTE_FILTER>) =>
    filterRoutes(routes, { ...DEFAULT_ROUTE_FILTER, ...filter }).map((route) => route.id);

  // Rule: comparison models are hidden unless switched on; text matches every word anywhere; family is exact.
  it.each([
    [{}, ['moonshot', 'fireworks', 'k25']],
    [{ includeComparison: true }, ['moonshot', 'fireworks', 'k25', 'gpt']],
    [{ query: 'fire FAST' }, ['fireworks']],
    [{ query: 'k2.5' }, ['k25']],
    [{ family: 'K2.6' }, ['moonshot', 'fireworks']],
    [{ family: 'GPT' }, []],
    [{ family: 'GPT', includeComparison: true }, ['gpt']],
    [{ query: 'nothing matches' }, []],
  ])('%j → %j', (filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });

  it('lists families in sheet order, comparison ones only when shown', () => {
    expect(listFamilies(routes, false)).toEqual(['K2.6', 'K2.5']);
    expect(listFamilies(routes, true)).toEqual(['K2.6', 'K2.5', 'GPT']);
  });
});
