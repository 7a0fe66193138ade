import { createContext, useContext } from 'react';

/**
 * What a table row shows about the scenario besides its figures: the breakdown's route, the pinned
 * routes and the user's own routes, with the row buttons' actions. The table subscribes once and
 * passes it down, instead of a store selector per row run on every step.
 */
export interface RowState {
  readonly activeRouteId: string;
  readonly pinnedRouteIds: ReadonlySet<string>;
  readonly userRouteIds: ReadonlySet<string>;
  readonly selectRoute: (routeId: string) => void;
  readonly togglePinned: (routeId: string) => void;
}

const NO_ROWS: RowState = {
  activeRouteId: '',
  pinnedRouteIds: new Set(),
  userRouteIds: new Set(),
  selectRoute: () => {},
  togglePinned: () => {},
};

export const RowStateContext = createContext<RowState>(NO_ROWS);

export function useRowState(): RowState {
  return useContext(RowStateContext);
}
