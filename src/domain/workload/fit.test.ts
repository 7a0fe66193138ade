import { describe, expect, it } from 'vitest';
import { aWorkload } from '../../testing/builders';
import { describeFitProblem, findFitProblems } from './fit';

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
