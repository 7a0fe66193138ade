/**
 * Ranking that does not guess. The rules:
 * - routes known to fit rank first, by monthly cost: the cheapest 1, equal costs share a rank;
 * - routes that may not fit (a limit they need is not published) rank after every known fit, by monthly
 *   cost among themselves, equal costs sharing a rank;
 * - routes that do not fit are never ranked, however cheap;
 * - "times the cheapest" is the monthly cost over the cheapest known fit's; null when no route is known
 *   to fit or the cheapest costs nothing;
 * - "the cheapest that fits" is a known fit ranked 1, never a route that may not fit.
 */
import type { Fraction } from '../money/fraction';
import type { Money } from '../money/money';
import type { FitVerdict } from '../workload/known-fit';

export interface Rankable {
  readonly monthly: Money;
  readonly fit: FitVerdict;
}

export interface Ranking {
  readonly rank: number | null;
  readonly timesCheapest: Fraction | null;
}

const ascending = (a: Money, b: Money) => (a < b ? -1 : a > b ? 1 : 0);

/** Rank = offset + 1 + how many of the group cost strictly less. */
function ranksOf(costs: readonly Money[], offset: number): Map<Money, number> {
  const ranks = new Map<Money, number>();
  [...costs].sort(ascending).forEach((monthly, index) => {
    if (!ranks.has(monthly)) ranks.set(monthly, offset + index + 1);
  });
  return ranks;
}

/** The ranks alone (rankRoutes without "times the cheapest"), in the items' order. */
export function ranksOfRoutes(items: readonly Rankable[]): (number | null)[] {
  const known = items.filter((item) => item.fit === 'fits').map((item) => item.monthly);
  const maybe = items.filter((item) => item.fit === 'may-not-fit').map((item) => item.monthly);
  const knownRanks = ranksOf(known, 0);
  const maybeRanks = ranksOf(maybe, known.length);
  return items.map((item) =>
    item.fit === 'fits'
      ? (knownRanks.get(item.monthly) ?? null)
      : item.fit === 'may-not-fit'
        ? (maybeRanks.get(item.monthly) ?? null)
        : null,
  );
}

/** The cheapest known fit's monthly cost; undefined when no route is known to fit. */
export function cheapestKnownFitCost(items: readonly Rankable[]): Money | undefined {
  let cheapest: Money | undefined;
  for (const item of items)
    if (item.fit === 'fits' && (cheapest === undefined || item.monthly < cheapest)) cheapest = item.monthly;
  return cheapest;
}

/** A monthly cost over the cheapest known fit's; null when none is known to fit or it costs nothing. */
export function timesCheapestOf(monthly: Money, cheapest: Money | undefined): Fraction | null {
  return cheapest === undefined || cheapest === 0n ? null : { numerator: monthly, denominator: cheapest };
}

export function rankRoutes(items: readonly Rankable[]): Ranking[] {
  const cheapest = cheapestKnownFitCost(items);
  const ranks = ranksOfRoutes(items);
  return items.map((item, index) => ({
    rank: ranks[index] ?? null,
    timesCheapest: timesCheapestOf(item.monthly, cheapest),
  }));
}

/** The route to call "the cheapest that fits": ranked 1 and known to fit. */
export function isCheapestKnownFit(row: { readonly rank: number | null; readonly fit: FitVerdict }): boolean {
  return row.rank === 1 && row.fit === 'fits';
}
