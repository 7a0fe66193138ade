import { describe, expect, it } from 'vitest';
import { BUNDLED_ROUTES } from '../data/rate-sheet';
import type { Route } from '../domain/rates/route';
import { DEFAULT_ROUTE_ID } from '../domain/scenario/endpoint';
import { DEFAULT_SCENARIO, selectedEndpoint } from '../domain/scenario/scenario';
import { shapeFromTrace } from '../domain/traces/trace-workload';
import { aRoute } from '../testing/builders';
import { type CalculatorStore, createCalculatorStore, type UndoSnapshot } from './calculator-store';
import { selectRoutes, selectScenario } from './selectors';

/** The inputs an undo puts back, and the routes in force they make. */
type Inputs = UndoSnapshot & { readonly routes: readonly Route[] };

/** A scenario worth keeping: two endpoints (one a conversation), a typed price, a pin, a budget, a route. */
function storeWithWork(): CalculatorStore {
  const store = createCalculatorStore();
  const state = () => store.getState();
  state().saveCustomRoutes([aRoute('custom-mine@host', { input: '0.5' }, { providerName: 'My Host' })]);
  state().setShapeValue('requestsPerMonth', 4_242);
  state().addEndpoint({ name: 'Support chat' });
  state().setShapeKind('conversation');
  state().setShapeValue('turnsPerConversation', 9);
  state().selectRoute('custom-mine@host');
  state().setPrice('output', '7');
  state().togglePinned('kimi-k2.5@moonshot-ai');
  state().setMonthlyBudget(250);
  return store;
}

/** Everything an undo must put back, by value and by reference. */
function inputsOf(store: CalculatorStore): Inputs {
  const state = store.getState();
  return { ...selectScenario(state), routes: selectRoutes(state) };
}

describe('undo', () => {
  // Rule: each destructive action offers an undo that restores the exact inputs before it.
  const actions: [string, (store: CalculatorStore) => void, RegExp][] = [
    ['Reset', (store) => store.getState().reset(), /^Reset the scenario to the defaults\.$/],
    [
      'Remove endpoint',
      (store) => store.getState().removeEndpoint(store.getState().endpoints[1]?.id ?? ''),
      /^Removed the endpoint “Support chat”\.$/,
    ],
    [
      'Import scenario file',
      (store) =>
        store.getState().importScenario({ ...DEFAULT_SCENARIO, monthlyBudgetUsd: 1 }, 'team\u202E.json'),
      /^Opened the scenario file team\.json\.$/,
    ],
    [
      'Import a rate sheet that replaces a route',
      (store) =>
        store
          .getState()
          .importRoutes([aRoute('custom-mine@host', { input: '9' }), aRoute('new@host', {})], 'rates.json'),
      /^Imported 2 routes from rates\.json\.$/,
    ],
    [
      'Delete route',
      (store) => store.getState().deleteCustomRoute('custom-mine@host'),
      /^Deleted the route “Kimi K2\.6 via My Host”\.$/,
    ],
  ];

  it.each(actions)('%s, then Undo, gives back the exact inputs', (_name, act, message) => {
    const store = storeWithWork();
    const before = inputsOf(store);
    act(store);
    expect(inputsOf(store)).not.toEqual(before);
    expect(store.getState().undoOffer?.message).toMatch(message);
    store.getState().undo();
    const after = inputsOf(store);
    expect(after).toEqual(before);
    for (const key of Object.keys(before) as (keyof Inputs)[]) expect(after[key], key).toBe(before[key]);
    expect(store.getState().undoOffer).toBeNull();
  });

  it('makes no offer for an action that changes nothing, and keeps the one it has', () => {
    const store = storeWithWork();
    const before = inputsOf(store);
    store.getState().reset();
    const offer = store.getState().undoOffer;
    store.getState().reset();
    store.getState().removeEndpoint(store.getState().endpoints[0]?.id ?? '');
    store.getState().deleteCustomRoute('not-mine@x');
    expect(store.getState().undoOffer).toBe(offer);
    store.getState().undo();
    expect(inputsOf(store)).toEqual(before);
  });

  it('offers the newest action only, and never throws work away: an edit ends the offer', () => {
    const store = storeWithWork();
    store.getState().removeEndpoint(store.getState().endpoints[1]?.id ?? '');
    // Selecting, filtering and sorting keep the offer.
    store.getState().selectEndpoint(store.getState().endpoints[0]?.id ?? '');
    store.getState().setRouteFilter({ query: 'kimi' });
    store.getState().setTableSort({ columnId: 'provider', descending: false });
    expect(store.getState().undoOffer?.message).toBe('Removed the endpoint “Support chat”.');
    store.getState().setShapeValue('requestsPerMonth', 5);
    expect(store.getState().undoOffer).toBeNull();
    store.getState().undo();
    expect(store.getState().endpoints).toHaveLength(1);
  });

  it('is dismissed on request', () => {
    const store = storeWithWork();
    store.getState().reset();
    store.getState().dismissUndo();
    store.getState().undo();
    expect(store.getState().endpoints).toEqual(DEFAULT_SCENARIO.endpoints);
  });

  it('numbers each offer, so a new one is told from the last', () => {
    const store = storeWithWork();
    store.getState().removeEndpoint(store.getState().endpoints[1]?.id ?? '');
    const first = store.getState().undoOffer?.id ?? 0;
    store.getState().reset();
    expect(store.getState().undoOffer?.id).toBeGreaterThan(first);
  });
});

