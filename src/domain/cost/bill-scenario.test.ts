import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aRoute, aWorkload, billInputsOf } from '../../testing/builders';
import type { Endpoint } from '../scenario/endpoint';
import { DEFAULT_AGENT_CHAIN_SHAPE, DEFAULT_CONVERSATION_SHAPE } from '../workload/shape-kinds';
import { withCacheHitRate } from '../workload/shape-mix';
import { DEFAULT_CALL_OPTIONS, requestShapeFromWorkload, type WorkloadShape } from '../workload/shapes';
import { billScenario, scenarioCacheHitRate } from './bill-scenario';
import { buildBreakdown } from './breakdown';

/** Moonshot's K2.6 prices and its published $0.005 per $web_search call. */
const MOONSHOT = aRoute(
  'moonshot',
  { input: '0.95', cachedInput: '0.16', output: '4' },
  { toolFees: [{ tool: '$web_search', usdPerCall: '0.005', source: 'test' }] },
);
const CHEAP = aRoute('cheap', { input: '0.6', cachedInput: '0.15', output: '2.5' });
/** Every shape as an endpoint on one route. */
const onRoute = (shapes: readonly WorkloadShape[], route = MOONSHOT) =>
  billScenario(billInputsOf(shapes), [route], route);
const SEED = requestShapeFromWorkload(
  aWorkload({ requestsPerMonth: 1_000, inputTokensPerRequest: 2_000, outputTokensPerRequest: 500 }),
);
// 2,000 conversations × (9,500 input + 1,500 output tokens) on Moonshot = $30.05 (see share-link tests).
const CHAT = DEFAULT_CONVERSATION_SHAPE;

describe('billScenario with every endpoint on one route', () => {
  // Rule: a plain request costs the article's formula: 2M input × $0.95 + 0.5M output × $4 per 1M.
  it('costs the seed example at $3.90: $1.90 + $2.00, $0.0039 a request', () => {
    const bill = onRoute([SEED]);
    expect(bill.parts).toEqual({
      input: 190n * 10n ** 22n,
      cachedInput: 0n,
      cacheWrite: 0n,
      output: 200n * 10n ** 22n,
      reasoning: 0n,
      toolFees: 0n,
      batch: 0n,
    });
    expect(bill.perRequest).toBe(39n * 10n ** 20n);
    expect([bill.calls, bill.units, bill.routeNames]).toEqual([1_000n, 1_000n, ['Kimi K2.6 via moonshot']]);
    expect(buildBreakdown(bill).monthly).toBe('$3.90');
  });

  // Rule: endpoints add up; per request is the total over every model call of the month.
  it('adds a chat endpoint: $3.90 + $30.05 = $33.95, over 1,000 + 10,000 calls', () => {
    const cost = onRoute([SEED, CHAT]);
    const figures = buildBreakdown(cost);
    expect(figures.monthly).toBe('$33.95');
    expect(figures.yearly).toBe('$407.40');
    expect([cost.calls, cost.units]).toEqual([11_000n, 3_000n]);
    // $33.95 ÷ 11,000 calls = $0.0030863…
    expect(figures.perRequest).toBe('$0.00309');
    expect(cost.tokens).toEqual({
      repeatedPrefix: 20_000_000n,
      input: 21_000_000n,
      cachedInput: 0n,
      cacheWrite: 0n,
      output: 3_500_000n,
      reasoning: 0n,
      toolCalls: 0n,
      batchedInput: 0n,
      batchedCachedInput: 0n,
      batchedCacheWrite: 0n,
      batchedOutput: 0n,
      batchedReasoning: 0n,
    });
  });

  it('lists tool fees and reasoning as their own lines, which still add up to the total', () => {
    const agent: WorkloadShape = { ...DEFAULT_AGENT_CHAIN_SHAPE, reasoningTokensPerCall: 100 };
    const figures = buildBreakdown(onRoute([agent]));
    expect(figures.lines.map((line) => line.key)).toEqual([
      'input',
      'cachedInput',
      'output',
      'reasoning',
      'toolFees',
    ]);
    // 1,000 tasks × 4 tool calls × $0.005 = $20.00; 1,000 × 5 steps × 100 reasoning tokens × $4/1M = $2.00.
    expect(figures.lines.find((line) => line.key === 'toolFees')?.amount).toBe('$20.00');
    expect(figures.lines.find((line) => line.key === 'reasoning')?.amount).toBe('$2.00');
    const sum = figures.lines.reduce((total, line) => total + line.amountCents, 0n);
    expect(sum).toBe(figures.monthlyCents);
  });

  it('is additive: the scenario costs the sum of its endpoints, part by part', () => {
    const shape = fc.record({
      requestsPerMonth: fc.integer({ min: 0, max: 1e9 }),
      inputTokensPerRequest: fc.integer({ min: 0, max: 1e6 }),
      outputTokensPerRequest: fc.integer({ min: 0, max: 1e6 }),
      cacheHitRatePercent: fc.integer({ min: 0, max: 100 }),
    });
    fc.assert(
      fc.property(fc.array(shape, { minLength: 1, maxLength: 5 }), (fields) => {
        const shapes = fields.map((f) => requestShapeFromWorkload(aWorkload(f)));
        const whole = onRoute(shapes);
        const parts = shapes.map((s) => onRoute([s]).monthly);
        expect(whole.monthly).toBe(parts.reduce((a, b) => a + b, 0n));
      }),
    );
  });
});

describe('billScenario with each endpoint on its own route', () => {
  it('costs the seed on Moonshot and the chat on a cheaper host', () => {
    // Chat on $0.60 / $2.50: 2,000 × (9,500 × 0.6 + 1,500 × 2.5) / 1M = $18.90; plus $3.90.
    const { endpoints } = billInputsOf([SEED, CHAT]);
    const [seed, chat] = endpoints as [Endpoint, Endpoint];
    const bill = billScenario(
      {
        endpoints: [
          { ...seed, routeId: 'moonshot' },
          { ...chat, routeId: 'cheap' },
        ],
        priceOverrides: {},
      },
      [MOONSHOT, CHEAP],
    );
    expect(buildBreakdown(bill).monthly).toBe('$22.80');
    expect(bill.routeNames).toEqual(['Kimi K2.6 via moonshot', 'Kimi K2.6 via cheap']);
  });

  // Rule: the user's price overrides are in force, and an unknown route falls back to the sheet's first.
  it('bills at the prices in force', () => {
    const endpoints = [{ ...billInputsOf([SEED]).endpoints[0], routeId: 'nowhere' } as Endpoint];
    const bill = billScenario({ endpoints, priceOverrides: { moonshot: { output: '0' } } }, [MOONSHOT]);
    expect(buildBreakdown(bill).monthly).toBe('$1.90');
    expect(bill.endpoints[0]?.prices).toEqual({ input: '0.95', cachedInput: '0.16', output: '0' });
  });
});

describe('the cache hit rate of a scenario', () => {
  it('is the shared rate, or the prefix-weighted one', () => {
    const a = { ...SEED, cacheHitRatePercent: 40 };
    const b = { ...SEED, ...DEFAULT_CALL_OPTIONS, kind: 'requests' as const, cacheHitRatePercent: 0 };
    expect(scenarioCacheHitRate(onRoute([a, a]))).toBe(40);
    // Equal input volumes at 40 % and 0 % → 20 %.
    expect(scenarioCacheHitRate(onRoute([a, b]))).toBe(20);
    expect(withCacheHitRate([a, b], 75).map((shape) => shape.cacheHitRatePercent)).toEqual([75, 75]);
  });
});
