/**
 * A scenario's traffic across its shapes (requests, conversations and tasks together), and the same mix
 * at another volume or cache hit rate, for the charts.
 */
import { type ShapeList, unitsPerMonth, type WorkloadShape } from './shapes';

/** Requests, conversations and tasks a month, all endpoints together. */
export function trafficUnits(shapes: ShapeList): bigint {
  return shapes.reduce((total, shape) => total + unitsPerMonth(shape), 0n);
}

function withUnits(shape: WorkloadShape, units: number): WorkloadShape {
  if (shape.kind === 'conversation') return { ...shape, conversationsPerMonth: units };
  if (shape.kind === 'agent-chain') return { ...shape, tasksPerMonth: units };
  return { ...shape, consumer: null, requestsPerMonth: units };
}

/**
 * The same mix at `total` units a month: each shape keeps its share of today's traffic, rounded half
 * up to whole units (equal shares when there is no traffic today). One shape gets exactly `total`.
 */
export function scaleTraffic(shapes: ShapeList, total: number): WorkloadShape[] {
  const today = trafficUnits(shapes);
  const count = BigInt(shapes.length);
  return shapes.map((shape) => {
    if (shapes.length === 1) return withUnits(shape, total);
    const share = today === 0n ? 1n : unitsPerMonth(shape);
    const whole = today === 0n ? count : today;
    return withUnits(shape, Number((BigInt(total) * share * 2n + whole) / (2n * whole)));
  });
}

/** Every shape at the same cache hit rate. */
export function withCacheHitRate(shapes: ShapeList, percent: number): WorkloadShape[] {
  return shapes.map((shape) => ({ ...shape, cacheHitRatePercent: percent }));
}
