import type { Route } from '../domain/rates/route';
import { useCalculator } from './calculator-context';
import { selectRoutes } from './selectors';

/** Every route the user can pick (selectRoutes); the same list while the routes are the same. */
export function useRoutes(): readonly Route[] {
  return useCalculator(selectRoutes);
}
