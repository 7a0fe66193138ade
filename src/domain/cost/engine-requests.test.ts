import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anyPercent as percent,
  anyPrices as prices,
  anyWorkload as workloads,
} from '../../testing/arbitraries';
import { aWorkload, billOf, pricesOf } from '../../testing/builders';
import { formatUsd, formatUsdFine } from '../money/format-money';
import type { RoutePrices } from '../rates/prices';
import { WORKLOAD_RANGES, type Workload } from '../workload/workload';

const K26_MOONSHOT = pricesOf('0.95', '0.16', '4.00');

function shown(workload: Workload, prices: RoutePrices) {
  const cost = billOf(workload, prices);
  return {
    input: formatUsd(cost.parts.input),
    cachedInput: formatUsd(cost.parts.cachedInput),
    output: formatUsd(cost.parts.output),
    monthly: formatUsd(cost.monthly),
    yearly: formatUsd(cost.yearly),
    perRequest: formatUsdFine(cost.perRequest),
    retryBuffer: formatUsd(cost.retryBuffer),
  };
}

describe("the seed article's worked example", () => {
  // 2,000,000 input and 500,000 output tokens a month at $0.95 / $4.00 per 1M:
  // 2.0 × $0.95 = $1.90, 0.5 × $4.00 = $2.00, total $3.90.
  it('costs $1.90 + $2.00 = $3.90 whether it is one big request or a thousand small ones', () => {
    for (const [requests, input, output] of [
      [1, 2_000_000, 500_000],
      [1_000, 2_000, 500],
      [500_000, 4, 1],
    ] as const) {
      expect(
        shown(
          aWorkload({
            requestsPerMonth: requests,
            inputTokensPerRequest: input,
            outputTokensPerRequest: output,
          }),
          K26_MOONSHOT,
        ),
      ).toMatchObject({
        input: '$1.90',
        cachedInput: '$0.00',
        output: '$2.00',
        monthly: '$3.90',
        yearly: '$46.80',
      });
    }
  });
});

