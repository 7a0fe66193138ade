import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyPrices, anyShape, anyWorkload } from '../../testing/arbitraries';
import { costOfRequest } from '../traces/trace-cost';
import { validateShape } from '../workload/shape-ranges';
import { requestShapeFromWorkload } from '../workload/shapes';
import { costWorkload } from './cost';
import { prepareShape, priceShape, priceTokens, priceUncapped, priceUnit } from './engine';
import { costShapes } from './scenario-cost';
import { costPerUnitAtLengths, costShape } from './shape-cost';

// The merged engine must bill every shape, on every price, exactly as the code it replaces.
describe('the engine against the engines it replaces', () => {
  it('generates only shapes that validate', () => {
    fc.assert(
      fc.property(anyShape, (shape) => {
        expect(validateShape(shape)).toEqual([]);
      }),
    );
  });

  it('bills every shape as costShape and costShapes did, to 10^-24 $', () => {
    fc.assert(
      fc.property(anyShape, anyPrices, (shape, prices) => {
        const prepared = prepareShape(shape);
        const bill = priceShape(prepared, prices);
        const old = costShape(shape, prices);
        expect(bill.parts).toEqual(old.monthly.parts);
        expect(bill.tokens).toEqual(old.monthly.tokens);
        expect(bill.monthly).toBe(old.monthly.total);
        expect(priceUnit(prepared, prices)).toBe(old.perUnit.total);
        expect(priceUncapped(prepared, prices) - bill.monthly).toBe(old.outputCapSavingPerMonth);
        const { tokens: oldTokens, ...oldCost } = costShapes([shape], prices);
        const { tokens, calls: _calls, ...cost } = bill;
        expect(cost).toEqual(oldCost);
        expect(tokens).toMatchObject(oldTokens);
      }),
    );
  });

  it('prices one unit at another length as costPerUnitAtLengths did', () => {
    fc.assert(
      fc.property(anyShape, anyPrices, fc.integer({ min: 1, max: 500 }), (shape, prices, length) => {
        if (shape.kind === 'requests') return;
        expect(priceUnit(prepareShape(shape), prices, length)).toBe(
          costPerUnitAtLengths(shape, prices, [length])[0],
        );
      }),
    );
  });

  it('bills a plain workload as costWorkload did', () => {
    fc.assert(
      fc.property(anyWorkload, anyPrices, (workload, prices) => {
        const { tokens, calls, ...bill } = priceShape(
          prepareShape(requestShapeFromWorkload(workload)),
          prices,
        );
        const { tokens: oldTokens, ...old } = costWorkload(workload, prices);
        expect(bill).toEqual(old);
        expect(tokens).toMatchObject(oldTokens);
        expect(calls).toBe(BigInt(workload.requestsPerMonth));
      }),
    );
  });

  it('prices token counts as the trace cost did', () => {
    const count = fc.integer({ min: 0, max: 1e12 });
    fc.assert(
      fc.property(count, count, count, anyPrices, (input, cached, output, prices) => {
        const tokens = { input: input + cached, cached, output };
        expect(
          priceTokens({ input: BigInt(input), cachedInput: BigInt(cached), output: BigInt(output) }, prices),
        ).toBe(costOfRequest(tokens, prices));
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
          expect(priceShape(prepared, prices)).toEqual(
            priceShape(prepareShape(structuredClone(shape)), prices),
          );
        }
      }),
    );
  });
});
