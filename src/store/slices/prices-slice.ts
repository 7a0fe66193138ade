/**
 * The routes and their prices: the sheet, the user's routes and the user's price overrides, with the
 * edits to them (scenario/edit-prices.ts, scenario/custom-routes.ts). The routes in force are derived
 * (selectors.ts selectRoutes), never stored.
 */
import type { StateCreator } from 'zustand/vanilla';
import { BUNDLED_ROUTES } from '../../data/rate-sheet';
import type { PriceKind, PriceText } from '../../domain/rates/prices';
import type { ReferenceKey } from '../../domain/rates/provenance';
import { type Route, routeName } from '../../domain/rates/route';
import { findRoute } from '../../domain/rates/route-catalog';
import { joinAddedRoutes, type RouteJoin } from '../../domain/rates/route-merge';
import { withoutCustomRoute } from '../../domain/scenario/custom-routes';
import { withoutPrice, withPrice, withReference } from '../../domain/scenario/edit-prices';
import { DEFAULT_SCENARIO, type Scenario, selectedEndpoint } from '../../domain/scenario/scenario';
import type { CalculatorState } from '../calculator-store';
import { selectRoutes } from '../selectors';
import { named, undoable } from './undo';

export interface PricesSlice extends Pick<Scenario, 'customRoutes' | 'priceOverrides'> {
  /** The bundled rate sheet (or a test's), before the user's routes. */
  readonly sheetRoutes: readonly Route[];
  /** Sets a custom price for the active route; `null` for cached input means "no cached price". */
  setPrice(kind: PriceKind, price: PriceText | null): void;
  /** Drops a custom price of the active route, or of `routeId` when given. */
  resetPrice(kind: PriceKind, routeId?: string): void;
  /**
   * Adds routes, or replaces the user's route with the same id (an edit). A route with a bundled
   * route's id joins under an id of its own (route-merge.ts joinAddedRoutes): bundled routes never change.
   */
  saveCustomRoutes(routes: readonly Route[]): RouteJoin;
  /** saveCustomRoutes for a rate-sheet import, `from` the file's name (null when pasted): undoable. */
  importRoutes(routes: readonly Route[], from: string | null): RouteJoin;
  /** Deletes a route the user added; endpoints on it move to the default route. Undoable. */
  deleteCustomRoute(routeId: string): void;
  /** Puts one of a route's published figures in force (provenance.ts chooseReference). */
  chooseReference(routeId: string, key: ReferenceKey): void;
  /**
   * The figure the user last chose for each route with "Use this figure", so the page names that
   * source even when another publishes the same prices (listReferences `chosen`). Not part of the
   * scenario: a link or a saved scenario names the first source with those prices.
   */
  readonly chosenReferences: Readonly<Record<string, ReferenceKey>>;
}

export const createPricesSlice: StateCreator<CalculatorState, [], [], PricesSlice> = (set, get, store) => {
  const setPrices = (priceOverrides: Scenario['priceOverrides'] | null) => {
    if (priceOverrides) set({ priceOverrides });
  };
  const saveRoutes = (saved: readonly Route[]): RouteJoin => {
    const { sheetRoutes, customRoutes } = get();
    const join = joinAddedRoutes(sheetRoutes, customRoutes, saved);
    if (join.joined.length > 0) set({ customRoutes: join.customRoutes });
    return join;
  };

  return {
    sheetRoutes: BUNDLED_ROUTES,
    customRoutes: DEFAULT_SCENARIO.customRoutes,
    priceOverrides: DEFAULT_SCENARIO.priceOverrides,
    chosenReferences: {},

    setPrice(kind, price) {
      const state = get();
      setPrices(withPrice(state.priceOverrides, selectedEndpoint(state).routeId, kind, price));
    },

    resetPrice(kind, routeId) {
      const state = get();
      setPrices(withoutPrice(state.priceOverrides, routeId ?? selectedEndpoint(state).routeId, kind));
    },

    saveCustomRoutes(saved) {
      return saveRoutes(saved);
    },

    importRoutes(imported, from) {
      let join: RouteJoin = joinAddedRoutes(get().sheetRoutes, get().customRoutes, []);
      const count = imported.length.toLocaleString('en-US');
      const source = from === null ? '' : ` from ${named(from)}`;
      undoable(store, `Imported ${count} ${imported.length === 1 ? 'route' : 'routes'}${source}.`, () => {
        join = saveRoutes(imported);
      });
      return join;
    },

    deleteCustomRoute(routeId) {
      const state = get();
      const route = state.customRoutes.find((candidate) => candidate.id === routeId);
      const next = withoutCustomRoute(state, state.sheetRoutes, routeId);
      if (!route || !next) return;
      undoable(store, `Deleted the route “${named(routeName(route))}”.`, () => set(next));
    },

    chooseReference(routeId, key) {
      const route = findRoute(selectRoutes(get()), routeId);
      if (!route) return;
      setPrices(withReference(get().priceOverrides, route, key));
      set({ chosenReferences: { ...get().chosenReferences, [routeId]: key } });
    },
  };
};
