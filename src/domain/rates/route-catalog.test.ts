import { describe, expect, it } from 'vitest';
import { makeRoute } from '../../testing/route-fixtures';
import { findRoute, listModels, routeForModelChange, routesForModel } from './route-catalog';

/** A small sheet in sheet order: Kimi models first, then a comparison model. */
const SHEET = [
  makeRoute({ modelId: 'kimi-k2.6', providerName: 'Moonshot AI' }),
  makeRoute({ modelId: 'kimi-k2.6', providerName: 'Host Beta' }),
  makeRoute({ modelId: 'kimi-k2.6', providerName: 'Host Alpha' }),
  makeRoute({ modelId: 'kimi-k2.6', providerName: 'Host Alpha', variant: 'fast' }),
  makeRoute({ modelId: 'kimi-k2.5', providerName: 'Moonshot AI' }),
  makeRoute({ modelId: 'kimi-k2.5', providerName: 'Host Alpha' }),
  makeRoute({ modelId: 'kimi-k2.7-code', providerName: 'Host Alpha', variant: 'fast' }),
  makeRoute({ modelId: 'kimi-k2.7-code', providerName: 'Host Alpha' }),
  makeRoute({ modelId: 'gpt-x', providerName: 'Zeta Cloud', group: 'comparison' }),
  makeRoute({ modelId: 'gpt-x', providerName: 'OpenAI', group: 'comparison' }),
];

const route = (id: string) => {
  const found = findRoute(SHEET, id);
  if (!found) throw new Error(`missing ${id}`);
  return found;
};

describe('route catalog', () => {
  it('lists each model once, in sheet order, Kimi first', () => {
    expect(listModels(SHEET).map((model) => [model.modelId, model.group])).toEqual([
      ['kimi-k2.6', 'kimi'],
      ['kimi-k2.5', 'kimi'],
      ['kimi-k2.7-code', 'kimi'],
      ['gpt-x', 'comparison'],
    ]);
  });

  it('lists the providers of a model by name, then variant', () => {
    expect(routesForModel(SHEET, 'kimi-k2.6').map((candidate) => candidate.id)).toEqual([
      'kimi-k2.6@host-alpha',
      'kimi-k2.6@host-alpha-fast',
      'kimi-k2.6@host-beta',
      'kimi-k2.6@moonshot-ai',
    ]);
  });

  // Rule: switching model keeps the provider (and variant) when it sells the new model, else Moonshot, else the first.
  it.each([
    ['kimi-k2.6@host-alpha', 'kimi-k2.5', 'kimi-k2.5@host-alpha'],
    ['kimi-k2.6@host-alpha-fast', 'kimi-k2.7-code', 'kimi-k2.7-code@host-alpha-fast'],
    ['kimi-k2.6@host-alpha-fast', 'kimi-k2.5', 'kimi-k2.5@host-alpha'],
    ['kimi-k2.6@host-beta', 'kimi-k2.5', 'kimi-k2.5@moonshot-ai'],
    ['kimi-k2.6@moonshot-ai', 'gpt-x', 'gpt-x@openai'],
    ['kimi-k2.6@moonshot-ai', 'kimi-k9', undefined],
  ])('from %s to model %s → %s', (from, modelId, expected) => {
    expect(routeForModelChange(SHEET, route(from), modelId)?.id).toBe(expected);
  });
});
