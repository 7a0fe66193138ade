import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUNDLED_ROUTES } from '../data/rate-sheet';
import { buildBreakdown } from './breakdown';
import { costWorkload } from './cost';
import { effectivePriceTexts, type PriceOverrides, type Route, toRoutePrices } from './rates';
import { findRoute } from './route-catalog';
import { DEFAULT_SCENARIO, type Scenario } from './scenario';
import {
  decodeScenario,
  decodeScenarioFile,
  encodeScenario,
  encodeScenarioFile,
  MAX_LINK_LENGTH,
} from './share-link';
import { isValidWorkloadValue, WORKLOAD_FIELDS } from './workload';

const context = { routes: BUNDLED_ROUTES };
const ids = BUNDLED_ROUTES.map((route) => route.id);

function monthlyOf(scenario: Scenario, routes: readonly Route[] = BUNDLED_ROUTES): string {
  const route = findRoute(routes, scenario.routeId) as Route;
  const prices = effectivePriceTexts(route, scenario.priceOverrides[route.id]);
  return buildBreakdown(costWorkload(scenario.workload, toRoutePrices(prices))).monthly;
}

const priceText = fc.integer({ min: 0, max: 100_000_000 }).map((micros) => {
  const text = (micros / 1e6).toFixed(6).replace(/\.?0+$/, '');
  return text === '' ? '0' : text;
});
const overrides: fc.Arbitrary<PriceOverrides> = fc.record(
  { input: priceText, cachedInput: fc.option(priceText, { nil: null }), output: priceText },
  { requiredKeys: [] },
);
const scenarios: fc.Arbitrary<Scenario> = fc.record({
  routeId: fc.constantFrom(...ids),
  workload: fc.record({
    requestsPerMonth: fc.integer({ min: 0, max: 1e12 }),
    inputTokensPerRequest: fc.integer({ min: 0, max: 1e7 }),
    outputTokensPerRequest: fc.integer({ min: 0, max: 1e7 }),
    cacheHitRatePercent: fc.integer({ min: 0, max: 10_000 }).map((value) => value / 100),
    retryBufferPercent: fc.integer({ min: 0, max: 10_000 }).map((value) => value / 100),
  }),
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
  }),
  tableSort: fc.record({
    columnId: fc.constantFrom('monthlyCost', 'provider', 'model', 'inputPrice'),
    descending: fc.boolean(),
  }),
  monthlyBudgetUsd: fc.option(
    fc.integer({ min: 0, max: 100_000_000_000_000 }).map((cents) => cents / 100),
    { nil: null },
  ),
});

describe('share links', () => {
  it('round-trips any scenario: decode(encode(s)) = s, with nothing reported', () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        const decoded = decodeScenario(encodeScenario(scenario, context), context);
        expect(decoded.problems).toEqual([]);
        expect(decoded.priceChanges).toEqual([]);
        expect(decoded.scenario).toEqual(scenario);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a typical scenario short and readable', () => {
    const scenario: Scenario = {
      ...DEFAULT_SCENARIO,
      routeId: 'kimi-k2.5@openrouter',
      workload: { ...DEFAULT_SCENARIO.workload, requestsPerMonth: 250_000, cacheHitRatePercent: 40 },
      priceOverrides: { 'kimi-k2.5@openrouter': { output: '2.5' } },
      pinnedRouteIds: ['kimi-k2.6@moonshot-ai', 'kimi-k2.5@deepinfra', 'kimi-k2.6@openrouter'],
    };
    const link = encodeScenario(scenario, context);
    expect(link).toBe(
      'v=1&r=kimi-k2.5@openrouter&n=250000&h=40&p=0.57,0.095,2.5&pc=o&pin=kimi-k2.6@moonshot-ai&pin=kimi-k2.5@deepinfra&pin=kimi-k2.6@openrouter',
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
    expect(decoded.scenario.routeId).toBe(routeId);
    expect(monthlyOf(decoded.scenario)).toBe(monthly);
  });

  it('reproduces a link made with older prices, and says what changed', () => {
    // A K2.6/Moonshot link made when output cost $3.50: the figures follow the link, the change is reported.
    const decoded = decodeScenario('v=1&n=1000&p=0.95,0.16,3.5', context);
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
    expect(decoded.scenario.routeId).toBe(DEFAULT_SCENARIO.routeId);
    expect(decoded.scenario.workload).toEqual(DEFAULT_SCENARIO.workload);
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
    expect(decodeScenario('n=1000', context).scenario.workload.requestsPerMonth).toBe(1000);
    expect(decodeScenario('n=1000', context).problems[0]).toContain('no readable format version');
    expect(decodeScenario('v=9&n=1000', context).problems[0]).toContain('newer version');
  });

  it('never throws on thousands of malformed links, and everything it returns is in range', () => {
    const valid = encodeScenario(
      {
        ...DEFAULT_SCENARIO,
        pinnedRouteIds: ['kimi-k2.5@openrouter'],
        priceOverrides: { 'gpt-5@openai': { input: '1' } },
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
            fc.constantFrom('v', 'r', 'n', 'i', 'o', 'h', 'b', 'p', 'pc', 'x', 'pin', 'q', 'f', 'cmp', 's'),
            fc.oneof(fc.string({ maxLength: 20 }), fc.double().map(String), fc.constantFrom(...ids)),
          ),
          { maxLength: 12 },
        )
        .map((pairs) => pairs.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&')),
    );
    fc.assert(
      fc.property(mangled, (link) => {
        const { scenario } = decodeScenario(link, context);
        for (const field of WORKLOAD_FIELDS)
          expect(isValidWorkloadValue(field, scenario.workload[field])).toBe(true);
        expect(findRoute(BUNDLED_ROUTES, scenario.routeId)).toBeDefined();
        for (const id of [...scenario.pinnedRouteIds, ...Object.keys(scenario.priceOverrides)]) {
          expect(findRoute(BUNDLED_ROUTES, id)).toBeDefined();
        }
        expect(monthlyOf(scenario)).toMatch(/^\$[\d,]+\.\d\d$/);
      }),
      { numRuns: 2000 },
    );
  }, 60_000);
});

describe('scenario files', () => {
  it('round-trip a scenario too large for a comfortable link', () => {
    const priceOverrides = Object.fromEntries(ids.map((id) => [id, { output: '1.5' }]));
    const scenario: Scenario = { ...DEFAULT_SCENARIO, priceOverrides, pinnedRouteIds: ids.slice(0, 40) };
    expect(encodeScenario(scenario, context).length).toBeGreaterThan(2_000);
    const decoded = decodeScenarioFile(encodeScenarioFile(scenario, context), context);
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
