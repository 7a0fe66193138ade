import { createContext, useContext } from 'react';

/** Route id → series index of the routes the charts draw, so table rows show the same swatch. */
export const ChartSeriesContext = createContext<ReadonlyMap<string, number>>(new Map());

export function useChartSeries(routeId: string): number | undefined {
  return useContext(ChartSeriesContext).get(routeId);
}
