import { describe, expect, it } from 'vitest';
import { BUNDLED_ROUTES } from '../data/rate-sheet';
import type { Route } from '../domain/rates/route';
import { DEFAULT_ROUTE_ID } from '../domain/scenario/endpoint';
import { DEFAULT_WORKLOAD } from '../domain/workload/workload';
import { activeRouteId, activeWorkload, oneEndpoint } from '../testing/endpoint-builders';
import { createCalculatorStore } from './calculator-store';
import { selectRoutes } from './selectors';

describe('a new store', () => {
  it('starts from the defaults: Kimi K2.6 on Moonshot AI, the default workload, no overrides', () => {
    const state = createCalculatorStore().getState();
    expect(selectRoutes(state)).toBe(BUNDLED_ROUTES);
    expect(activeRouteId(state)).toBe(DEFAULT_ROUTE_ID);
    expect(activeWorkload(state)).toEqual(DEFAULT_WORKLOAD);
    expect(state.priceOverrides).toEqual({});
  });

  it('takes any inputs given and defaults the rest', () => {
    const state = createCalculatorStore({
      initial: oneEndpoint({ workload: { requestsPerMonth: 1000 } }),
    }).getState();
    expect(activeWorkload(state).requestsPerMonth).toBe(1000);
    expect(activeRouteId(state)).toBe(DEFAULT_ROUTE_ID);
  });

  it('gives every store its own state', () => {
    const first = createCalculatorStore();
    const second = createCalculatorStore();
    first.getState().setShapeValue('requestsPerMonth', 5);
    expect(activeWorkload(second.getState()).requestsPerMonth).toBe(DEFAULT_WORKLOAD.requestsPerMonth);
  });
});

describe('the routes in force', () => {
  // Rule: the routes are derived from the sheet and the user's routes, never stored: the same list
  // while both are the same lists (so a component selecting them never re-renders for nothing), a new
  // one when either changes.
  it('are the sheet itself while the user has no routes of their own', () => {
    const store = createCalculatorStore({ initial: { routes: BUNDLED_ROUTES.slice(0, 3) } });
    expect(store.getState().sheetRoutes).toHaveLength(3);
    expect(selectRoutes(store.getState())).toBe(store.getState().sheetRoutes);
    expect(store.getState()).not.toHaveProperty('routes');
  });

  it('stay the same list across edits that leave the routes alone', () => {
    const store = createCalculatorStore();
    store.getState().saveCustomRoutes([{ ...(BUNDLED_ROUTES[0] as Route), id: 'custom-a@b' }]);
    const routes = selectRoutes(store.getState());
    store.getState().setShapeValue('requestsPerMonth', 77);
    store.getState().setPrice('input', '3');
    expect(selectRoutes(store.getState())).toBe(routes);
    expect(routes.map((route) => route.id)).toContain('custom-a@b');
  });

  it('change when the user adds or deletes a route, and come back to the sheet', () => {
    const store = createCalculatorStore();
    const sheet = selectRoutes(store.getState());
    store.getState().saveCustomRoutes([{ ...(BUNDLED_ROUTES[0] as Route), id: 'custom-a@b' }]);
    const withMine = selectRoutes(store.getState());
    expect(withMine).not.toBe(sheet);
    expect(withMine).toHaveLength(sheet.length + 1);
    store.getState().deleteCustomRoute('custom-a@b');
    expect(selectRoutes(store.getState())).toBe(sheet);
  });
});
