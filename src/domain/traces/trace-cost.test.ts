import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aRoute, aWorkload, billOf, pricesOf } from '../../testing/builders';
import { parseTraceText } from '../../testing/trace-samples';
import type { RoutePrices } from '../rates/prices';
import { buildTraceCostRows, costOfRequest, costOfTrace } from './trace-cost';

/** Money for an amount in micro-dollars (10^-6 $ = 10^18 units). */
const micro = (amount: number) => BigInt(Math.round(amount * 100)) * 10n ** 16n;

const CSV = [
  'timestamp,input_tokens,cached_tokens,output_tokens',
  '2026-01-01T00:00:00Z,1000,200,100',
  '2026-01-01T12:00:00Z,3000,0,300',
  '2026-01-02T00:00:00Z,2000,1000,200',
].join('\n');

const JSONL = [
  '{"usage":{"prompt_tokens":1200,"completion_tokens":301,"cached_tokens":1000}}',
  '{"usage":{"prompt_tokens":800,"completion_tokens":150}}',
  '{"usage":{"prompt_tokens":1001,"completion_tokens":50,"prompt_tokens_details":{"cached_tokens":512}}}',
].join('\n');

const ANTHROPIC = [
  '{"usage":{"input_tokens":100,"cache_read_input_tokens":900,"cache_creation_input_tokens":0,"output_tokens":50}}',
  '{"usage":{"input_tokens":20,"cache_read_input_tokens":0,"cache_creation_input_tokens":1000,"output_tokens":80}}',
  '{"usage":{"input_tokens":5,"cache_read_input_tokens":1000,"output_tokens":10}}',
].join('\n');

describe('the trace cost, by hand', () => {
  // $1 input, $0.10 cached input, $4 output per 1M tokens: one token costs 1, 0.1 and 4 micro-dollars.
  const prices = pricesOf('1', '0.1', '4');

  it.each([
    // 4,800 uncached × 1 + 1,200 cached × 0.1 + 600 output × 4 = 4,800 + 120 + 2,400
    ['CSV', CSV, 7320],
    // 1,489 × 1 + 1,512 × 0.1 + 501 × 4 = 1,489 + 151.2 + 2,004
    ['OpenAI and Kimi JSON Lines', JSONL, 3644.2],
    // input 3,025 of which 1,900 cached: 1,125 × 1 + 1,900 × 0.1 + 140 × 4 = 1,125 + 190 + 560
    ['Anthropic JSON Lines', ANTHROPIC, 1875],
  ])('%s costs %f micro-dollars', (_name, text, expected) => {
    expect(costOfTrace(parseTraceText(text).overall, prices)).toBe(micro(expected));
  });

  it('bills cache hits at the input price on a route without a cached price, and free at a price of 0', () => {
    const report = parseTraceText(CSV);
    expect(costOfTrace(report.overall, pricesOf('1', null, '4'))).toBe(micro(6000 + 2400));
    expect(costOfTrace(report.overall, pricesOf('1', '0', '4'))).toBe(micro(4800 + 2400));
  });

  it('compares with the average-based estimate: exact when the averages are whole', () => {
    const [row] = buildTraceCostRows(parseTraceText(CSV).overall, [aRoute('r', { cachedInput: '0.1' })], {});
    expect(row).toMatchObject({ traceCost: micro(7320), estimate: micro(7320), difference: 0n });
  });

  it('compares with the average-based estimate: off by the rounding of the averages otherwise', () => {
    // 3 requests × 1,000 input (3,001 ÷ 3 rounded) and 167 output (501 ÷ 3), 50.38% cached:
    // 3,000 × 0.4962 × 1 + 3,000 × 0.5038 × 0.1 + 501 × 4 = 1,488.6 + 151.14 + 2,004 = 3,643.74.
    const [row] = buildTraceCostRows(
      parseTraceText(JSONL).overall,
      [aRoute('r', { cachedInput: '0.1' })],
      {},
    );
    expect(row).toMatchObject({
      traceCost: micro(3644.2),
      estimate: micro(3643.74),
      difference: -micro(0.46),
    });
  });

  it("uses the user's price overrides", () => {
    const [row] = buildTraceCostRows(parseTraceText(CSV).overall, [aRoute('r', { cachedInput: '0.1' })], {
      r: { output: '8' },
    });
    expect(row?.traceCost).toBe(micro(4800 + 120 + 4800));
  });
});

// ---- laws ------------------------------------------------------------------------------------------

const price = fc.bigInt({ min: 0n, max: 100_000_000n });
const prices: fc.Arbitrary<RoutePrices> = fc.record({
  inputPerMillion: price,
  cachedInputPerMillion: fc.option(price, { nil: null }),
  outputPerMillion: price,
});
const request = fc
  .record({
    input: fc.nat({ max: 10_000_000 }),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
    output: fc.nat({ max: 10_000_000 }),
  })
  .map(({ input, share, output }) => ({ input, cached: Math.floor(input * share), output }));

const toCsv = (rows: readonly { input: number; cached: number; output: number }[]) =>
  `input_tokens,cached_tokens,output_tokens\n${rows.map((row) => `${row.input},${row.cached},${row.output}`).join('\n')}`;

describe('laws of the trace cost', () => {
  it('equals the sum of every request’s own cost, in any row order', () => {
    fc.assert(
      fc.property(
        fc
          .array(request, { maxLength: 40 })
          .chain((rows) =>
            fc.tuple(
              fc.constant(rows),
              fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }),
            ),
          ),
        prices,
        ([rows, shuffled], routePrices) => {
          const sumOfRequests = rows.reduce((sum, row) => sum + costOfRequest(row, routePrices), 0n);
          const report = parseTraceText(toCsv(rows));
          const reordered = parseTraceText(toCsv(shuffled));
          expect(costOfTrace(report.overall, routePrices)).toBe(sumOfRequests);
          expect(costOfTrace(reordered.overall, routePrices)).toBe(sumOfRequests);
          expect(reordered.overall).toEqual(report.overall);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('prices one request exactly as the engine prices a one-request workload', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 1000 }),
        fc.nat({ max: 10_000 }),
        fc.nat({ max: 10_000_000 }),
        prices,
        (thousands, hundredths, output, routePrices) => {
          // input a multiple of 10,000, so a cache rate in hundredths of a percent is a whole token count.
          const input = thousands * 10_000;
          const cached = (input / 10_000) * hundredths;
          const workload = aWorkload({
            requestsPerMonth: 1,
            inputTokensPerRequest: input,
            outputTokensPerRequest: output,
            cacheHitRatePercent: hundredths / 100,
          });
          expect(costOfRequest({ input, cached, output }, routePrices)).toBe(
            billOf(workload, routePrices).monthly,
          );
        },
      ),
    );
  });
});
