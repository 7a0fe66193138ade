import { describe, expect, it } from 'vitest';
import { scaledIntegerToString } from './decimal';
import { formatCount, formatPercent, formatTokens } from './format-number';

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

describe('formatCount', () => {
  // Rule: a count is written with its noun, singular for exactly one and plural otherwise (0 included).
  it.each([
    [1n, 'token', undefined, '1 token'],
    [0n, 'token', undefined, '0 tokens'],
    [2_000n, 'token', undefined, '2,000 tokens'],
    [1, 'request', undefined, '1 request'],
    [1, 'reply', 'replies', '1 reply'],
    [3, 'reply', 'replies', '3 replies'],
  ])('%s %s → %s', (count, singular, plural, text) =>
    expect(formatCount(count, singular, plural)).toBe(text),
  );
});
