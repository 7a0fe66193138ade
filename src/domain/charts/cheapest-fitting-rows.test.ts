import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyComparisonInputs } from '../../testing/comparison-arbitraries';
import { buildComparisonRows } from '../compare/comparison-rows';
import { CHEAPEST_ROUTE_COUNT, cheapestFittingRows } from './chart-routes';

describe('cheapestFittingRows', () => {
  // Rule: the five cheapest rows known to fit, cheapest first, equal costs in table order: what sorting
  // every fitting row by cost (a stable sort) and keeping the first five gives.
  it('are the first five of the fitting rows sorted by cost, ties in table order, for random sheets', () => {
    fc.assert(
      fc.property(anyComparisonInputs, ({ routes, scenario, extras }) => {
        const rows = buildComparisonRows(routes, scenario, extras);
        const sorted = rows
          .filter((row) => row.fit === 'fits')
          .sort((a, b) => (a.monthly < b.monthly ? -1 : a.monthly > b.monthly ? 1 : 0))
          .slice(0, CHEAPEST_ROUTE_COUNT);
        expect(cheapestFittingRows(rows).map((row) => row.route.id)).toEqual(
          sorted.map((row) => row.route.id),
        );
      }),
      { numRuns: 150 },
    );
  });
});
