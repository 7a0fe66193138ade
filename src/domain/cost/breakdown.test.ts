import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aWorkload, billOf, pricesOf } from '../../testing/builders';
import { aRequestShape } from '../../testing/shape-builders';
import { formatCents } from '../money/format-money';
import { buildBreakdown, sharesInPercent } from './breakdown';
import { prepareShape, priceShape } from './engine';
import { plainTariff } from './tariff';

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
    // 5,000 tokens at $1/1M = $0.005 per part; exact total $0.015 → $0.02; parts $0.01 + $0.01 + none,
    // and the part that got no cent is not nothing, so it reads "< $0.01".
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
    expect(figures.lines.map((line) => line.amount)).toEqual(['$0.01', '$0.01', '< $0.01']);
    expect(figures.lines.map((line) => line.exact)).toEqual(['$0.005', '$0.005', '$0.005']);
    expect(figures.rounding).toBe(
      'Rounded on their own the lines would add up to $0.03, but the exact total rounds to $0.02, so every line is rounded down to the cent and the cents left over go to the lines with the largest remainders (Output shows $0.00 for its exact $0.005).',
    );
  });

  it('says each line is its own rounding when that adds up, and gives the exact total', () => {
    const figures = buildBreakdown(
      billOf(
        aWorkload({ requestsPerMonth: 1, inputTokensPerRequest: 2_000_000, outputTokensPerRequest: 500_000 }),
        pricesOf('0.95', '0.16', '4'),
      ),
    );
    expect(figures.monthlyExact).toBe('$3.90');
    expect(figures.rounding).toBe(
      'Each line is its exact amount rounded to the nearest cent, and together they make the total: the exact total rounded to the cent.',
    );
  });

  // Rule: cost per request is a unit cost, three significant digits below $1, exact half-up rounding.
  // 2,000 in × $0.95 + 2,500 out × $4.00 per 1M = $0.0019 + $0.01 = $0.0119 a request.
  it.each([
    [2_000, 2_500, '0.95', '4', '$0.0119'],
    [2_000, 500, '0.95', '4', '$0.00390'],
    [200_000, 250_000, '0.95', '4', '$1.19'],
    [0, 0, '0.95', '4', '$0.00'],
  ])('%s in / %s out at $%s / $%s per 1M costs %s a request', (input, output, inPrice, outPrice, text) => {
    const figures = buildBreakdown(
      billOf(
        aWorkload({ requestsPerMonth: 1000, inputTokensPerRequest: input, outputTokensPerRequest: output }),
        pricesOf(inPrice, null, outPrice),
      ),
    );
    expect(figures.perRequest).toBe(text);
  });

  // Rule: the yearly cost is 12 × the monthly cost shown; under a cent a month, 12 × the exact month.
  it.each([
    // 777 × (1,234 in × $0.95 + 321 out × $4) per 1M = $1.9085... → $1.91 a month, $22.92 a year
    [777, 1_234, 321, '$1.91', '$22.92'],
    // 1 × 1 in × $0.95 per 1M = $0.00000095 → "< $0.01"; a year $0.0000114 → "< $0.01"
    [1, 1, 0, '< $0.01', '< $0.01'],
    // 1 × 1,000 out × $4 per 1M = $0.004 a month → "< $0.01"; a year $0.048 → $0.05
    [1, 0, 1_000, '< $0.01', '$0.05'],
  ])('%s requests × %s in / %s out → %s a month, %s a year', (requests, input, output, monthly, yearly) => {
    const figures = buildBreakdown(
      billOf(
        aWorkload({
          requestsPerMonth: requests,
          inputTokensPerRequest: input,
          outputTokensPerRequest: output,
        }),
        pricesOf('0.95', null, '4'),
      ),
    );
    expect([figures.monthly, figures.yearly]).toEqual([monthly, yearly]);
  });

  it('writes "1 token" for a single token and the plural otherwise', () => {
    const figures = buildBreakdown(
      billOf(
        aWorkload({ requestsPerMonth: 1, inputTokensPerRequest: 1, outputTokensPerRequest: 2 }),
        pricesOf('0.95', null, '4'),
      ),
    );
    expect(figures.lines.map((line) => line.tokensText)).toEqual(['1 token', '0 tokens', '2 tokens']);
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
          expect(sum).toBe(figures.monthlyCents);
          expect(figures.monthly).toBe(
            figures.monthlyCents === 0n && figures.monthlyExact !== '$0.00' ? '< $0.01' : formatCents(sum),
          );
          if (figures.monthlyCents > 0n) expect(figures.yearlyCents).toBe(12n * figures.monthlyCents);
          const shares = figures.lines.map((line) => line.sharePercent);
          if (figures.monthlyCents > 0n) expect(shares.reduce((a, b) => (a ?? 0) + (b ?? 0), 0)).toBe(100);
          expect(`${figures.monthly}${figures.yearly}${figures.perRequest}`).not.toMatch(/NaN|Infinity|-/);
        },
      ),
    );
  });
});

describe('tokens that match their line', () => {
  // Rule: with a batch share, the token lines count only the units not batched and the batch line
  // counts every token of the batched ones, so each line's tokens × its price give its dollars.
  // 1,000 requests × 2,000 in / 500 out, 25 % batched (250 requests) at half of $0.95 / $4.00:
  // input 750 × 2,000 = 1,500,000 × $0.95 = $1.425; output 750 × 500 = 375,000 × $4 = $1.50;
  // batch 250 × 2,500 = 625,000 tokens: (500,000 × $0.95 + 125,000 × $4) ÷ 2 = $0.4875.
  it('shows a batched share with its own tokens', () => {
    const bill = priceShape(
      prepareShape(aRequestShape({ batchSharePercent: 25, batchPriceMultiplierPercent: 50 })),
      plainTariff(pricesOf('0.95', '0.16', '4')),
    );
    const lines = buildBreakdown(bill).lines.map((line) => [line.key, line.tokensText, line.exact]);
    expect(lines).toEqual([
      ['input', '1,500,000 tokens', '$1.425'],
      ['cachedInput', '0 tokens', '$0.00'],
      ['output', '375,000 tokens', '$1.50'],
      ['batch', '625,000 tokens', '$0.4875'],
    ]);
  });

  it('splits cached tokens between the batched and the other units', () => {
    // 3 requests × 1,001 tokens, 50 % cached: 1,501.5 → 1,502 cached; 2 batched: 1,001 → 1,001 cached.
    const bill = priceShape(
      prepareShape(
        aRequestShape({
          requestsPerMonth: 3,
          inputTokensPerRequest: 1_001,
          outputTokensPerRequest: 7,
          cacheHitRatePercent: 50,
          batchSharePercent: 50,
        }),
      ),
      plainTariff(pricesOf('0.95', '0.16', '4')),
    );
    const tokens = buildBreakdown(bill).lines.map((line) => [line.key, line.tokenCount]);
    // Not batched: 1 request, 1,001 input of which 1,502 − 1,001 = 501 cached; 7 output.
    expect(tokens).toEqual([
      ['input', 500n],
      ['cachedInput', 501n],
      ['output', 7n],
      ['batch', 2n * 1_001n + 14n],
    ]);
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
