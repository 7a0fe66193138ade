import { describe, expect, it } from 'vitest';
import { makeRoute } from '../../testing/route-fixtures';
import type { Route } from './route';
import { type RouteSuccessor, resolveSuccessor, successorRoute } from './route-lifecycle';

const retired = (route: Route, successor: RouteSuccessor | null): Route => ({
  ...route,
  lifecycle: { status: 'retired', date: '2026-05-25', source: 'test', successor },
});
const to = (modelId: string, routeId: string | null = null): RouteSuccessor => ({
  modelId,
  modelName: null,
  routeId,
});

const SHEET = [
  makeRoute({ modelId: 'kimi-k2.6', modelName: 'Kimi K2.6', providerName: 'Moonshot AI' }),
  makeRoute({ modelId: 'kimi-k2.6', modelName: 'Kimi K2.6', providerName: 'Fireworks AI' }),
  makeRoute({ modelId: 'kimi-k2.6', modelName: 'Kimi K2.6', providerName: 'Fireworks AI', variant: 'fast' }),
  makeRoute({ modelId: 'kimi-k2.6', modelName: 'Kimi K2.6', providerName: 'Avian' }),
  makeRoute({ modelId: 'gpt-6-luna', modelName: 'GPT-6 Luna', providerName: 'OpenAI' }),
];
const K2 = (providerName: string, variant: string | null = null) =>
  makeRoute({ modelId: 'kimi-k2-0905', providerName, variant });

describe('successorRoute', () => {
  // Rule: the route the successor names when the sheet has it; otherwise the route a model change
  // would pick (same provider and variant, same provider, Moonshot, the first by provider name);
  // none without a successor, for a successor of the same model, or when nothing sells it.
  it.each([
    ['the named route', retired(K2('Groq'), to('kimi-k2.6', 'kimi-k2.6@avian')), 'kimi-k2.6@avian'],
    [
      'same provider and variant',
      retired(K2('Fireworks AI', 'fast'), to('kimi-k2.6')),
      'kimi-k2.6@fireworks-ai-fast',
    ],
    ['same provider', retired(K2('Fireworks AI', 'turbo'), to('kimi-k2.6')), 'kimi-k2.6@fireworks-ai'],
    ['Moonshot for another host', retired(K2('Groq'), to('kimi-k2.6')), 'kimi-k2.6@moonshot-ai'],
    [
      'a named route not in the sheet',
      retired(K2('Groq'), to('kimi-k2.6', 'gone@x')),
      'kimi-k2.6@moonshot-ai',
    ],
    [
      'the first route by provider',
      retired(makeRoute({ modelId: 'gpt-4.1', providerName: 'OpenRouter' }), to('gpt-6-luna')),
      'gpt-6-luna@openai',
    ],
    ['no successor', retired(K2('Groq'), null), null],
    ['a model the sheet does not sell', retired(K2('Groq'), to('kimi-k9')), null],
    ['itself', retired(K2('Groq'), to('kimi-k2-0905')), null],
  ])('%s', (_, route, expected) => {
    expect(successorRoute(SHEET, route)?.id ?? null).toBe(expected);
  });
});

describe('resolveSuccessor', () => {
  it('fills in the name and route of a successor the sheet sells, and keeps the id of one it does not', () => {
    expect(resolveSuccessor(SHEET, retired(K2('Groq'), to('kimi-k2.6')))).toEqual({
      modelId: 'kimi-k2.6',
      modelName: 'Kimi K2.6',
      routeId: 'kimi-k2.6@moonshot-ai',
    });
    expect(resolveSuccessor(SHEET, retired(K2('Groq'), to('kimi-k9')))).toEqual(to('kimi-k9'));
    expect(resolveSuccessor(SHEET, K2('Groq'))).toBeNull();
  });
});
