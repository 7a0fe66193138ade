import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUNDLED_ROUTES } from '../../data/rate-sheet';
import { billScenario } from '../cost/bill-scenario';
import { buildBreakdown } from '../cost/breakdown';
import type { PriceOverrides } from '../rates/prices';
import type { Route } from '../rates/route';
import { findRoute } from '../rates/route-catalog';
import { type Endpoint, readEndpointName } from '../scenario/endpoint';
import { DEFAULT_SCENARIO, type Scenario } from '../scenario/scenario';
import { DEFAULT_SHAPES } from '../workload/shape-kinds';
import { validateShape } from '../workload/shape-ranges';
import type { WorkloadShape } from '../workload/shapes';
import { decodeScenario } from './decode-scenario';
import { encodeScenario } from './encode-scenario';
import { MAX_EXPANDED_LINK_LENGTH, MAX_LINK_LENGTH } from './link-format';
import { decodeScenarioFile, encodeScenarioFile } from './scenario-file';

const context = { routes: BUNDLED_ROUTES };
const ids = BUNDLED_ROUTES.map((route) => route.id);

/** The scenario's bill as the breakdown shows it: each endpoint on its own route. */
function monthlyOf(scenario: Scenario, routes: readonly Route[] = BUNDLED_ROUTES): string {
  return buildBreakdown(billScenario(scenario, routes)).monthly;
}

const first = (scenario: Scenario) => scenario.endpoints[0] as Endpoint;

/** A one-endpoint scenario with the default endpoint's route and request shape changed. */
function withEndpoint(
  routeId: string,
  fields: Partial<WorkloadShape>,
  rest: Partial<Scenario> = {},
): Scenario {
  const endpoint = first(DEFAULT_SCENARIO);
  return {
    ...DEFAULT_SCENARIO,
    endpoints: [{ ...endpoint, routeId, shape: { ...endpoint.shape, ...fields } as WorkloadShape }],
    ...rest,
  };
}

const priceText = fc.integer({ min: 0, max: 100_000_000 }).map((micros) => {
  const text = (micros / 1e6).toFixed(6).replace(/\.?0+$/, '');
  return text === '' ? '0' : text;
});
const overrides: fc.Arbitrary<PriceOverrides> = fc.record(
  { input: priceText, cachedInput: fc.option(priceText, { nil: null }), output: priceText },
  { requiredKeys: [] },
);
const hundredths = fc.integer({ min: 0, max: 10_000 }).map((value) => value / 100);
const tokens = fc.integer({ min: 0, max: 1_000_000 });
const callOptions = fc.record({
  cacheHitRatePercent: hundredths,
  retryBufferPercent: hundredths,
  reasoningTokensPerCall: tokens,
  maxOutputTokensPerCall: fc.option(fc.integer({ min: 1, max: 1e7 }), { nil: null }),
  batchSharePercent: hundredths,
  batchPriceMultiplierPercent: hundredths,
});
const shapes: fc.Arbitrary<WorkloadShape> = fc.oneof(
  fc
    .tuple(
      callOptions,
      fc.record({
        requestsPerMonth: fc.integer({ min: 0, max: 1e12 }),
        inputTokensPerRequest: fc.integer({ min: 0, max: 1e7 }),
        outputTokensPerRequest: fc.integer({ min: 0, max: 1e7 }),
      }),
      fc.option(
        fc.record({
          usersPerMonth: fc.integer({ min: 0, max: 1e6 }),
          requestsPerUser: fc.integer({ min: 0, max: 100_000 }).map((value) => value / 100),
        }),
        { nil: null },
      ),
    )
    .map(([options, fields, consumer]) => ({ ...DEFAULT_SHAPES.requests, ...options, ...fields, consumer })),
  fc
    .tuple(
      callOptions,
      fc.record({
        conversationsPerMonth: fc.integer({ min: 0, max: 1e12 }),
        turnsPerConversation: fc.integer({ min: 1, max: 500 }),
        systemPromptTokens: tokens,
        userTokensPerTurn: tokens,
        replyTokensPerTurn: tokens,
      }),
    )
    .map(([options, fields]) => ({ ...DEFAULT_SHAPES.conversation, ...options, ...fields })),
  fc
    .tuple(
      callOptions,
      fc.record({
        tasksPerMonth: fc.integer({ min: 0, max: 1e12 }),
        stepsPerTask: fc.integer({ min: 1, max: 500 }),
        baseContextTokens: tokens,
        toolResultTokensPerStep: tokens,
        outputTokensPerStep: tokens,
        toolCallsPerStep: fc.integer({ min: 0, max: 100 }),
        toolCallFeeUsd: fc.integer({ min: 0, max: 10_000_000 }).map((micros) => micros / 1e6),
      }),
    )
    .map(([options, fields]) => ({ ...DEFAULT_SHAPES['agent-chain'], ...options, ...fields })),
);
const names = fc.string({ minLength: 1, maxLength: 80 }).filter((text) => {
  const reading = readEndpointName(text);
  return reading.ok && reading.name === text;
});
const endpointLists: fc.Arbitrary<Endpoint[]> = fc
  .array(fc.record({ name: names, routeId: fc.constantFrom(...ids), shape: shapes }), {
    minLength: 1,
    maxLength: 4,
  })
  .map((list) => list.map((endpoint, index) => ({ ...endpoint, id: `e${index + 1}` })));
