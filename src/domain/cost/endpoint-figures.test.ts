import { describe, expect, it } from 'vitest';
import { aRoute, aWorkload } from '../../testing/builders';
import { DEFAULT_ENDPOINT, type Endpoint } from '../scenario/endpoint';
import { DEFAULT_CONVERSATION_SHAPE } from '../workload/shape-kinds';
import { requestShapeFromWorkload } from '../workload/shapes';
import { billScenario } from './bill-scenario';
import { buildEndpointFigures, growthLengths } from './endpoint-figures';

const MOONSHOT = aRoute(DEFAULT_ENDPOINT.routeId, { input: '0.95', cachedInput: '0.16', output: '4' });
const figuresOf = (endpoints: readonly Endpoint[]) =>
  buildEndpointFigures(billScenario({ endpoints, priceOverrides: {} }, [MOONSHOT]));
const SEED = requestShapeFromWorkload(
  aWorkload({ requestsPerMonth: 1_000, inputTokensPerRequest: 2_000, outputTokensPerRequest: 500 }),
);

describe('buildEndpointFigures', () => {
  const figures = figuresOf([
    { ...DEFAULT_ENDPOINT, name: 'Tagging', shape: SEED },
    { ...DEFAULT_ENDPOINT, id: 'e2', name: 'Support chat', shape: DEFAULT_CONVERSATION_SHAPE },
  ]);

  // $3.90 + $30.05 = $33.95; shares 11 % + 89 % = 100 %.
  it('gives each endpoint its monthly cost and share, adding up to the bill', () => {
    expect(figures.map((f) => [f.name, f.monthly, f.share, f.traffic])).toEqual([
      ['Tagging', '$3.90', '11%', '1,000 requests'],
      ['Support chat', '$30.05', '89%', '2,000 conversations'],
    ]);
  });

  it('gives the cost per unit of each kind and how a conversation grows with its turns', () => {
    expect(figures[1]?.perUnitLabel).toBe('Cost per conversation');
    expect(figures[1]?.perUnit).toBe('$0.0150');
    // Turn t sends 1,000 + 400 (t − 1) + 100 input tokens and 300 output: 1 turn = $0.002245.
    expect(figures[1]?.growth?.rows.slice(0, 2)).toEqual([
      { length: '1 turn', cost: '$0.00225' },
      { length: '2 turns', cost: '$0.00487' },
    ]);
    expect(figures[0]?.growth).toBeNull();
  });

  it('shows what an output cap saves and the cost per user', () => {
    const [capped] = figuresOf([
      {
        ...DEFAULT_ENDPOINT,
        shape: {
          ...SEED,
          maxOutputTokensPerCall: 250,
          consumer: { usersPerMonth: 100, requestsPerUser: 10 },
        },
      },
    ]);
    // 1,000 requests × 250 fewer output tokens × $4 / 1M = $1.00 saved; $2.90 ÷ 100 users.
    expect(capped?.capSaving).toBe('$1.00');
    expect(capped?.monthly).toBe('$2.90');
    expect(capped?.perUser).toBe('$0.0290');
  });
});

describe('growthLengths', () => {
  it.each([
    [1, [1]],
    [5, [1, 2, 3, 4, 5]],
    [100, [1, 9, 18, 27, 36, 45, 55, 64, 73, 82, 91, 100]],
  ])('%i → %j', (length, expected) => expect(growthLengths(length)).toEqual(expected));
});