describe('a plain request through the engine', () => {
  // Rule: cache hits are billed at the cached price, misses at the input price, output at the output
  // price; the retry buffer scales every part. Hand-computed for 1,000 requests × 2,000 in × 500 out.
  it.each([
    {
      name: '50% cache hits at $0.16',
      workload: { cacheHitRatePercent: 50 },
      prices: K26_MOONSHOT,
      // 1M miss × 0.95 = 0.95; 1M hit × 0.16 = 0.16; 0.5M out × 4 = 2.00
      expected: { input: '$0.95', cachedInput: '$0.16', output: '$2.00', monthly: '$3.11' },
    },
    {
      name: 'no cached price: hits billed at the full input price',
      workload: { cacheHitRatePercent: 50 },
      prices: pricesOf('0.95', null, '4'),
      expected: { input: '$0.95', cachedInput: '$0.95', output: '$2.00', monthly: '$3.90' },
    },
    {
      name: 'a cached price of 0 is free, not missing',
      workload: { cacheHitRatePercent: 100 },
      prices: pricesOf('0.96', '0', '4'),
      expected: { input: '$0.00', cachedInput: '$0.00', output: '$2.00', monthly: '$2.00' },
    },
    {
      name: '10% retry buffer on every part',
      workload: { retryBufferPercent: 10 },
      prices: K26_MOONSHOT,
      // 3.90 × 1.1 = 4.29, of which 0.39 is the buffer
      expected: { input: '$2.09', output: '$2.20', monthly: '$4.29', retryBuffer: '$0.39' },
    },
    {
      name: 'fractional percentages stay exact',
      workload: { cacheHitRatePercent: 33.33, retryBufferPercent: 12.5 },
      prices: K26_MOONSHOT,
      // misses 1,333,400 × 0.95 = 1.26673; hits 666,600 × 0.16 = 0.106656; out 2.00; × 1.125
      // = 1.42507125 + 0.119988 + 2.25 = 3.79505925
      expected: { input: '$1.43', cachedInput: '$0.12', output: '$2.25', monthly: '$3.80' },
    },
  ])('$name', ({ workload, prices, expected }) => {
    const result = shown(
      aWorkload({
        requestsPerMonth: 1_000,
        inputTokensPerRequest: 2_000,
        outputTokensPerRequest: 500,
        ...workload,
      }),
      prices,
    );
    expect(result).toMatchObject(expected);
  });

  it('costs one request exactly, far below a cent', () => {
    const cost = billOf(
      aWorkload({ requestsPerMonth: 1_000, inputTokensPerRequest: 2_000, outputTokensPerRequest: 500 }),
      K26_MOONSHOT,
    );
    // 2,000 × 0.95 / 1M + 500 × 4 / 1M = 0.0019 + 0.002 = 0.0039
    expect(formatUsdFine(cost.perRequest)).toBe('$0.00390');
    expect(cost.perRequest * 1_000n).toBe(cost.monthly);
  });

  it('reports the tokens billed each month, split by cache', () => {
    const cost = billOf(
      aWorkload({
        requestsPerMonth: 3,
        inputTokensPerRequest: 1_001,
        outputTokensPerRequest: 7,
        cacheHitRatePercent: 50,
      }),
      K26_MOONSHOT,
    );
    expect(cost.tokens).toEqual({
      repeatedPrefix: 3003n,
      input: 1501n,
      cachedInput: 1502n,
      cacheWrite: 0n,
      output: 21n,
      reasoning: 0n,
      toolCalls: 0n,
      batchedInput: 0n,
      batchedCachedInput: 0n,
      batchedCacheWrite: 0n,
      batchedOutput: 0n,
      batchedReasoning: 0n,
    });
  });

  it('stays finite and exact at the largest inputs', () => {
    const cost = billOf(
      aWorkload({
        requestsPerMonth: WORKLOAD_RANGES.requestsPerMonth.max,
        inputTokensPerRequest: WORKLOAD_RANGES.inputTokensPerRequest.max,
        outputTokensPerRequest: WORKLOAD_RANGES.outputTokensPerRequest.max,
        cacheHitRatePercent: 100,
        retryBufferPercent: 100,
      }),
      pricesOf('10000', '10000', '10000'),
    );
    // 10^12 × 10^7 tokens × 2 kinds × $10,000 per 1M × 2 = $4 × 10^17
    expect(formatUsd(cost.monthly)).toBe('$400,000,000,000,000,000.00');
  });
});