const scenarios: fc.Arbitrary<Scenario> = fc
  .record({
    customRoutes: fc.constant([]),
    billingExtras: fc.constant(DEFAULT_SCENARIO.billingExtras),
    endpoints: endpointLists,
    selectedEndpointId: fc.integer({ min: 1, max: 4 }).map((position) => `e${position}`),
    priceOverrides: fc
      .dictionary(fc.constantFrom(...ids), overrides, { maxKeys: 4 })
      .map((record) =>
        Object.fromEntries(Object.entries(record).filter(([, value]) => Object.keys(value).length > 0)),
      ),
    pinnedRouteIds: fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 5 }),
    routeFilter: fc.record({
      query: fc.string({ maxLength: 30 }),
      family: fc.constantFrom('all', 'K2', 'K2.6', 'GPT'),
      includeComparison: fc.boolean(),
      includeRetired: fc.boolean(),
      sameModel: fc.boolean(),
    }),
    tableSort: fc.record({
      columnId: fc.constantFrom('monthlyCost', 'provider', 'model', 'inputPrice'),
      descending: fc.boolean(),
    }),
    monthlyBudgetUsd: fc.option(
      fc.integer({ min: 0, max: 100_000_000_000_000 }).map((cents) => cents / 100),
      { nil: null },
    ),
  })
  .map((scenario) => ({
    ...scenario,
    selectedEndpointId: scenario.endpoints.some((endpoint) => endpoint.id === scenario.selectedEndpointId)
      ? scenario.selectedEndpointId
      : 'e1',
  }));

