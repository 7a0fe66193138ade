import { describe, expect, it } from 'vitest';
import { BUNDLED_ROUTES } from '../../data/rate-sheet';
import type { Route } from '../../domain/rates/route';
import { DEFAULT_ROUTE_ID } from '../../domain/scenario/endpoint';
import { activeRouteId } from '../../testing/endpoint-builders';
import { activeRoute, storeOn } from '../../testing/store-fixtures';
import { createCalculatorStore } from '../calculator-store';

describe('setPrice and resetPrice', () => {
  it('overrides a price of the active route only', () => {
    const store = storeOn('model-a@moonshot-ai');
    store.getState().setPrice('input', '1.5');
    expect(store.getState().priceOverrides).toEqual({ 'model-a@moonshot-ai': { input: '1.5' } });
    expect(activeRoute(store.getState()).prices).toEqual({
      input: '1.5',
      cachedInput: '0.1',
      output: '4',
    });
  });

  it('keeps overrides per route: overriding one route does not affect another', () => {
    const store = storeOn('model-a@moonshot-ai');
    store.getState().setPrice('input', '1.5');
    store.getState().selectRoute('model-a@groq');
    expect(activeRoute(store.getState()).prices.input).toBe('1');

    store.getState().setPrice('output', '9');
    expect(store.getState().priceOverrides).toEqual({
      'model-a@moonshot-ai': { input: '1.5' },
      'model-a@groq': { output: '9' },
    });

    store.getState().selectRoute('model-a@moonshot-ai');
    expect(activeRoute(store.getState()).prices).toEqual({
      input: '1.5',
      cachedInput: '0.1',
      output: '4',
    });
  });

  it('resets one price and keeps the route’s other overrides', () => {
    const store = storeOn('model-a@moonshot-ai');
    store.getState().setPrice('input', '1.5');
    store.getState().setPrice('output', '9');
    store.getState().resetPrice('input');
    expect(store.getState().priceOverrides).toEqual({ 'model-a@moonshot-ai': { output: '9' } });
  });

  it('removes the route’s entry when its last override is reset', () => {
    const store = storeOn('model-a@moonshot-ai');
    store.getState().setPrice('input', '1.5');
    store.getState().selectRoute('model-a@groq');
    store.getState().setPrice('input', '2');
    store.getState().resetPrice('input');
    expect(store.getState().priceOverrides).not.toHaveProperty('model-a@groq');
    expect(store.getState().priceOverrides).toEqual({ 'model-a@moonshot-ai': { input: '1.5' } });
  });

  it('leaves the state alone when resetting a price that was never overridden', () => {
    const store = storeOn('model-a@moonshot-ai');
    const before = store.getState().priceOverrides;
    store.getState().resetPrice('output');
    expect(store.getState().priceOverrides).toBe(before);
  });

  it('accepts null for the cached-input price: the route then has no cached price', () => {
    const store = storeOn('model-a@moonshot-ai');
    store.getState().setPrice('cachedInput', null);
    expect(store.getState().priceOverrides).toEqual({ 'model-a@moonshot-ai': { cachedInput: null } });
    expect(activeRoute(store.getState()).prices.cachedInput).toBeNull();

    store.getState().resetPrice('cachedInput');
    expect(activeRoute(store.getState()).prices.cachedInput).toBe('0.1');
  });

  it('accepts 0 as a price: free is a price, not a missing one', () => {
    const store = storeOn('model-a@moonshot-ai');
    store.getState().setPrice('cachedInput', '0');
    expect(activeRoute(store.getState()).prices.cachedInput).toBe('0');
  });

  it.each(['input', 'output'] as const)('refuses null for the %s price', (kind) => {
    const store = storeOn('model-a@moonshot-ai');
    store.getState().setPrice(kind, null);
    expect(store.getState().priceOverrides).toEqual({});
  });

  it.each(['', 'abc', '-1', '1.2.3', '0.0000001', 'NaN', 'Infinity', '$1'])(
    'refuses the invalid price text %j',
    (text) => {
      const store = storeOn('model-a@moonshot-ai');
      store.getState().setPrice('input', '2');
      store.getState().setPrice('input', text);
      store.getState().setPrice('cachedInput', text);
      expect(store.getState().priceOverrides).toEqual({ 'model-a@moonshot-ai': { input: '2' } });
    },
  );
});

describe('the user’s routes', () => {
  it('moves endpoints off a deleted route and forgets its pins and prices', () => {
    const store = createCalculatorStore();
    const added = { ...(BUNDLED_ROUTES[0] as Route), id: 'custom-a@b' };
    store.getState().saveCustomRoutes([added]);
    store.getState().selectRoute('custom-a@b');
    store.getState().togglePinned('custom-a@b');
    store.getState().setPrice('output', '9');
    store.getState().deleteCustomRoute('custom-a@b');
    expect(activeRouteId(store.getState())).toBe(DEFAULT_ROUTE_ID);
    expect(store.getState().pinnedRouteIds).toEqual([]);
    expect(store.getState().priceOverrides).toEqual({});
  });
});
