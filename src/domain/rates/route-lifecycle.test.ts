import { describe, expect, it } from 'vitest';
import { makeRoute } from '../../testing/route-fixtures';
import type { Route } from './route';
import {
  describeLifecycle,
  type RouteLifecycle,
  type RouteSuccessor,
  resolveSuccessor,
  retiredRouteNotice,
  successorRoute,
} from './route-lifecycle';

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

describe('describeLifecycle', () => {
  const life = (
    status: RouteLifecycle['status'],
    date: string | null,
    successor: RouteSuccessor | null = null,
  ): RouteLifecycle => ({ status, date, source: 'test', successor });
  const k26 = { modelId: 'kimi-k2.6', modelName: 'Kimi K2.6', routeId: 'kimi-k2.6@moonshot-ai' };
  const today = '2026-12-01';
  // Rule: retired → "Retired on <date>"; deprecated → "Shuts down on <date>" while the date is after
  // today, "Shut down on <date>" from that day; " — successor <model name, else model id>" when one is
  // known; nothing for active or unknown routes.
  it.each([
    [
      'retired with a successor',
      life('retired', '2026-05-25', k26),
      'Retired on 2026-05-25 — successor Kimi K2.6',
    ],
    [
      'retired, successor not sold here',
      life('retired', '2026-06-15', to('claude-sonnet-4-6')),
      'Retired on 2026-06-15 — successor claude-sonnet-4-6',
    ],
    ['retired, no date, no successor', life('retired', null), 'Retired'],
    [
      'deprecated, shutdown ahead',
      life('deprecated', '2026-12-11', { modelId: 'gpt-6.1-sol', modelName: 'GPT-6.1 Sol', routeId: null }),
      'Shuts down on 2026-12-11 — successor GPT-6.1 Sol',
    ],
    ['deprecated, shutdown today', life('deprecated', '2026-12-01'), 'Shut down on 2026-12-01'],
    ['deprecated, shutdown passed', life('deprecated', '2026-11-30'), 'Shut down on 2026-11-30'],
    ['deprecated, no date', life('deprecated', null), 'Shutdown announced'],
    ['active', life('active', '2026-10-23', k26), null],
    ['unknown', life('unknown', null), null],
  ])('%s', (_, lifecycle, expected) => {
    expect(describeLifecycle(lifecycle, today)).toBe(expected);
  });
});

describe('retiredRouteNotice', () => {
  // Rule: only a retired route gets a notice; it carries the retirement date and the successor's route
  // in this sheet (null when the sheet sells none).
  it.each([
    [
      'retired, successor sold',
      retired(K2('Groq'), to('kimi-k2.6')),
      { retiredOn: '2026-05-25', successorId: 'kimi-k2.6@moonshot-ai' },
    ],
    [
      'retired, successor not sold',
      retired(K2('Groq'), to('kimi-k9')),
      { retiredOn: '2026-05-25', successorId: null },
    ],
    ['retired, no successor', retired(K2('Groq'), null), { retiredOn: '2026-05-25', successorId: null }],
    [
      'deprecated',
      {
        ...K2('Groq'),
        lifecycle: { status: 'deprecated', date: '2027-01-14', source: 'test', successor: to('kimi-k2.6') },
      } as Route,
      null,
    ],
    ['active', makeRoute({ modelId: 'kimi-k2.6', providerName: 'Moonshot AI', status: 'active' }), null],
    ['unknown', K2('Groq'), null],
  ])('%s', (_, route, expected) => {
    const notice = retiredRouteNotice(SHEET, route);
    expect(
      notice === null ? null : { retiredOn: notice.retiredOn, successorId: notice.successor?.id ?? null },
    ).toEqual(expected);
  });
});
