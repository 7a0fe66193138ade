import { describe, expect, it } from 'vitest';
import { BUNDLED_ROUTES } from '../../data/rate-sheet';
import { findRoute, listModels, routeForModelChange, routesForModel } from './route-catalog';

const route = (id: string) => {
  const found = findRoute(BUNDLED_ROUTES, id);
  if (!found) throw new Error(`missing ${id}`);
  return found;
};

describe('route catalog', () => {
  it('lists each model once, Kimi first', () => {
    const models = listModels(BUNDLED_ROUTES);
    expect(new Set(models.map((model) => model.modelId)).size).toBe(models.length);
    const firstComparison = models.findIndex((model) => model.group === 'comparison');
    expect(models.slice(firstComparison).every((model) => model.group === 'comparison')).toBe(true);
  });

  it('lists the providers of a model by name', () => {
    const names = routesForModel(BUNDLED_ROUTES, 'kimi-k2.6').map((candidate) => candidate.providerName);
    expect(names).toContain('Moonshot AI');
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  // Rule: switching model keeps the provider (and variant) when it sells the new model, else Moonshot, else the first.
  it.each([
    ['kimi-k2.6@openrouter', 'kimi-k2.5', 'kimi-k2.5@openrouter'],
    ['kimi-k2.6-fast@fireworks-ai', 'kimi-k2.7-code', 'kimi-k2.7-code-fast@fireworks-ai'],
    ['kimi-k2.6@tensormesh', 'kimi-k2.5', 'kimi-k2.5@moonshot-ai'],
    ['kimi-k2.6@moonshot-ai', 'gpt-5', 'gpt-5@openai'],
  ])('from %s to model %s → %s', (from, modelId, expected) => {
    expect(routeForModelChange(BUNDLED_ROUTES, route(from), modelId)?.id).toBe(expected);
  });
});
