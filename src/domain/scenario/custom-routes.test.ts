import { describe, expect, it } from 'vitest';
import { makeRoute } from '../../testing/route-fixtures';
import { aRequestShape } from '../../testing/shape-builders';
import { loadInto, ownCustomRoutes, withoutCustomRoute } from './custom-routes';
import { DEFAULT_ROUTE_ID } from './endpoint';
import { DEFAULT_SCENARIO, type Scenario } from './scenario';

const MOONSHOT = makeRoute({ modelId: 'kimi-k2.6', providerName: 'Moonshot AI' });
const GROQ = makeRoute({ modelId: 'kimi-k2.5', providerName: 'Groq' });
const SHEET = [MOONSHOT, GROQ];
const MINE = makeRoute({ modelId: 'mine', providerName: 'My Host' });
const OTHER = makeRoute({ modelId: 'other', providerName: 'My Host' });
const MY_MOONSHOT = { ...MOONSHOT, prices: { ...MOONSHOT.prices, input: '5' } };

const on = (id: string, routeId: string) => ({ id, name: id, routeId, shape: aRequestShape() });

describe("a scenario's own routes", () => {
  // Rule: a route with a sheet id becomes the user's own (custom- id); a copy equal to the sheet's is
  // dropped; when nothing changes, the list itself is kept.
  it.each([
    ['routes of their own', [MINE], [MINE.id]],
    ['a changed copy of a sheet route', [MY_MOONSHOT], [`custom-${MOONSHOT.id}`]],
    ['an unchanged copy of a sheet route', [MOONSHOT, MINE], [MINE.id]],
  ])('%s', (_case, routes, ids) => {
    expect(ownCustomRoutes(SHEET, routes).map((route) => route.id)).toEqual(ids);
  });

  it('keeps the same list when nothing changes', () => {
    const mine = [MINE];
    expect(ownCustomRoutes(SHEET, mine)).toBe(mine);
  });
});

describe('putting a scenario in place', () => {
  const scenario: Scenario = {
    ...DEFAULT_SCENARIO,
    endpoints: [on('e1', 'gone@x'), on('e2', OTHER.id)],
    selectedEndpointId: 'e2',
    customRoutes: [OTHER],
    pinnedRouteIds: [GROQ.id, 'gone@x', OTHER.id],
  };
  // Rule: the scenario's routes join the current ones (same id: the scenario's wins); pins of routes
  // not in force go; endpoints on unknown routes move to the default route.
  it.each([
    ['over no routes', [], [OTHER.id]],
    ['over routes added in this session', [MINE], [MINE.id, OTHER.id]],
    ['over an older copy of its own route', [{ ...OTHER, notes: 'old' }], [OTHER.id]],
  ])('%s', (_case, current, ids) => {
    const loaded = loadInto(SHEET, current, scenario);
    expect(loaded.customRoutes.map((route) => route.id)).toEqual(ids);
    expect(loaded.customRoutes.find((route) => route.id === OTHER.id)).toBe(OTHER);
    expect(loaded.pinnedRouteIds).toEqual([GROQ.id, OTHER.id]);
    expect(loaded.endpoints.map((endpoint) => endpoint.routeId)).toEqual([DEFAULT_ROUTE_ID, OTHER.id]);
    expect(loaded.selectedEndpointId).toBe('e2');
  });
});

describe('deleting a route of the user’s', () => {
  const scenario: Scenario = {
    ...DEFAULT_SCENARIO,
    endpoints: [on('e1', MINE.id), on('e2', GROQ.id)],
    selectedEndpointId: 'e1',
    customRoutes: [MINE, OTHER],
    pinnedRouteIds: [MINE.id, GROQ.id],
    priceOverrides: { [MINE.id]: { input: '1' }, [GROQ.id]: { output: '2' } },
  };
  // Rule: its endpoints move to the default route, its pins and prices go; the rest stays.
  it('moves endpoints off it and forgets its pins and prices', () => {
    expect(withoutCustomRoute(scenario, SHEET, MINE.id)).toEqual({
      customRoutes: [OTHER],
      endpoints: [{ ...scenario.endpoints[0], routeId: DEFAULT_ROUTE_ID }, scenario.endpoints[1]],
      selectedEndpointId: 'e1',
      pinnedRouteIds: [GROQ.id],
      priceOverrides: { [GROQ.id]: { output: '2' } },
    });
  });

  it('changes nothing for a route that is not the user’s', () => {
    expect(withoutCustomRoute(scenario, SHEET, GROQ.id)).toBeNull();
    expect(withoutCustomRoute(scenario, SHEET, 'gone@x')).toBeNull();
  });
});
