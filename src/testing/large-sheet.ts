import { BUNDLED_ROUTES } from '../data/rate-sheet';
import type { Route } from '../domain/rates/route';

/** A rate sheet of `count` routes: the bundled sheet repeated, each copy with its own ids and providers. */
export function largeSheet(count: number): Route[] {
  return Array.from({ length: count }, (_, index) => {
    const route = BUNDLED_ROUTES[index % BUNDLED_ROUTES.length] as Route;
    const copy = Math.floor(index / BUNDLED_ROUTES.length);
    return copy === 0
      ? route
      : { ...route, id: `${route.id}#${copy}`, providerName: `${route.providerName} ${copy}` };
  });
}
