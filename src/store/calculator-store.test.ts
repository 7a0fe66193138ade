import { describe, expect, it } from 'vitest';
import { BUNDLED_ROUTES } from '../data/rate-sheet';
import type { Route } from '../domain/rates/route';
import { findRoute } from '../domain/rates/route-catalog';
import type { Endpoint } from '../domain/scenario/endpoint';
import { DEFAULT_ROUTE_ID } from '../domain/scenario/endpoint';
import { routeInForce } from '../domain/scenario/route-in-force';
import { DEFAULT_WORKLOAD, type WorkloadField } from '../domain/workload/workload';
import { activeRouteId, activeWorkload, oneEndpoint } from '../testing/endpoint-builders';
import { makeRoute } from '../testing/route-fixtures';
import { type CalculatorState, createCalculatorStore, DEFAULT_INPUTS } from './calculator-store';
import { selectRoutes } from './selectors';

/** A small sheet: Moonshot sells A and B, Fireworks sells A (plain and "fast") and C, Groq only A. */
const ROUTES = [
  makeRoute({ modelId: 'model-a', providerName: 'Moonshot AI' }),
  makeRoute({ modelId: 'model-a', providerName: 'Fireworks AI' }),
  makeRoute({ modelId: 'model-a', providerName: 'Fireworks AI', variant: 'fast' }),
  makeRoute({ modelId: 'model-a', providerName: 'Groq' }),
  makeRoute({ modelId: 'model-b', providerName: 'Moonshot AI' }),
  makeRoute({ modelId: 'model-b', providerName: 'Fireworks AI' }),
  makeRoute({ modelId: 'model-b', providerName: 'Fireworks AI', variant: 'fast' }),
  makeRoute({ modelId: 'model-c', providerName: 'Fireworks AI' }),
  makeRoute({ modelId: 'model-d', providerName: 'Together AI', group: 'comparison' }),
  makeRoute({ modelId: 'model-d', providerName: 'Novita', group: 'comparison' }),
];

/** The selected endpoint's route and its prices in force, as the route panel shows them. */
const activeRoute = (state: CalculatorState) =>
  routeInForce(selectRoutes(state), state.priceOverrides, activeRouteId(state));

function storeOn(routeId: string) {
  return createCalculatorStore({ initial: { routes: ROUTES, ...oneEndpoint({ routeId }) } });
}

