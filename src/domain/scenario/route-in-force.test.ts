import { describe, expect, it } from 'vitest';
import { makeRoute } from '../../testing/route-fixtures';
import { DEFAULT_ROUTE_ID } from './endpoint';
import { knownRouteId, routeInForce, routesInForce } from './route-in-force';

/** The default route's id: Kimi K2.6 on Moonshot AI. */
const MOONSHOT = makeRoute({ modelId: 'kimi-k2.6', providerName: 'Moonshot AI' });
const FIREWORKS = makeRoute({ modelId: 'kimi-k2.6', providerName: 'Fireworks AI' });
const GROQ = makeRoute({ modelId: 'kimi-k2.5', providerName: 'Groq' });
const SHEET = [FIREWORKS, MOONSHOT, GROQ];
const MINE = makeRoute({ modelId: 'my-model', providerName: 'My host' });
const MY_FIREWORKS = { ...FIREWORKS, prices: { input: '9', cachedInput: null, output: '9' } };

describe('routes in force', () => {
  it('are the sheet itself, the same list, while the user has added no route', () => {
    expect(routesInForce(SHEET, [])).toBe(SHEET);
  });

  // Rule: a user's route with a sheet route's id takes its place; the others follow the sheet, in order.
  it.each([
    ['one route of the user’s own', [MINE], [FIREWORKS, MOONSHOT, GROQ, MINE]],
    ['a route with a sheet id', [MY_FIREWORKS], [MY_FIREWORKS, MOONSHOT, GROQ]],
    ['both', [MINE, MY_FIREWORKS], [MY_FIREWORKS, MOONSHOT, GROQ, MINE]],
  ])('with %s', (_case, custom, expected) => {
    expect(routesInForce(SHEET, custom)).toEqual(expected);
  });
});

describe('a known route id', () => {
  it('finds the default route, Kimi K2.6 on Moonshot AI, in the test sheet', () => {
    expect(MOONSHOT.id).toBe(DEFAULT_ROUTE_ID);
  });

  // Rule: an id the routes have stays; else the default route (Kimi K2.6 on Moonshot AI); else the first route.
  it.each([
    ['an id the sheet has', SHEET, GROQ.id, GROQ.id],
    ['an unknown id, the default route in the sheet', SHEET, 'gone@nowhere', MOONSHOT.id],
    ['an unknown id, no default route in the sheet', [GROQ, FIREWORKS], 'gone@nowhere', GROQ.id],
    ['an unknown id, an empty sheet', [], 'gone@nowhere', DEFAULT_ROUTE_ID],
  ])('%s', (_case, routes, routeId, expected) => {
    expect(knownRouteId(routes, routeId)).toBe(expected);
  });
});

describe('the route in force', () => {
  // Rule: the route with the id (else the first route), at the sheet's prices with the user's overrides on top;
  // `cachedInput: null` overrides to "no cached price", an override of another route changes nothing.
  it.each([
    ['no overrides', GROQ.id, {}, GROQ, GROQ.prices],
    ['an unknown id', 'gone@nowhere', {}, FIREWORKS, FIREWORKS.prices],
    [
      'an input override',
      GROQ.id,
      { [GROQ.id]: { input: '2.5' } },
      GROQ,
      { input: '2.5', cachedInput: '0.1', output: '4' },
    ],
    [
      'no cached price',
      GROQ.id,
      { [GROQ.id]: { cachedInput: null } },
      GROQ,
      { input: '1', cachedInput: null, output: '4' },
    ],
    ['another route’s override', GROQ.id, { [MOONSHOT.id]: { output: '7' } }, GROQ, GROQ.prices],
  ])('%s', (_case, routeId, overrides, route, prices) => {
    expect(routeInForce(SHEET, overrides, routeId)).toEqual({ route, prices });
  });
});
