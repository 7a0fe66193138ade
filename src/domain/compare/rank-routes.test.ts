import { describe, expect, it } from 'vitest';
import type { FitVerdict } from '../workload/known-fit';
import { isCheapestKnownFit, rankRoutes } from './rank-routes';

const item = (monthly: bigint, fit: FitVerdict) => ({ monthly, fit });

describe('rankRoutes', () => {
  // Rule: known fits rank first by cost (ties share a rank); routes that may not fit rank after every
  // known fit, by cost among themselves; routes that do not fit are never ranked, however cheap.
  it.each([
    [
      'known fits only, a tie',
      [item(30n, 'fits'), item(10n, 'fits'), item(30n, 'fits'), item(20n, 'fits')],
      [3, 1, 3, 2],
    ],
    [
      'a cheaper route that may not fit ranks after the dearer known fits',
      [item(5n, 'may-not-fit'), item(40n, 'fits'), item(30n, 'fits')],
      [3, 2, 1],
    ],
    [
      'several that may not fit, a tie among them',
      [item(9n, 'may-not-fit'), item(50n, 'fits'), item(1n, 'may-not-fit'), item(9n, 'may-not-fit')],
      [3, 1, 2, 3],
    ],
    [
      'routes that do not fit are left out',
      [item(1n, 'does-not-fit'), item(2n, 'may-not-fit'), item(3n, 'fits')],
      [null, 2, 1],
    ],
    ['nothing known to fit', [item(2n, 'may-not-fit'), item(1n, 'does-not-fit')], [1, null]],
  ] as [string, ReturnType<typeof item>[], (number | null)[]][])('%s', (_, items, ranks) => {
    expect(rankRoutes(items).map((ranking) => ranking.rank)).toEqual(ranks);
  });

  // Rule: "× cheapest" divides by the cheapest known fit's cost, never by a cheaper route that may not
  // fit; null when nothing is known to fit or that route costs nothing.
  it.each([
    ['the cheapest known fit', [item(5n, 'may-not-fit'), item(40n, 'fits'), item(20n, 'fits')], 20n],
    ['nothing known to fit', [item(5n, 'may-not-fit'), item(1n, 'does-not-fit')], null],
    ['the cheapest known fit is free', [item(0n, 'fits'), item(3n, 'fits')], null],
  ] as [string, ReturnType<typeof item>[], bigint | null][])('%s', (_, items, denominator) => {
    const rankings = rankRoutes(items);
    rankings.forEach((ranking, index) => {
      expect(ranking.timesCheapest).toEqual(
        denominator === null ? null : { numerator: items[index]?.monthly, denominator },
      );
    });
  });
});

describe('isCheapestKnownFit', () => {
  // Rule: only a known fit ranked 1 is "the cheapest that fits".
  it.each([
    [1, 'fits', true],
    [2, 'fits', false],
    [1, 'may-not-fit', false],
    [null, 'does-not-fit', false],
  ] as [number | null, FitVerdict, boolean][])('rank %s, %s → %s', (rank, fit, expected) => {
    expect(isCheapestKnownFit({ rank, fit })).toBe(expected);
  });
});