describe('a new store', () => {
  it('starts from the defaults: Kimi K2.6 on Moonshot AI, the default workload, no overrides', () => {
    const state = createCalculatorStore().getState();
    expect(state.routes).toBe(BUNDLED_ROUTES);
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

describe('setShapeValue on the request fields', () => {
  // Rule: a value is stored only when it is finite, inside the field's range and has no more
  // decimals than the field takes; anything else is refused and the last valid value stays.
  const accepted: [WorkloadField, number][] = [
    ['requestsPerMonth', 0],
    ['requestsPerMonth', 1_000_000_000_000],
    ['inputTokensPerRequest', 10_000_000],
    ['outputTokensPerRequest', 1],
    ['cacheHitRatePercent', 12.5],
    ['cacheHitRatePercent', 33.33],
    ['retryBufferPercent', 100],
  ];
  it.each(accepted)('stores %s = %s', (field, value) => {
    const store = createCalculatorStore();
    store.getState().setShapeValue(field, value);
    expect(activeWorkload(store.getState())[field]).toBe(value);
  });

  const refused: [string, WorkloadField, number][] = [
    ['NaN', 'requestsPerMonth', Number.NaN],
    ['Infinity', 'inputTokensPerRequest', Number.POSITIVE_INFINITY],
    ['a negative count', 'requestsPerMonth', -1],
    ['a negative percentage', 'cacheHitRatePercent', -0.01],
    ['more requests than the range allows', 'requestsPerMonth', 1_000_000_000_001],
    ['more tokens than the range allows', 'outputTokensPerRequest', 10_000_001],
    ['a cache hit rate above 100%', 'cacheHitRatePercent', 100.01],
    ['a retry buffer above 100%', 'retryBufferPercent', 150],
    ['a fractional request count', 'requestsPerMonth', 1.5],
    ['a fractional token count', 'inputTokensPerRequest', 2000.1],
    ['a percentage with three decimals', 'cacheHitRatePercent', 12.345],
  ];
  it.each(refused)('refuses %s and keeps the last valid value', (_name, field, value) => {
    const store = createCalculatorStore();
    store.getState().setShapeValue(field, 7);
    const before = activeWorkload(store.getState());
    store.getState().setShapeValue(field, value);
    expect(activeWorkload(store.getState())).toEqual(before);
    expect(activeWorkload(store.getState())[field]).toBe(7);
  });

  it('changes only the field it is given', () => {
    const store = createCalculatorStore();
    store.getState().setShapeValue('retryBufferPercent', 10);
    expect(activeWorkload(store.getState())).toEqual({ ...DEFAULT_WORKLOAD, retryBufferPercent: 10 });
  });
});

describe('selectModel', () => {
  // Rule: switching model keeps the provider (and its variant) when it sells the new model; otherwise
  // it falls back to the model's Moonshot AI route; a model Moonshot does not sell opens on its first
  // provider by name.
  const cases: [string, string, string, string][] = [
    ['keeps the provider', 'model-a@fireworks-ai', 'model-b', 'model-b@fireworks-ai'],
    ['keeps the provider and variant', 'model-a@fireworks-ai-fast', 'model-b', 'model-b@fireworks-ai-fast'],
    [
      'keeps the provider when it lacks the variant',
      'model-b@fireworks-ai-fast',
      'model-c',
      'model-c@fireworks-ai',
    ],
    ['falls back to Moonshot AI', 'model-a@groq', 'model-b', 'model-b@moonshot-ai'],
    ['falls back to the first provider by name', 'model-a@moonshot-ai', 'model-d', 'model-d@novita'],
  ];
  it.each(cases)('%s: %s → %s gives %s', (_rule, from, modelId, expected) => {
    const store = storeOn(from);
    store.getState().selectModel(modelId);
    expect(activeRouteId(store.getState())).toBe(expected);
  });

  it('ignores a model the sheet does not sell', () => {
    const store = storeOn('model-a@groq');
    store.getState().selectModel('model-z');
    expect(activeRouteId(store.getState())).toBe('model-a@groq');
  });

  // On the bundled sheet, with hosts chosen from the data (whatever today's refresh sells).
  const bundledOf = (modelId: string) =>
    BUNDLED_ROUTES.filter((route) => route.modelId === modelId && route.variant === null);
  const k25Hosts = new Set(bundledOf('kimi-k2.5').map((route) => route.providerName));
  const k26 = bundledOf('kimi-k2.6').filter((route) => route.providerName !== 'Moonshot AI');

  it('works on the bundled sheet: Kimi K2.6 on a host that sells K2.5 → Kimi K2.5 stays on that host', () => {
    const from = k26.find((route) => k25Hosts.has(route.providerName)) as Route;
    const store = createCalculatorStore({ initial: oneEndpoint({ routeId: from.id }) });
    store.getState().selectModel('kimi-k2.5');
    const to = findRoute(BUNDLED_ROUTES, activeRouteId(store.getState()));
    expect([to?.modelId, to?.providerName, to?.variant]).toEqual(['kimi-k2.5', from.providerName, null]);
  });

  it('works on the bundled sheet: a provider without the model falls back to Moonshot AI', () => {
    const from = k26.find((route) => !k25Hosts.has(route.providerName)) as Route;
    const store = createCalculatorStore({ initial: oneEndpoint({ routeId: from.id }) });
    store.getState().selectModel('kimi-k2.5');
    expect(activeRouteId(store.getState())).toBe('kimi-k2.5@moonshot-ai');
  });
});

describe('selectRoute', () => {
  it('selects a route of the sheet', () => {
    const store = storeOn('model-a@moonshot-ai');
    store.getState().selectRoute('model-c@fireworks-ai');
    expect(activeRouteId(store.getState())).toBe('model-c@fireworks-ai');
  });

  it.each(['', 'model-z@nowhere', 'MODEL-A@MOONSHOT-AI'])('ignores the unknown id %j', (routeId) => {
    const store = storeOn('model-a@moonshot-ai');
    store.getState().selectRoute(routeId);
    expect(activeRouteId(store.getState())).toBe('model-a@moonshot-ai');
  });
});

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

describe('monthly budget', () => {
  // Rule: a budget is dollars with at most 2 decimals from $0 to $10^12, or none; anything else is refused.
  it.each([
    [250, 250],
    [0, 0],
    [12.34, 12.34],
    [-1, null],
    [12.345, null],
    [Number.NaN, null],
    [1e13, null],
  ])('setMonthlyBudget(%s) leaves %s', (value, expected) => {
    const store = createCalculatorStore();
    store.getState().setMonthlyBudget(value);
    expect(store.getState().monthlyBudgetUsd).toBe(expected);
  });

  it('clears with null and is cleared by reset', () => {
    const store = createCalculatorStore({ initial: { monthlyBudgetUsd: 40 } });
    store.getState().setMonthlyBudget(null);
    expect(store.getState().monthlyBudgetUsd).toBeNull();
    store.getState().setMonthlyBudget(40);
    store.getState().reset();
    expect(store.getState().monthlyBudgetUsd).toBeNull();
  });
});

describe('endpoints', () => {
  it('adds a preset endpoint after the others, selects it, and costs it on the selected route', () => {
    const store = createCalculatorStore();
    store.getState().addPresetEndpoint('multi-turn-support-chat');
    const { endpoints, selectedEndpointId } = store.getState();
    expect(endpoints.map((endpoint) => endpoint.name)).toEqual(['Endpoint 1', 'Multi-turn support chat']);
    expect(selectedEndpointId).toBe(endpoints[1]?.id);
    expect(endpoints[1]?.shape.kind).toBe('conversation');
    expect(endpoints[1]?.routeId).toBe(DEFAULT_ROUTE_ID);
  });

  it('edits only the selected endpoint: its route, its workload and its shape', () => {
    const store = createCalculatorStore();
    store.getState().addEndpoint({ name: 'Tagging' });
    store.getState().selectRoute('kimi-k2.5@moonshot-ai');
    store.getState().setShapeValue('requestsPerMonth', 5);
    store.getState().setShapeKind('agent-chain');
    store.getState().setShapeValue('stepsPerTask', 12);
    const [first, second] = store.getState().endpoints;
    expect(first?.routeId).toBe(DEFAULT_ROUTE_ID);
    expect(first?.shape).toMatchObject({ kind: 'requests', requestsPerMonth: 10_000 });
    expect(second?.routeId).toBe('kimi-k2.5@moonshot-ai');
    expect(second?.shape).toMatchObject({ kind: 'agent-chain', stepsPerTask: 12 });
  });

  it('refuses shape values out of range: zero turns, 501 steps, a field of another shape', () => {
    const store = createCalculatorStore();
    store.getState().setShapeKind('conversation');
    const before = store.getState().endpoints;
    store.getState().setShapeValue('turnsPerConversation', 0);
    store.getState().setShapeValue('turnsPerConversation', 501);
    store.getState().setShapeValue('stepsPerTask', 3);
    store.getState().setShapeValue('kind', 1);
    expect(store.getState().endpoints).toBe(before);
  });

  it('renames, duplicates, moves and removes, and never removes the last endpoint', () => {
    const store = createCalculatorStore();
    const [only] = store.getState().endpoints;
    store.getState().renameEndpoint(only?.id ?? '', '  Support   chat ');
    store.getState().renameEndpoint(only?.id ?? '', ' ');
    store.getState().renameEndpoint(only?.id ?? '', 'x'.repeat(81));
    store.getState().removeEndpoint(only?.id ?? '');
    expect(store.getState().endpoints.map((endpoint) => endpoint.name)).toEqual(['Support chat']);
    store.getState().duplicateEndpoint(only?.id ?? '');
    store.getState().addEndpoint({ name: '<b>Tagging</b>' });
    const names = () => store.getState().endpoints.map((endpoint) => endpoint.name);
    expect(names()).toEqual(['Support chat', 'Support chat (copy)', '<b>Tagging</b>']);
    const tagging = store.getState().endpoints[2]?.id ?? '';
    store.getState().moveEndpoint(tagging, -2);
    store.getState().moveEndpoint(tagging, -1);
    expect(names()).toEqual(['<b>Tagging</b>', 'Support chat', 'Support chat (copy)']);
    store.getState().removeEndpoint(tagging);
    expect(names()).toEqual(['Support chat', 'Support chat (copy)']);
    // The removed endpoint was selected: its neighbour is now.
    expect(store.getState().selectedEndpointId).toBe(store.getState().endpoints[0]?.id);
  });

  it('holds at most 20 endpoints', () => {
    const store = createCalculatorStore();
    for (let count = 0; count < 25; count += 1) store.getState().addEndpoint();
    expect(store.getState().endpoints).toHaveLength(20);
  });

  it('switches consumer traffic on and off, keeping the traffic', () => {
    const store = createCalculatorStore();
    store.getState().setConsumerTraffic(true);
    expect(store.getState().endpoints[0]?.shape).toMatchObject({
      consumer: { usersPerMonth: 1_000, requestsPerUser: 10 },
    });
    store.getState().setShapeValue('usersPerMonth', 2_500);
    store.getState().setConsumerTraffic(false);
    expect(store.getState().endpoints[0]?.shape).toMatchObject({ consumer: null, requestsPerMonth: 25_000 });
  });

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
});

describe('endpoint names and consumer traffic, exactly', () => {
  it('keeps a duplicate of an 80-character name within 80 characters, and makes renamed names unique', () => {
    const store = createCalculatorStore();
    const [only] = store.getState().endpoints;
    store.getState().renameEndpoint(only?.id ?? '', 'n'.repeat(80));
    store.getState().duplicateEndpoint(only?.id ?? '');
    const copy = store.getState().endpoints[1];
    expect([...(copy?.name ?? '')]).toHaveLength(80);
    expect(copy?.name.endsWith(' (copy)')).toBe(true);
    store.getState().renameEndpoint(copy?.id ?? '', 'n'.repeat(80));
    expect(store.getState().endpoints[1]?.name).toBe(`${'n'.repeat(76)} (2)`);
  });

  it('turns users back into the requests the bill counted: 15 users × 4.1 = 61.5 → 62', () => {
    const store = createCalculatorStore();
    store.getState().setConsumerTraffic(true);
    store.getState().setShapeValue('usersPerMonth', 15);
    store.getState().setShapeValue('requestsPerUser', 4.1);
    store.getState().setConsumerTraffic(false);
    expect(store.getState().endpoints[0]?.shape).toMatchObject({ requestsPerMonth: 62 });
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
    expect(store.getState().routes.some((route) => route.id === 'custom-c@d')).toBe(true);
  });

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
