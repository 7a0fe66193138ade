import { describe, expect, it } from 'vitest';
import { aRequestShape } from '../../testing/shape-builders';
import { DEFAULT_CONVERSATION_SHAPE } from './shape-kinds';
import { scaleTraffic, trafficUnits } from './shape-mix';

const SEED = aRequestShape();
const CHAT = DEFAULT_CONVERSATION_SHAPE;

describe('scaleTraffic', () => {
  // Rule: the mix keeps its shares, rounded half up to whole units; one shape gets exactly the total.
  it.each([
    [[SEED], 5_000, [5_000]],
    [[SEED, CHAT], 6_000, [2_000, 4_000]],
    [[SEED, CHAT], 1, [0, 1]],
    [
      [
        { ...SEED, requestsPerMonth: 0 },
        { ...CHAT, conversationsPerMonth: 0 },
      ],
      10,
      [5, 5],
    ],
  ] as const)('%#: scales to %s units', (shapes, total, expected) => {
    const scaled = scaleTraffic(shapes, total);
    expect(scaled.map((shape) => Number(trafficUnits([shape])))).toEqual(expected);
  });

  it('keeps the kinds and drops consumer traffic into plain requests', () => {
    const consumer = { ...SEED, consumer: { usersPerMonth: 100, requestsPerUser: 10 } };
    const [scaled] = scaleTraffic([consumer], 50);
    expect(scaled).toMatchObject({ kind: 'requests', consumer: null, requestsPerMonth: 50 });
  });
});
