/**
 * Cost is linear in the cache hit rate on every route, so where two routes' costs cross is solved
 * exactly as a fraction; parallel lines never cross, and only crossings strictly inside 0–100 % count.
 */
import type { EndpointBill } from '../cost/bill-scenario';
import { prepareShape, priceShape } from '../cost/engine';
import type { Tariff } from '../cost/tariff';
import { type Fraction, fraction } from '../money/fraction';
import type { Money } from '../money/money';
import { withCacheHitRate } from '../workload/shape-mix';
import type { ShapeList } from '../workload/shapes';
import { monthlyOnRoute } from './chart-routes';
/** A route's monthly cost at 0 % and at 100 % cache hits; in between it is the straight line. */
export interface CacheLine {
  readonly atZero: Money;
  readonly atFull: Money;
}

export function cacheLine(shapes: ShapeList, tariff: Tariff): CacheLine {
  return {
    atZero: monthlyOnRoute(withCacheHitRate(shapes, 0), tariff),
    atFull: monthlyOnRoute(withCacheHitRate(shapes, 100), tariff),
  };
}

/** The same line for endpoints on their own routes. */
export function pricedCacheLine(items: readonly EndpointBill[]): CacheLine {
  const at = (percent: number) =>
    items.reduce((total, { endpoint, tariff }) => {
      const shape = { ...endpoint.shape, cacheHitRatePercent: percent };
      return total + priceShape(prepareShape(shape), tariff).monthly;
    }, 0n);
  return { atZero: at(0), atFull: at(100) };
}

export type LineMeeting =
  | { readonly kind: 'crossing'; readonly percent: Fraction; readonly cost: Fraction }
  | { readonly kind: 'identical' }
  | { readonly kind: 'parallel' }
  | { readonly kind: 'outside' };

/**
 * Where two cost lines meet. cost(p) = atZero + (atFull − atZero) × p / 100, so the lines meet at
 * p = 100 × (a₀ − b₀) / ((b₁ − b₀) − (a₁ − a₀)). Equal slopes: the same line, or parallel ones that never
 * meet; a meeting at or beyond 0 % or 100 % is "outside" (no ranking flips inside the range).
 */
export function findCrossing(a: CacheLine, b: CacheLine): LineMeeting {
  const slopeA = a.atFull - a.atZero;
  const slopeB = b.atFull - b.atZero;
  if (slopeA === slopeB) return a.atZero === b.atZero ? { kind: 'identical' } : { kind: 'parallel' };
  const percent = fraction(100n * (a.atZero - b.atZero), slopeB - slopeA);
  if (percent.numerator <= 0n || percent.numerator >= 100n * percent.denominator) return { kind: 'outside' };
  // cost = a₀ + slopeA × p / 100 with p = n / d: (a₀ × 100d + slopeA × n) / 100d.
  const cost = fraction(
    a.atZero * 100n * percent.denominator + slopeA * percent.numerator,
    100n * percent.denominator,
  );
  return { kind: 'crossing', percent, cost };
}
