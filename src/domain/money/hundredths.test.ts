import { describe, expect, it } from 'vitest';
import { hundredthsOf, percentToHundredths, WHOLE } from './hundredths';

describe('hundredths of a percent', () => {
  it('make a whole of 10,000', () => {
    expect(WHOLE).toBe(10_000n);
  });

  // Rule: a percentage with at most 2 decimals is exactly its hundredths, even where floats are inexact.
  it.each([
    [0, 0n],
    [12.5, 1250n],
    [0.07, 7n],
    [1.15, 115n],
    [33.33, 3333n],
    [100, 10_000n],
  ])('%s %% → %s', (percent, hundredths) => {
    expect(percentToHundredths(percent)).toBe(hundredths);
  });

  // Rule: a share is part ÷ whole in hundredths of a percent, halves rounded up.
  it.each([
    [1n, 3n, 3333n],
    [2n, 3n, 6667n],
    [1n, 8n, 1250n],
    [1n, 20_000n, 1n],
    [0n, 7n, 0n],
    [7n, 7n, 10_000n],
  ])('%s of %s → %s', (part, whole, hundredths) => {
    expect(hundredthsOf(part, whole)).toBe(hundredths);
  });
});
