/**
 * Putting added routes (custom or imported) into a rate sheet. The rules, in words:
 * - an added route whose id is already in the sheet replaces that route, in its place;
 * - the other added routes follow the sheet, in their own order;
 * - when several added routes share an id, the last one wins.
 */
import type { Route } from './rates';

export function mergeRoutes(base: readonly Route[], added: readonly Route[]): Route[] {
  if (added.length === 0) return [...base];
  const byId = new Map(added.map((route) => [route.id, route]));
  const merged = base.map((route) => byId.get(route.id) ?? route);
  const inBase = new Set(base.map((route) => route.id));
  for (const route of byId.values()) if (!inBase.has(route.id)) merged.push(route);
  return merged;
}

/** How many of the added routes replace a route of the sheet (same id). */
export function countReplaced(base: readonly Route[], added: readonly Route[]): number {
  const ids = new Set(base.map((route) => route.id));
  return new Set(added.filter((route) => ids.has(route.id)).map((route) => route.id)).size;
}