describe('laws of the cost model', () => {
  it('is linear in monthly requests', () => {
    fc.assert(
      fc.property(workloads, prices, fc.integer({ min: 0, max: 1000 }), (workload, routePrices, factor) => {
        const base = billOf(
          { ...workload, requestsPerMonth: Math.floor(workload.requestsPerMonth / 1000) },
          routePrices,
        );
        const scaled = billOf(
          { ...workload, requestsPerMonth: Math.floor(workload.requestsPerMonth / 1000) * factor },
          routePrices,
        );
        expect(scaled.monthly).toBe(base.monthly * BigInt(factor));
      }),
    );
  });

  it('is additive: a months of a requests and b requests cost the same as a + b', () => {
    fc.assert(
      fc.property(workloads, prices, fc.integer({ min: 0, max: 1e9 }), (workload, routePrices, extra) => {
        const a = billOf(workload, routePrices).monthly;
        const b = billOf({ ...workload, requestsPerMonth: extra }, routePrices).monthly;
        const both = billOf(
          { ...workload, requestsPerMonth: workload.requestsPerMonth + extra },
          routePrices,
        );
        expect(both.monthly).toBe(a + b);
      }),
    );
  });

  it('never falls when any price or token count rises', () => {
    fc.assert(
      fc.property(
        workloads,
        prices,
        fc.constantFrom('inputPerMillion', 'cachedInputPerMillion', 'outputPerMillion'),
        fc.constantFrom('inputTokensPerRequest', 'outputTokensPerRequest', 'requestsPerMonth'),
        fc.bigInt({ min: 0n, max: 1_000_000n }),
        fc.integer({ min: 0, max: 1000 }),
        (workload, routePrices, priceKey, tokenKey, priceRise, tokenRise) => {
          const before = billOf(workload, routePrices).monthly;
          const current = routePrices[priceKey] ?? routePrices.inputPerMillion;
          const dearer = billOf(workload, { ...routePrices, [priceKey]: current + priceRise }).monthly;
          const bigger = billOf(
            { ...workload, [tokenKey]: workload[tokenKey] + tokenRise },
            routePrices,
          ).monthly;
          expect(dearer >= before).toBe(true);
          expect(bigger >= before).toBe(true);
        },
      ),
    );
  });

  it('never costs more with more cache hits when cached input is no dearer than input', () => {
    fc.assert(
      fc.property(workloads, prices, percent, (workload, routePrices, otherRate) => {
        const cached = routePrices.cachedInputPerMillion;
        fc.pre(cached === null || cached <= routePrices.inputPerMillion);
        const [low, high] = [workload.cacheHitRatePercent, otherRate].sort((x, y) => x - y) as [
          number,
          number,
        ];
        const lowCost = billOf({ ...workload, cacheHitRatePercent: low }, routePrices).monthly;
        const highCost = billOf({ ...workload, cacheHitRatePercent: high }, routePrices).monthly;
        expect(highCost <= lowCost).toBe(true);
      }),
    );
  });

  it('costs zero for zero tokens or zero requests', () => {
    fc.assert(
      fc.property(workloads, prices, (workload, routePrices) => {
        expect(billOf({ ...workload, requestsPerMonth: 0 }, routePrices).monthly).toBe(0n);
        expect(
          billOf({ ...workload, inputTokensPerRequest: 0, outputTokensPerRequest: 0 }, routePrices).monthly,
        ).toBe(0n);
      }),
    );
  });

  it('adds its parts up to the total, and per-request × requests = monthly, 12 × monthly = yearly', () => {
    fc.assert(
      fc.property(workloads, prices, (workload, routePrices) => {
        const cost = billOf(workload, routePrices);
        expect(cost.parts.input + cost.parts.cachedInput + cost.parts.output).toBe(cost.monthly);
        expect(cost.perRequest * BigInt(workload.requestsPerMonth)).toBe(cost.monthly);
        expect(cost.yearly).toBe(cost.monthly * 12n);
        expect(cost.retryBuffer >= 0n && cost.retryBuffer <= cost.monthly).toBe(true);
      }),
    );
  });
});

describe("the article's formula, written out", () => {
  // Rule: each part is tokens × its price per 1M tokens × (1 + the retry buffer), exactly:
  // tokens × share (10^-4) × micro-dollars per 1M (10^-12 $ a token) × (1 + retry) (10^-4) × 10^4 = Money.
  it('bills a plain request as tokens × price per part × (1 + retry)', () => {
    fc.assert(
      fc.property(workloads, prices, (workload, routePrices) => {
        const requests = BigInt(workload.requestsPerMonth);
        const input = requests * BigInt(workload.inputTokensPerRequest);
        const output = requests * BigInt(workload.outputTokensPerRequest);
        const hit = BigInt(Math.round(workload.cacheHitRatePercent * 100));
        const withRetries = 10_000n + BigInt(Math.round(workload.retryBufferPercent * 100));
        const cachedPrice = routePrices.cachedInputPerMillion ?? routePrices.inputPerMillion;
        const money = (amount: bigint) => amount * withRetries * 10_000n;
        const bill = billOf(workload, routePrices);
        expect(bill.parts).toEqual({
          input: money(input * (10_000n - hit) * routePrices.inputPerMillion),
          cachedInput: money(input * hit * cachedPrice),
          cacheWrite: 0n,
          output: money(output * 10_000n * routePrices.outputPerMillion),
          reasoning: 0n,
          toolFees: 0n,
          batch: 0n,
        });
        expect(bill.calls).toBe(requests);
      }),
    );
  });
});
