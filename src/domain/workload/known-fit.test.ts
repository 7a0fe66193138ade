import { describe, expect, it } from 'vitest';
import { aWorkload } from '../../testing/builders';
import { aRequestShape } from '../../testing/shape-builders';
import type { FitProblem } from './fit';
import {
  describeOwnRouteFit,
  describeUnpublishedLimits,
  findUnpublishedLimits,
  fitVerdict,
  ownRouteFitWarning,
  type UnpublishedLimit,
} from './known-fit';

const call = (input: number, output: number) =>
  aWorkload({ inputTokensPerRequest: input, outputTokensPerRequest: output });

describe('findUnpublishedLimits', () => {
  // Rule: every call needs the context window; the max output is needed only when a call asks for
  // output tokens; a published limit is never "unpublished", whether or not it holds the call.
  it.each([
    ['both published', [call(2_000, 500)], { contextWindow: 262_144, maxOutput: 16_384 }, []],
    ['no context window', [call(2_000, 500)], { contextWindow: null, maxOutput: 16_384 }, ['context-window']],
    ['no max output', [call(2_000, 500)], { contextWindow: 262_144, maxOutput: null }, ['max-output']],
    [
      'neither',
      [call(2_000, 500)],
      { contextWindow: null, maxOutput: null },
      ['context-window', 'max-output'],
    ],
    ['no max output, no output asked for', [call(2_000, 0)], { contextWindow: 262_144, maxOutput: null }, []],
    [
      'one of several calls asks for output',
      [call(2_000, 0), call(100, 1)],
      { contextWindow: 262_144, maxOutput: null },
      ['max-output'],
    ],
    [
      'a published limit too small is not unpublished',
      [call(9_000, 9_000)],
      { contextWindow: 1_000, maxOutput: 10 },
      [],
    ],
    ['no calls', [], { contextWindow: null, maxOutput: null }, []],
  ])('%s', (_, calls, limits, expected) => {
    expect(findUnpublishedLimits(calls, limits)).toEqual(expected);
  });
});

const TOO_LONG: FitProblem = { kind: 'input-exceeds-context', tokens: 300_000, limit: 262_144 };

describe('fitVerdict', () => {
  // Rule: a broken published limit → does not fit (whatever is unknown); else an unpublished limit →
  // may not fit; else fits.
  it.each([
    [[], [], 'fits'],
    [[], ['max-output'], 'may-not-fit'],
    [[], ['context-window', 'max-output'], 'may-not-fit'],
    [[TOO_LONG], [], 'does-not-fit'],
    [[TOO_LONG], ['max-output'], 'does-not-fit'],
  ] as [FitProblem[], UnpublishedLimit[], string][])('%j, %j → %s', (problems, unpublished, expected) => {
    expect(fitVerdict(problems, unpublished)).toBe(expected);
  });
});

describe('the words', () => {
  it.each([
    [['context-window'], 'Context window not published.'],
    [['max-output'], 'Max output not published.'],
    [['context-window', 'max-output'], 'Context window and max output not published.'],
  ] as [UnpublishedLimit[], string][])('%j → %s', (unpublished, expected) => {
    expect(describeUnpublishedLimits(unpublished)).toBe(expected);
  });

  // Rule: the bill says nothing when the workload is known to fit its route, what breaks when it does
  // not, and which limit is not published when it may not.
  it.each([
    [[], [], null],
    [
      [TOO_LONG],
      ['max-output'],
      "This workload does not fit Kimi K2.6 via Host: 300,000 input tokens do not fit this model's 262,144-token context window.",
    ],
    [
      [],
      ['max-output'],
      'This workload may not fit (limit not published) on Kimi K2.6 via Host: Max output not published.',
    ],
  ] as [FitProblem[], UnpublishedLimit[], string | null][])('%j, %j', (problems, unpublished, expected) => {
    expect(describeOwnRouteFit('Kimi K2.6 via Host', problems, unpublished)).toBe(expected);
  });
});

describe('ownRouteFitWarning', () => {
  // Rule: the endpoint's largest call is checked against its own route's limits.
  const shape = aRequestShape({ inputTokensPerRequest: 2_000, outputTokensPerRequest: 20_000 });
  it.each([
    [{ contextWindow: 262_144, maxOutput: 262_144 }, null],
    [
      { contextWindow: 262_144, maxOutput: 16_384 },
      "This workload does not fit R: 20,000 output tokens exceed this route's maximum output of 16,384 tokens per request.",
    ],
    [
      { contextWindow: null, maxOutput: 262_144 },
      'This workload may not fit (limit not published) on R: Context window not published.',
    ],
  ])('%j', (limits, expected) => {
    expect(ownRouteFitWarning(shape, limits, 'R')).toBe(expected);
  });
});
