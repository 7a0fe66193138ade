import { describe, expect, it } from 'vitest';
import { aWorkload } from '../../testing/builders';
import { aRequestShape } from '../../testing/shape-builders';
import { describeFitProblem, findFitProblems, findShapesFitProblems } from './fit';
import { DEFAULT_CONVERSATION_SHAPE } from './shape-kinds';

const K26 = { contextWindow: 262_144, maxOutput: 16_384 };

describe('findFitProblems', () => {
  // Rule: input must fit the context window, output the max output, and both together the context window.
  it.each([
    { input: 2_000, output: 500, limits: K26, expected: [] },
    { input: 262_144, output: 0, limits: K26, expected: [] },
    { input: 300_000, output: 500, limits: K26, expected: ['input-exceeds-context'] },
    { input: 250_000, output: 16_000, limits: K26, expected: ['total-exceeds-context'] },
    { input: 2_000, output: 20_000, limits: K26, expected: ['output-exceeds-max-output'] },
    {
      input: 300_000,
      output: 20_000,
      limits: K26,
      expected: ['input-exceeds-context', 'output-exceeds-max-output'],
    },
    { input: 9_000_000, output: 9_000_000, limits: { contextWindow: null, maxOutput: null }, expected: [] },
  ])('$input in / $output out → $expected', ({ input, output, limits, expected }) => {
    const problems = findFitProblems(
      aWorkload({ inputTokensPerRequest: input, outputTokensPerRequest: output }),
      limits,
    );
    expect(problems.map((problem) => problem.kind)).toEqual(expected);
  });

  it('explains each problem with the numbers', () => {
    const [problem] = findFitProblems(aWorkload({ inputTokensPerRequest: 300_000 }), K26);
    expect(describeFitProblem(problem!)).toBe(
      "300,000 input tokens do not fit this model's 262,144-token context window.",
    );
  });
});

const SEED = aRequestShape();
const CHAT = DEFAULT_CONVERSATION_SHAPE;

describe('findShapesFitProblems', () => {
  // Rule: a route fits when every endpoint's largest call fits; the worst problem of each kind is kept.
  it('finds the last turn of a long conversation too big for a 32,000-token window', () => {
    const long = { ...CHAT, turnsPerConversation: 100 };
    // Turn 100 sends 1,000 + 99 × 400 + 100 = 40,700 tokens.
    expect(findShapesFitProblems([SEED, long], { contextWindow: 32_000, maxOutput: null })).toEqual([
      { kind: 'input-exceeds-context', tokens: 40_700, limit: 32_000 },
    ]);
    expect(findShapesFitProblems([SEED, CHAT], { contextWindow: 32_000, maxOutput: null })).toEqual([]);
  });
});
