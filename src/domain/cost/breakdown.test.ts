import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aWorkload, billOf, pricesOf } from '../../testing/builders';
import { formatCents } from '../money/format-money';
import { buildBreakdown, sharesInPercent } from './breakdown';

describe('buildBreakdown', () => {
  it("shows the seed example's figures and says what dominates", () => {
    const figures = buildBreakdown(
      billOf(
        aWorkload({ requestsPerMonth: 1, inputTokensPerRequest: 2_000_000, outputTokensPerRequest: 500_000 }),
        pricesOf('0.95', '0.16', '4'),
      ),
    );
    expect(figures.monthly).toBe('$3.90');
    expect(figures.lines.map((line) => [line.key, line.amount, line.sharePercent, line.tokens])).toEqual([
      ['input', '$1.90', 49, '2,000,000'],
      ['cachedInput', '$0.00', 0, '0'],
      ['output', '$2.00', 51, '500,000'],
    ]);
    expect(figures.dominance).toBe('Output is 51% of this bill.');
  });

  // Rule: line items are rounded so they add up to the rounded total, even when each rounds up alone.
  it('makes three parts of $0.005 each add up to the shown total of $0.02', () => {
    // 5,000 tokens at $1/1M = $0.005 per part; exact total $0.015 → $0.02; parts $0.01 + $0.01 + $0.00.
    const figures = buildBreakdown(
      billOf(
        aWorkload({
          requestsPerMonth: 1,
          inputTokensPerRequest: 10_000,
          cacheHitRatePercent: 50,
          outputTokensPerRequest: 5_000,
        }),
        pricesOf('1', '1', '1'),
      ),
    );
    expect(figures.monthly).toBe('$0.02');
    expect(figures.lines.map((line) => line.amount)).toEqual(['$0.01', '$0.01', '$0.00']);
  });

  it('says a zero bill costs nothing, with no shares', () => {
    const figures = buildBreakdown(billOf(aWorkload(), pricesOf('1', null, '1')));
    expect(figures.monthly).toBe('$0.00');
    expect(figures.lines.every((line) => line.sharePercent === null)).toBe(true);
    expect(figures.dominance).toBe('This workload sends no billable tokens, so it costs nothing.');
  });

  it('always shows line items that add up to the total shown, and shares that add up to 100', () => {
    const price = fc.integer({ min: 0, max: 100_000_000 }).map((micros) => (micros / 1e6).toFixed(6));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 0, max: 1e6 }),
        fc.integer({ min: 0, max: 1e6 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        price,
        price,
        price,
        (requests, input, output, hit, retry, inputPrice, cachedPrice, outputPrice) => {
          const figures = buildBreakdown(
            billOf(
              aWorkload({
                requestsPerMonth: requests,
                inputTokensPerRequest: input,
                outputTokensPerRequest: output,
                cacheHitRatePercent: hit / 100,
                retryBufferPercent: retry / 100,
              }),
              pricesOf(inputPrice, cachedPrice, outputPrice),
            ),
          );
          const sum = figures.lines.reduce((total, line) => total + line.amountCents, 0n);
          expect(formatCents(sum)).toBe(figures.monthly);
          const shares = figures.lines.map((line) => line.sharePercent);
          if (figures.monthlyCents > 0n) expect(shares.reduce((a, b) => (a ?? 0) + (b ?? 0), 0)).toBe(100);
          expect(`${figures.monthly}${figures.yearly}${figures.perRequest}`).not.toMatch(/NaN|Infinity|-/);
        },
      ),
    );
  });
});

describe('sharesInPercent', () => {
  it('splits thirds into 34 + 33 + 33', () => {
    expect(sharesInPercent([1n, 1n, 1n], 3n)).toEqual([34, 33, 33]);
  });
  it('has no shares of nothing', () => {
    expect(sharesInPercent([0n, 0n], 0n)).toBeNull();
  });
});
