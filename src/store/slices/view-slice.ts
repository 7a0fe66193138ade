/** How the comparison table is shown: pinned rows, the route filter, the sort and the columns chosen. */
import type { StateCreator } from 'zustand/vanilla';
import type { ColumnChoices, ComparisonColumnId } from '../../domain/compare/comparison-columns';
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
  /** Columns shown or hidden in the "Columns" menu; kept for the session, not in links or files. */
  readonly columnChoices: ColumnChoices;
  setColumnChoice(columnId: ComparisonColumnId, shown: boolean): void;
}

export const createViewSlice: StateCreator<CalculatorState, [], [], ViewSlice> = (set, get) => ({
  pinnedRouteIds: DEFAULT_SCENARIO.pinnedRouteIds,
  routeFilter: DEFAULT_SCENARIO.routeFilter,
  tableSort: DEFAULT_SCENARIO.tableSort,
  columnChoices: {},

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

  setColumnChoice(columnId, shown) {
    set((state) => ({ columnChoices: { ...state.columnChoices, [columnId]: shown } }));
  },
});
