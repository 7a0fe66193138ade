import { describe, expect, it } from 'vitest';
import { aConversation, anAgentChain, aRequestShape } from '../../testing/shape-builders';
import { MAX_TURNS_OR_STEPS, validateShape } from './shape-ranges';
import type { WorkloadShape } from './shapes';

describe('validation', () => {
  // Rule: every input has a range; anything outside it is refused in plain words (the store keeps the
  // last valid shape instead, so a refused shape is never costed).
  it.each<[string, WorkloadShape, string]>([
    ['zero turns', aConversation({ turnsPerConversation: 0 }), 'Turns per conversation must be at least 1.'],
    [
      'half a turn',
      aConversation({ turnsPerConversation: 2.5 }),
      'Turns per conversation must be a whole number.',
    ],
    [
      '501 steps',
      anAgentChain({ stepsPerTask: MAX_TURNS_OR_STEPS + 1 }),
      'Steps per task must be at most 500.',
    ],
    ['negative tokens', aConversation({ userTokensPerTurn: -5 }), 'User tokens per turn cannot be negative.'],
    [
      'not a number',
      aConversation({ systemPromptTokens: Number.NaN }),
      'System prompt tokens must be a number.',
    ],
    [
      '3-decimal rate',
      anAgentChain({ cacheHitRatePercent: 12.345 }),
      'Cache hit rate (%) can have at most 2',
    ],
    [
      'a zero cap',
      aRequestShape({ maxOutputTokensPerCall: 0 }),
      'Max output tokens per call must be at least 1.',
    ],
    ['a fee below a micro-dollar', anAgentChain({ toolCallFeeUsd: 1e-7 }), 'at most 6 decimal places'],
    [
      'too many consumer requests',
      aRequestShape({ consumer: { usersPerMonth: 10_000_000_000, requestsPerUser: 1_000 } }),
      'Users × requests per user must be at most 1,000,000,000,000 a month.',
    ],
  ])('refuses %s', (_name, shape, message) => {
    const problems = validateShape(shape);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((problem) => problem.message).join(' ')).toContain(message);
  });

  it('accepts the defaults, and no cap at all', () => {
    for (const shape of [aConversation(), anAgentChain(), aRequestShape()])
      expect(validateShape(shape)).toEqual([]);
  });
});
