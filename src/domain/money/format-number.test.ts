import { describe, expect, it } from 'vitest';
import { scaledIntegerToString } from './decimal';
import { formatPercent, formatTokens } from './format-number';

describe('number formatting', () => {
  it('groups token counts', () => {
    expect(formatTokens(2_000_000n)).toBe('2,000,000');
    expect(formatTokens(10n ** 19n)).toBe('10,000,000,000,000,000,000');
  });
});

describe('formatPercent', () => {
  // Rule: hundredths of a percent are written with up to 2 decimals, trailing zeros dropped.
  it.each([
    [6250n, '62.5%'],
    [1667n, '16.67%'],
    [4000n, '40%'],
    [0n, '0%'],
    [5n, '0.05%'],
    [10_000n, '100%'],
  ])('%s → %s', (hundredths, text) => expect(formatPercent(hundredths)).toBe(text));

  it('writes every percentage from 0 % to 100 % as its exact decimal', () => {
    for (let hundredths = 0n; hundredths <= 10_000n; hundredths += 1n) {
      expect(formatPercent(hundredths)).toBe(`${scaledIntegerToString(hundredths, 2)}%`);
    }
  });
});
