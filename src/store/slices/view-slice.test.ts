import { describe, expect, it } from 'vitest';
import { DEFAULT_ROUTE_FILTER } from '../../domain/rates/route-filter';
import { storeOn } from '../../testing/store-fixtures';

describe('pinned routes', () => {
  // Rule: a pin toggles on a route in force; an id no route has is ignored.
  it('pins and unpins a route in force, in the order pinned', () => {
    const store = storeOn('model-a@moonshot-ai');
    store.getState().togglePinned('model-b@groq');
    store.getState().togglePinned('model-c@fireworks-ai');
    store.getState().togglePinned('model-a@groq');
    expect(store.getState().pinnedRouteIds).toEqual(['model-c@fireworks-ai', 'model-a@groq']);
    store.getState().togglePinned('model-c@fireworks-ai');
    expect(store.getState().pinnedRouteIds).toEqual(['model-a@groq']);
  });
});

describe('the table filter and sort', () => {
  it('merges a partial filter, and a lone surrogate in the typed query becomes U+FFFD', () => {
    const store = storeOn('model-a@moonshot-ai');
    store.getState().setRouteFilter({ includeComparison: true });
    store.getState().setRouteFilter({ query: 'fire\uD800works' });
    expect(store.getState().routeFilter).toEqual({
      ...DEFAULT_ROUTE_FILTER,
      includeComparison: true,
      query: 'fire\uFFFDworks',
    });
  });

  it('keeps any sort it is given (a link may carry any column id)', () => {
    const store = storeOn('model-a@moonshot-ai');
    store.getState().setTableSort({ columnId: 'not-a-column', descending: true });
    expect(store.getState().tableSort).toEqual({ columnId: 'not-a-column', descending: true });
  });
});