describe('routes the user adds never replace bundled ones', () => {
  const bundled = BUNDLED_ROUTES.find((route) => route.id === DEFAULT_ROUTE_ID) as Route;

  it("imports a route with a bundled id as the user's own, and the bundled route keeps its prices", () => {
    const store = createCalculatorStore();
    const join = store
      .getState()
      .importRoutes([{ ...bundled, prices: { input: '0.01', cachedInput: null, output: '0.02' } }], null);
    expect(join.renamed).toEqual([{ from: DEFAULT_ROUTE_ID, to: `custom-${DEFAULT_ROUTE_ID}` }]);
    const { customRoutes } = store.getState();
    expect(selectRoutes(store.getState()).find((route) => route.id === DEFAULT_ROUTE_ID)).toBe(bundled);
    expect(customRoutes.map((route) => route.id)).toEqual([`custom-${DEFAULT_ROUTE_ID}`]);
  });

  it('drops a copy of a bundled route that says what the sheet says', () => {
    const store = createCalculatorStore({ initial: { customRoutes: [bundled] } });
    expect(store.getState().customRoutes).toEqual([]);
    expect(selectRoutes(store.getState()).find((route) => route.id === DEFAULT_ROUTE_ID)).toBe(bundled);
  });

  it('does the same for a scenario loaded with such a route', () => {
    const store = createCalculatorStore({
      initial: { customRoutes: [{ ...bundled, prices: { ...bundled.prices, input: '5' } }] },
    });
    expect(selectRoutes(store.getState()).find((route) => route.id === DEFAULT_ROUTE_ID)).toBe(bundled);
    expect(store.getState().customRoutes[0]?.id).toBe(`custom-${DEFAULT_ROUTE_ID}`);
  });
});

describe('shape memory in the store', () => {
  it('switches the selected endpoint away and back with its values, and copies them with the endpoint', () => {
    const store = createCalculatorStore();
    store.getState().setShapeKind('conversation');
    store.getState().setShapeValue('turnsPerConversation', 9);
    store.getState().setShapeValue('cacheHitRatePercent', 25);
    store.getState().setShapeKind('agent-chain');
    store.getState().setShapeValue('stepsPerTask', 3);
    store.getState().setShapeKind('conversation');
    expect(store.getState().endpoints[0]?.shape).toMatchObject({
      turnsPerConversation: 9,
      cacheHitRatePercent: 25,
    });
    store.getState().duplicateEndpoint('e1');
    store.getState().setShapeKind('agent-chain');
    expect(store.getState().endpoints[1]?.shape).toMatchObject({ kind: 'agent-chain', stepsPerTask: 3 });
  });

  it('remembers the shape a request log replaced', () => {
    const store = createCalculatorStore();
    store.getState().setShapeKind('conversation');
    store.getState().setShapeValue('turnsPerConversation', 9);
    const { shape } = selectedEndpoint(store.getState());
    const workload = {
      requestsPerMonth: 10,
      inputTokensPerRequest: 100,
      outputTokensPerRequest: 10,
      cacheHitRatePercent: 0,
    };
    store.getState().setEndpointShape('e1', shapeFromTrace(shape, workload));
    expect(selectedEndpoint(store.getState()).shape.kind).toBe('requests');
    store.getState().setShapeKind('conversation');
    expect(store.getState().endpoints[0]?.shape).toMatchObject({ turnsPerConversation: 9 });
  });
});
