import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aWorkload, pricesOf } from '../../testing/builders';
import { DEFAULT_AGENT_CHAIN_SHAPE, DEFAULT_CONVERSATION_SHAPE } from '../workload/shape-kinds';
import { withCacheHitRate } from '../workload/shape-mix';
import { DEFAULT_CALL_OPTIONS, requestShapeFromWorkload, type WorkloadShape } from '../workload/shapes';
import { buildBreakdown } from './breakdown';
import { costWorkload } from './cost';
import { callsPerMonth, costPricedShapes, costShapes, scenarioCacheHitRate } from './scenario-cost';

const MOONSHOT = pricesOf('0.95', '0.16', '4');
const CHEAP = pricesOf('0.6', '0.15', '2.5');
const SEED = requestShapeFromWorkload(
  aWorkload({ requestsPerMonth: 1_000, inputTokensPerRequest: 2_000, outputTokensPerRequest: 500 }),
);
// 2,000 conversations × (9,500 input + 1,500 output tokens) on Moonshot = $30.05 (see share-link tests).
const CHAT = DEFAULT_CONVERSATION_SHAPE;

describe('costShapes: every endpoint on one route', () => {
  // Rule: a plain request shape costs exactly what the engine's formula says.
  it('costs the seed example at $3.90, the same object costWorkload returns', () => {
    const cost = costShapes([SEED], MOONSHOT);
    expect(cost).toEqual(costWorkload(aWorkload({ ...SEED }), MOONSHOT));
    expect(buildBreakdown(cost).monthly).toBe('$3.90');
  });

  // Rule: endpoints add up; per request is the total over every model call of the month.
  it('adds a chat endpoint: $3.90 + $30.05 = $33.95, over 1,000 + 10,000 calls', () => {
    const cost = costShapes([SEED, CHAT], MOONSHOT);
    const figures = buildBreakdown(cost);
    expect(figures.monthly).toBe('$33.95');
    expect(figures.yearly).toBe('$407.40');
    expect(callsPerMonth(CHAT)).toBe(10_000n);
    // $33.95 ÷ 11,000 calls = $0.0030863…
    expect(figures.perRequest).toBe('$0.00309');
    expect(cost.tokens).toEqual({ input: 21_000_000n, cachedInput: 0n, output: 3_500_000n, reasoning: 0n });
  });

  it('lists tool fees and reasoning as their own lines, which still add up to the total', () => {
    const agent: WorkloadShape = { ...DEFAULT_AGENT_CHAIN_SHAPE, reasoningTokensPerCall: 100 };
    const figures = buildBreakdown(costShapes([agent], MOONSHOT));
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
        const whole = costShapes(shapes, MOONSHOT);
        const parts = shapes.map((s) => costShapes([s], MOONSHOT).monthly);
        expect(whole.monthly).toBe(parts.reduce((a, b) => a + b, 0n));
      }),
    );
  });
});

describe('costPricedShapes: each endpoint on its own route', () => {
  it('costs the seed on Moonshot and the chat on a cheaper host', () => {
    // Chat on $0.60 / $2.50: 2,000 × (9,500 × 0.6 + 1,500 × 2.5) / 1M = $18.90; plus $3.90.
    const cost = costPricedShapes([
      { shape: SEED, prices: MOONSHOT },
      { shape: CHAT, prices: CHEAP },
    ]);
    expect(buildBreakdown(cost).monthly).toBe('$22.80');
  });
});

describe('the cache hit rate of a scenario', () => {
  it('is the shared rate, or the prefix-weighted one', () => {
    const a = { ...SEED, cacheHitRatePercent: 40 };
    const b = { ...SEED, ...DEFAULT_CALL_OPTIONS, kind: 'requests' as const, cacheHitRatePercent: 0 };
    expect(scenarioCacheHitRate([a, a], costShapes([a, a], MOONSHOT))).toBe(40);
    // Equal input volumes at 40 % and 0 % → 20 %.
    expect(scenarioCacheHitRate([a, b], costShapes([a, b], MOONSHOT))).toBe(20);
    expect(withCacheHitRate([a, b], 75).map((shape) => shape.cacheHitRatePercent)).toEqual([75, 75]);
  });
});
