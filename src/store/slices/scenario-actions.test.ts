import { describe, expect, it } from 'vitest';
import { BUNDLED_ROUTES } from '../../data/rate-sheet';
import type { Route } from '../../domain/rates/route';
import { DEFAULT_ROUTE_ID, type Endpoint } from '../../domain/scenario/endpoint';
import { activeRouteId, activeWorkload } from '../../testing/endpoint-builders';
import { createCalculatorStore, DEFAULT_INPUTS } from '../calculator-store';
import { selectRoutes } from '../selectors';

describe('reset', () => {
  it('returns every input to its default', () => {
    const store = createCalculatorStore();
    const { setShapeValue, selectRoute, setPrice } = store.getState();
    setShapeValue('requestsPerMonth', 123);
    setShapeValue('cacheHitRatePercent', 40);
    selectRoute('kimi-k2.5@moonshot-ai');
    setPrice('output', '7');
    store.getState().reset();

    const state = store.getState();
    for (const [key, value] of Object.entries(DEFAULT_INPUTS)) {
      expect(state[key as keyof typeof DEFAULT_INPUTS], key).toEqual(value);
    }
  });

  it('keeps the actions working after a reset', () => {
    const store = createCalculatorStore();
    store.getState().reset();
    store.getState().setShapeValue('requestsPerMonth', 1000);
    expect(activeWorkload(store.getState()).requestsPerMonth).toBe(1000);
  });
});

describe('loading a scenario', () => {
  it('loads a scenario whose endpoint routes are unknown onto the default route', () => {
    const store = createCalculatorStore();
    const scenario = store.getState();
    store.getState().importScenario(
      {
        ...scenario,
        endpoints: [{ ...(scenario.endpoints[0] as Endpoint), routeId: 'gone@nowhere' }],
        selectedEndpointId: 'e9',
      },
      'plan.json',
    );
    expect(activeRouteId(store.getState())).toBe(DEFAULT_ROUTE_ID);
    expect(store.getState().selectedEndpointId).toBe('e1');
  });

  it('keeps the routes added in this session when a scenario file is loaded', () => {
    const store = createCalculatorStore();
    const added = { ...(BUNDLED_ROUTES[0] as Route), id: 'custom-a@b' };
    const other = { ...(BUNDLED_ROUTES[0] as Route), id: 'custom-c@d' };
    store.getState().saveCustomRoutes([added]);
    store
      .getState()
      .importScenario(
        { ...store.getState(), customRoutes: [other], pinnedRouteIds: ['gone@x'] },
        'plan.json',
      );
    expect(store.getState().customRoutes.map((route) => route.id)).toEqual(['custom-a@b', 'custom-c@d']);
    expect(store.getState().pinnedRouteIds).toEqual([]);
    expect(selectRoutes(store.getState()).some((route) => route.id === 'custom-c@d')).toBe(true);
  });
});