describe('share links', () => {
  it('round-trips any scenario: decode(encode(s)) = s, with nothing reported', () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        fc.pre(scenario.endpoints.every((endpoint) => validateShape(endpoint.shape).length === 0));
        const decoded = decodeScenario(encodeScenario(scenario, context), context);
        expect(decoded.problems).toEqual([]);
        expect(decoded.priceChanges).toEqual([]);
        expect(decoded.scenario).toEqual(scenario);
      }),
      { numRuns: 500 },
    );
  });

  // On Moonshot's own routes, whose prices the rate-sheet integrity test pins (K2.5: $0.60 / $0.10 / $3).
  it('keeps a typical scenario short and readable', () => {
    const scenario = withEndpoint(
      'kimi-k2.5@moonshot-ai',
      { requestsPerMonth: 250_000, cacheHitRatePercent: 40 },
      {
        priceOverrides: { 'kimi-k2.5@moonshot-ai': { output: '2.5' } },
        pinnedRouteIds: ['kimi-k2.6@moonshot-ai', 'kimi-k2.7-code@moonshot-ai', 'kimi-k3.1-pro@moonshot-ai'],
      },
    );
    const link = encodeScenario(scenario, context);
    expect(link).toBe(
      'v=3&r=kimi-k2.5@moonshot-ai&n=250000&h=40&p=0.6,0.1,2.5&pc=o&pin=kimi-k2.6@moonshot-ai&pin=kimi-k2.7-code@moonshot-ai&pin=kimi-k3.1-pro@moonshot-ai',
    );
    expect(link.length).toBeLessThan(400);
  });

  // Golden links: every released format version must keep opening with identical figures, forever.
  it.each([
    { link: 'v=1&p=0.95,0.16,4', monthly: '$39.00', routeId: 'kimi-k2.6@moonshot-ai' },
    { link: 'v=1&n=1000&p=0.95,0.16,4', monthly: '$3.90', routeId: 'kimi-k2.6@moonshot-ai' },
    {
      link: 'v=1&r=kimi-k2.5@openrouter&n=250000&h=40&p=0.57,0.095,2.5&pc=o&pin=kimi-k2.6@moonshot-ai',
      monthly: '$502.50',
      routeId: 'kimi-k2.5@openrouter',
    },
    { link: 'v=1&n=1000&b=10&p=0.95,0.16,4', monthly: '$4.29', routeId: 'kimi-k2.6@moonshot-ai' },
    { link: 'v=1&n=1000&p=0.95,0.16,4&bud=2.5', monthly: '$3.90', routeId: 'kimi-k2.6@moonshot-ai' },
  ])('golden v1 link $link opens at $monthly', ({ link, monthly, routeId }) => {
    const decoded = decodeScenario(link, context);
    expect(decoded.problems).toEqual([]);
    expect(decoded.scenario.endpoints).toHaveLength(1);
    expect(first(decoded.scenario).routeId).toBe(routeId);
    expect(monthlyOf(decoded.scenario)).toBe(monthly);
  });

  // Version 2: several endpoints, each with its own route, kind and prices.
  it.each([
    // One plain endpoint: the same figures as the v1 link it grew from.
    { link: 'v=2&n=1000&p=0.95,0.16,4', monthly: '$3.90', endpoints: 1 },
    // Support chat: 2,000 conversations of 5 turns (1,000-token prompt, 100 user + 300 reply tokens a turn)
    // send 5 × 1,100 + 400 × (0+1+2+3+4) = 9,500 input and 1,500 output tokens each: $0.015025 a conversation,
    // $30.05 a month; plus the seed's 1,000 requests at $3.90 = $33.95.
    {
      link: 'v=2&ne=2&sel=2&nm=Support%20chat&k=c&p=0.95,0.16,4&2.nm=Tagging&2.n=1000',
      monthly: '$33.95',
      endpoints: 2,
    },
  ])('golden v2 link $link opens at $monthly', ({ link, monthly, endpoints }) => {
    const decoded = decodeScenario(link, context);
    expect(decoded.problems).toEqual([]);
    expect(decoded.scenario.endpoints).toHaveLength(endpoints);
    expect(monthlyOf(decoded.scenario)).toBe(monthly);
  });

  // A version-2 link made before bundled routes kept their identity: its added routes (`cr`) held a
  // copy of Kimi K2.6 via Moonshot AI under the bundled id, at $0.01 / $0.001 / $0.02. It still opens
  // at its figures, 1,000 × (2,000 × $0.01 + 500 × $0.02) / 1M = $0.03, but the copy is now a route of
  // the user's own under another id (listed), the bundled route keeps the sheet's prices, and the link's
  // prices for it are reported as price changes ("Prices from this link").
  it('golden v2 link with a bundled id in cr opens at $0.03 with the copy renamed and the prices reported', () => {
    const link =
      'v=2&n=1000&p=0.01,0.001,0.02&cr=%7B%22schema%22%3A%22kimi-cost-calculator%2Frate-sheet%22,%22version%22%3A1,%22routes%22%3A%5B%7B%22id%22%3A%22kimi-k2.6@moonshot-ai%22,%22model%22%3A%22Kimi%20K2.6%22,%22modelId%22%3A%22kimi-k2.6%22,%22family%22%3A%22K2.6%22,%22group%22%3A%22kimi%22,%22provider%22%3A%22Moonshot%20AI%22,%22variant%22%3Anull,%22providerModelId%22%3A%22kimi-k2.6%22,%22prices%22%3A%7B%22input%22%3A%220.01%22,%22cachedInput%22%3A%220.001%22,%22output%22%3A%220.02%22%7D,%22contextWindow%22%3A262144,%22maxOutput%22%3A262144,%22source%22%3A%7B%22label%22%3A%22genai-prices%20(git)%22,%22url%22%3A%22https%3A%2F%2Fgithub.com%2Fpydantic%2Fgenai-prices%2Fblob%2F47df840%2Fprices%2Fproviders%2Fmoonshotai.yml%22,%22date%22%3A%222026-05-22%22,%22dateMeaning%22%3A%22prices_checked%20(maintainer%20verification%20date)%22%7D,%22note%22%3A%22%22,%22references%22%3A%5B%5D%7D%5D%7D';
    const decoded = decodeScenario(link, context);
    expect(monthlyOf(decoded.scenario)).toBe('$0.03');
    expect(first(decoded.scenario).routeId).toBe('kimi-k2.6@moonshot-ai');
    expect(decoded.scenario.customRoutes.map((route) => [route.id, route.prices])).toEqual([
      ['custom-kimi-k2.6@moonshot-ai', { input: '0.01', cachedInput: '0.001', output: '0.02' }],
    ]);
    expect(findRoute(BUNDLED_ROUTES, 'kimi-k2.6@moonshot-ai')?.prices).toEqual({
      input: '0.95',
      cachedInput: '0.16',
      output: '4',
    });
    expect(decoded.priceChanges).toEqual([
      { routeId: 'kimi-k2.6@moonshot-ai', kind: 'input', inLink: '0.01', today: '0.95' },
      { routeId: 'kimi-k2.6@moonshot-ai', kind: 'cachedInput', inLink: '0.001', today: '0.16' },
      { routeId: 'kimi-k2.6@moonshot-ai', kind: 'output', inLink: '0.02', today: '4' },
    ]);
    expect(decoded.problems).toEqual([
      "“Kimi K2.6 via Moonshot AI” has the id of a route in the rate sheet (kimi-k2.6@moonshot-ai), so it was added as a route of your own (custom-kimi-k2.6@moonshot-ai); the sheet's route keeps its prices and source.",
    ]);
    // "Use the sheet's prices" drops the link's prices: the seed's $3.90.
    expect(monthlyOf({ ...decoded.scenario, priceOverrides: {} })).toBe('$3.90');
  });

  it("carries every endpoint's route prices, once per route", () => {
    const scenario: Scenario = {
      ...DEFAULT_SCENARIO,
      endpoints: [
        { ...first(DEFAULT_SCENARIO), id: 'e1' },
        { ...first(DEFAULT_SCENARIO), id: 'e2', name: 'Second', routeId: 'kimi-k2.5@moonshot-ai' },
        { ...first(DEFAULT_SCENARIO), id: 'e3', name: 'Third', routeId: 'kimi-k2.5@moonshot-ai' },
      ],
    };
    const link = encodeScenario(scenario, context);
    expect(link).toBe(
      'v=3&ne=3&p=0.95,0.16,4&2.nm=Second&2.r=kimi-k2.5@moonshot-ai&2.p=0.6,0.1,3&3.nm=Third&3.r=kimi-k2.5@moonshot-ai',
    );
  });

  it('reads hostile endpoint fields one by one: names with markup stay text, bad counts fall back', () => {
    const decoded = decodeScenario(
      `v=2&ne=999&nm=%3Cb%3Ebold%3C%2Fb%3E&k=zz&2.nm=${'x'.repeat(10_00)}&2.t=0&3.k=c&3.t=100000`,
      context,
    );
    // ne=999 is ignored: the link describes endpoints 1 to 3, so 3 are read.
    expect(decoded.scenario.endpoints).toHaveLength(3);
    expect(first(decoded.scenario).name).toBe('<b>bold</b>');
    expect(decoded.scenario.endpoints[1]?.name).toBe('Endpoint 2');
    expect(decoded.scenario.endpoints[2]?.shape.kind).toBe('conversation');
    expect(decoded.problems.join(' ')).toContain('1 to 20 endpoints');
    expect(decoded.problems.join(' ')).toContain('unknown workload kind');
    expect(decoded.problems.join(' ')).toContain('at most 80 characters');
  });

  it('reproduces a link made with older prices, and says what changed', () => {
    // A K2.6/Moonshot link made when output cost $3.50: the figures follow the link, the change is reported.
    const decoded = decodeScenario('v=1&n=1000&p=0.95,0.16,3.5', context);
    expect(decoded.scenario.endpoints).toHaveLength(1);
    expect(monthlyOf(decoded.scenario)).toBe('$3.65');
    expect(decoded.priceChanges).toEqual([
      { routeId: 'kimi-k2.6@moonshot-ai', kind: 'output', inLink: '3.5', today: '4' },
    ]);
  });

  it('opens hostile links with every readable part and says what it ignored', () => {
    const decoded = decodeScenario(
      '#v=1&r=<script>alert(1)</script>&n=-5&i=1e99&o=abc&h=150&b=12.345&p=x,y,z&pin=nope&f=%3Cimg%3E&s=1;drop&q=ok',
      context,
    );
    expect(decoded.scenario.endpoints).toEqual(DEFAULT_SCENARIO.endpoints);
    expect(decoded.scenario.routeFilter.query).toBe('ok');
    expect(decoded.problems.length).toBeGreaterThanOrEqual(8);
    expect(decoded.problems[0]).toContain('is not in this rate sheet');
  });

  it('refuses oversized links whole, and reads an empty one as "no scenario"', () => {
    expect(decodeScenario(`v=1&q=${'a'.repeat(MAX_LINK_LENGTH)}`, context).problems[0]).toContain('too long');
    expect(decodeScenario('', context).found).toBe(false);
    expect(decodeScenario('#', context).found).toBe(false);
  });

  it('reads a link without a version, or from a newer version, as far as it can', () => {
    expect(first(decodeScenario('n=1000', context).scenario).shape).toMatchObject({ requestsPerMonth: 1000 });
    expect(decodeScenario('n=1000', context).problems[0]).toContain('no readable format version');
    expect(decodeScenario('v=9&n=1000', context).problems[0]).toContain('newer version');
  });

  it('never throws on thousands of malformed links, and everything it returns is in range', () => {
    const valid = encodeScenario(
      {
        ...DEFAULT_SCENARIO,
        pinnedRouteIds: ['kimi-k2.5@moonshot-ai'],
        priceOverrides: { 'kimi-k3@moonshot-ai': { input: '1' } },
      },
      context,
    );
    const mangled = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.integer({ min: 0, max: valid.length }).map((cut) => valid.slice(0, cut)),
      fc
        .tuple(fc.integer({ min: 0, max: valid.length }), fc.string({ maxLength: 8 }))
        .map(([at, junk]) => `${valid.slice(0, at)}${junk}${valid.slice(at)}`),
      fc
        .array(
          fc.tuple(
            fc.constantFrom(
              'v',
              'r',
              'n',
              'i',
              'o',
              'h',
              'b',
              'p',
              'pc',
              'x',
              'pin',
              'q',
              'f',
              'cmp',
              'ret',
              's',
              'ne',
              'sel',
              'nm',
              'k',
              '2.k',
              '2.t',
              '2.cv',
              'u',
              'upu',
              'cap',
              'bs',
              '3.tf',
              '2.nm',
            ),
            fc.oneof(fc.string({ maxLength: 20 }), fc.double().map(String), fc.constantFrom(...ids)),
          ),
          { maxLength: 12 },
        )
        .map((pairs) => pairs.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&')),
    );
    fc.assert(
      fc.property(mangled, (link) => {
        const { scenario } = decodeScenario(link, context);
        expect(scenario.endpoints.length).toBeGreaterThanOrEqual(1);
        for (const endpoint of scenario.endpoints) {
          expect(validateShape(endpoint.shape)).toEqual([]);
          expect(findRoute(BUNDLED_ROUTES, endpoint.routeId)).toBeDefined();
        }
        expect(scenario.endpoints.some((endpoint) => endpoint.id === scenario.selectedEndpointId)).toBe(true);
        for (const id of [...scenario.pinnedRouteIds, ...Object.keys(scenario.priceOverrides)]) {
          expect(findRoute(BUNDLED_ROUTES, id)).toBeDefined();
        }
        expect(monthlyOf(scenario)).toMatch(/^\$[\d,]+\.\d\d$/);
      }),
      { numRuns: 2000 },
    );
  }, 60_000);
});

