/** How the comparison table is shown: pinned rows, the route filter and the sort. */
import type { StateCreator } from 'zustand/vanilla';
import { findRoute } from '../../domain/rates/route-catalog';
import type { RouteFilter } from '../../domain/rates/route-filter';
import { DEFAULT_SCENARIO, type Scenario } from '../../domain/scenario/scenario';
import type { TableSort } from '../../domain/scenario/view';
import { wellFormed } from '../../domain/text';
import type { CalculatorState } from '../calculator-store';
import { selectRoutes } from '../selectors';

export interface ViewSlice extends Pick<Scenario, 'pinnedRouteIds' | 'routeFilter' | 'tableSort'> {
  togglePinned(routeId: string): void;
  setRouteFilter(filter: Partial<RouteFilter>): void;
  setTableSort(sort: TableSort): void;
}

export const createViewSlice: StateCreator<CalculatorState, [], [], ViewSlice> = (set, get) => ({
  pinnedRouteIds: DEFAULT_SCENARIO.pinnedRouteIds,
  routeFilter: DEFAULT_SCENARIO.routeFilter,
  tableSort: DEFAULT_SCENARIO.tableSort,

  togglePinned(routeId) {
    if (!findRoute(selectRoutes(get()), routeId)) return;
    set((state) => ({
      pinnedRouteIds: state.pinnedRouteIds.includes(routeId)
        ? state.pinnedRouteIds.filter((id) => id !== routeId)
        : [...state.pinnedRouteIds, routeId],
    }));
  },

  setRouteFilter(filter) {
    const query = filter.query === undefined ? {} : { query: wellFormed(filter.query) };
    set((state) => ({ routeFilter: { ...state.routeFilter, ...filter, ...query } }));
  },

  setTableSort(tableSort) {
    set({ tableSort });
  },
});
