import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUNDLED_ROUTES } from '../../data/rate-sheet';
import { anyPrices, anyShape } from '../../testing/arbitraries';
import { pricesOf } from '../../testing/builders';
import { aConversation } from '../../testing/shape-builders';
import { toRoutePrices } from '../rates/prices';
import { validateShape } from '../workload/shape-ranges';
import { prepareShape, priceMonthly, priceShape, priceTokens, priceUnit } from './engine';
import { plainTariff, routeTariff } from './tariff';

describe('the generated shapes', () => {
  it('are every kind, with users, reasoning, caps, batches and tool fees, and all validate', () => {
    fc.assert(
      fc.property(anyShape, (shape) => {
        expect(validateShape(shape)).toEqual([]);
      }),
    );
  });
});

describe('prepareShape', () => {
  // Rule: the route-independent work is remembered per shape object, and a copy of the shape prepared
  // afresh prices the same, on any route.
  it('prepares a shape once and prices it on many routes as if prepared for each', () => {
    fc.assert(
      fc.property(anyShape, fc.array(anyPrices, { minLength: 1, maxLength: 4 }), (shape, routes) => {
        const prepared = prepareShape(shape);
        expect(prepareShape(shape)).toBe(prepared);
        for (const prices of routes) {
          expect(priceShape(prepared, plainTariff(prices))).toEqual(
            priceShape(prepareShape(structuredClone(shape)), plainTariff(prices)),
          );
        }
      }),
    );
  });
});

describe('priceShape', () => {
  // Rule: a call costs the month over the month's calls; with no traffic, one unit's cost over its calls.
  it('prices a call as the monthly total over every call of the month', () => {
    expect(
      priceShape(
        prepareShape(aConversation({ conversationsPerMonth: 1 })),
        plainTariff(pricesOf('1', null, '1')),
      ).calls,
    ).toBe(5n);
    fc.assert(
      fc.property(anyShape, anyPrices, (shape, prices) => {
        const prepared = prepareShape(shape);
        const bill = priceShape(prepared, plainTariff(prices));
        expect(bill.calls).toBe(prepared.units * prepared.callsPerUnit);
        const [numerator, denominator] =
          bill.calls === 0n
            ? [priceUnit(prepared, plainTariff(prices)), prepared.callsPerUnit]
            : [bill.monthly, bill.calls];
        // Rounded half up to 10^-24 $: −½ < perRequest × calls − total ≤ ½ of a call.
        const twiceOff = bill.perRequest * 2n * denominator - 2n * numerator;
        expect(twiceOff > -denominator && twiceOff <= denominator).toBe(true);
      }),
    );
  });

  it('adds the retry buffer on top: buffer = monthly − monthly ÷ (1 + retry)', () => {
    const bill = priceShape(
      prepareShape(aConversation({ retryBufferPercent: 25 })),
      plainTariff(pricesOf('1', null, '4')),
    );
    expect(bill.retryBuffer * 5n).toBe(bill.monthly);
  });
});

describe('priceMonthly', () => {
  // Rule: the monthly total worked out alone is the bill's total to 10^-24 $, on every kind of tariff:
  // long-context tiers, batch rules, tool fees, cache-write prices (the bundled sheet's) and plain prices.
  const tariffs = [...BUNDLED_ROUTES.map((route) => routeTariff(route, toRoutePrices(route.prices)))];
  it('equals priceShape’s monthly total for any shape on any route', () => {
    fc.assert(
      fc.property(anyShape, fc.constantFrom(...tariffs), anyPrices, (shape, tariff, prices) => {
        const prepared = prepareShape(shape);
        expect(priceMonthly(prepared, tariff)).toBe(priceShape(prepared, tariff).monthly);
        expect(priceMonthly(prepared, plainTariff(prices))).toBe(
          priceShape(prepared, plainTariff(prices)).monthly,
        );
      }),
      { numRuns: 500 },
    );
  });
});

describe('priceTokens', () => {
  // Rule: uncached input × input price + cached × cached price (the input price when there is none) +
  // output × output price, no retry buffer.
  it('prices 1M input, 1M cached and 1M output tokens: $1 + $0.10 + $4, or $1 + $1 + $4 with no cached price', () => {
    const million = 1_000_000n;
    const tokens = { input: million, cachedInput: million, output: million };
    const dollars = (cents: bigint) => cents * 10n ** 22n;
    expect(priceTokens(tokens, pricesOf('1', '0.1', '4'))).toBe(dollars(510n));
    expect(priceTokens(tokens, pricesOf('1', null, '4'))).toBe(dollars(600n));
    expect(priceTokens(tokens, pricesOf('1', '0', '4'))).toBe(dollars(500n));
  });
});
