import { type ChartRoute, markedLabel } from '../../domain/charts/chart-routes';
import type { LineSeries } from './line-plot';
import { ACTIVE_LINE_WIDTH, type LegendItem, LINE_WIDTH, routeColor, routeDash } from './series-styles';

/** One line per compared route, in its colour and dash style; your route thicker and drawn on top. */
export function routeLines(routes: readonly ChartRoute[]): LineSeries[] {
  const onTop = [...routes.filter((route) => !route.active), ...routes.filter((route) => route.active)];
  return onTop.map((route) => ({
    key: route.key,
    name: markedLabel(route),
    className: route.active ? 'chart-line route-line route-line--active' : 'chart-line route-line',
    color: routeColor(route.index),
    dash: routeDash(route.index),
    width: route.active ? ACTIVE_LINE_WIDTH : LINE_WIDTH,
    dotRadius: route.active ? 3.5 : 2.5,
  }));
}

export function routeLegend(routes: readonly ChartRoute[]): LegendItem[] {
  return routes.map((route) => ({
    label: markedLabel(route),
    strong: route.active,
    swatch: { kind: 'line', color: routeColor(route.index), dash: routeDash(route.index) },
  }));
}
