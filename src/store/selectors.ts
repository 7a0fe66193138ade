/** Values derived from the store's inputs, read the same way by every component and hook. */
import type { Route } from '../domain/rates/route';
import type { CalculatorState } from './calculator-store';

/** Every route the user can pick: the sheet with the user's added and imported routes merged in. */
export function selectRoutes(state: CalculatorState): readonly Route[] {
  return state.routes;
}