describe('routes the user added, and billing extras, in links', () => {
  const added: Route = {
    ...(BUNDLED_ROUTES[0] as Route),
    id: 'custom-my-model@my-host',
    modelName: '<b>My model</b>',
    providerName: 'My host',
    prices: { input: '0.5', cachedInput: null, output: '2' },
    source: {
      label: 'Added by you',
      url: null,
      date: '2026-11-28',
      dateMeaning: 'the day you entered these figures',
    },
    references: [],
    disagrees: false,
    speed: null,
  };

  it('carry an added route that an endpoint uses, and open at its figures: 1,000 × (2,000 × $0.50 + 500 × $2) = $2.00', () => {
    const scenario: Scenario = {
      ...withEndpoint(added.id, { requestsPerMonth: 1_000 }),
      customRoutes: [added],
      billingExtras: {
        ...DEFAULT_SCENARIO.billingExtras,
        platformFeePercent: { 'My host': '5.5' },
        taxEnabled: true,
        taxPercent: '20',
      },
    };
    const decoded = decodeScenario(encodeScenario(scenario, context), context);
    expect(decoded.problems).toEqual([]);
    expect(decoded.scenario.customRoutes.map((route) => [route.id, route.modelName, route.prices])).toEqual([
      [added.id, '<b>My model</b>', added.prices],
    ]);
    expect(first(decoded.scenario).routeId).toBe(added.id);
    expect(monthlyOf(decoded.scenario, [...BUNDLED_ROUTES, added])).toBe('$2.00');
    expect(decoded.scenario.billingExtras).toEqual(scenario.billingExtras);
  });

  it('never put the prices of a route the sheet lacks on the default route', () => {
    // Endpoint 1 names a missing route with $9 prices; endpoint 2 is on the default route at its real prices.
    const decoded = decodeScenario('v=2&ne=2&r=gone@x&p=9,-,9&2.p=0.95,0.16,4', context);
    expect(decoded.scenario.priceOverrides).toEqual({});
    expect(decoded.scenario.endpoints.map((endpoint) => endpoint.routeId)).toEqual([
      'kimi-k2.6@moonshot-ai',
      'kimi-k2.6@moonshot-ai',
    ]);
    expect(monthlyOf(decoded.scenario)).toBe('$78.00');
  });

  it("carry 20 added routes in a link that opens again once inflated (up to a scenario file's length)", () => {
    const many = Array.from({ length: 20 }, (_, index) => ({ ...added, id: `custom-model@host-${index}` }));
    const scenario: Scenario = { ...withEndpoint(many[19]?.id ?? '', {}), customRoutes: many };
    const link = encodeScenario(scenario, context);
    expect(link.length).toBeGreaterThan(MAX_LINK_LENGTH);
    const decoded = decodeScenario(link, context, MAX_EXPANDED_LINK_LENGTH);
    expect(decoded.problems).toEqual([]);
    expect(decoded.scenario.customRoutes).toHaveLength(20);
    expect(first(decoded.scenario).routeId).toBe('custom-model@host-19');
  });

  it('drop unreadable added routes and billing extras with a reason, and keep the rest', () => {
    const decoded = decodeScenario(
      `v=2&n=1000&cr=${encodeURIComponent('{"routes":[{"model":"x"}]}')}&bx=${encodeURIComponent('{"taxEnabled":"yes","taxPercent":"20"}')}`,
      context,
    );
    expect(decoded.scenario.customRoutes).toEqual([]);
    expect(decoded.scenario.billingExtras.taxPercent).toBe('20');
    expect(decoded.scenario.billingExtras.taxEnabled).toBe(false);
    expect(decoded.problems).toEqual([
      'Ignored 1 of the added routes: they are not readable.',
      'Ignored the unreadable billing extra “taxEnabled”.',
    ]);
    expect(monthlyOf(decoded.scenario)).toBe('$3.90');
  });
});

describe('scenario files', () => {
  it('round-trip a scenario too large for a comfortable link', () => {
    const priceOverrides = Object.fromEntries(ids.map((id) => [id, { output: '1.5' }]));
    const scenario: Scenario = { ...DEFAULT_SCENARIO, priceOverrides, pinnedRouteIds: ids.slice(0, 40) };
    expect(encodeScenario(scenario, context).length).toBeGreaterThan(2_000);
    const decoded = decodeScenarioFile(encodeScenarioFile(scenario, context) ?? '', context);
    expect(decoded.problems).toEqual([]);
    expect(decoded.scenario).toEqual(scenario);
  });

  it.each([
    ['', 'not JSON'],
    ['{"format":"something else","scenario":"v=1"}', 'not a scenario file from this calculator'],
    ['[1,2,3]', 'not a scenario file from this calculator'],
    ['null', 'not a scenario file from this calculator'],
    ['\u0000\u0001\u00ff', 'not JSON'],
  ])('refuses %j with a reason', (text, reason) => {
    const decoded = decodeScenarioFile(text, context);
    expect(decoded.problems[0]).toContain(reason);
    expect(decoded.scenario).toEqual(DEFAULT_SCENARIO);
  });
});
