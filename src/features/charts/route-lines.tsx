import { Line } from 'recharts';
import { type ChartRoute, markedLabel } from '../../domain/charts/chart-routes';
import { ACTIVE_LINE_WIDTH, type LegendItem, LINE_WIDTH, routeColor, routeDash } from './series-styles';

/** One line per compared route, in its colour and dash style; your route thicker and drawn on top. */
export function routeLines(routes: readonly ChartRoute[]) {
  const onTop = [...routes.filter((route) => !route.active), ...routes.filter((route) => route.active)];
  return onTop.map((route) => (
    <Line
      key={route.key}
      type="linear"
      dataKey={`values.${route.key}`}
      name={markedLabel(route)}
      className={route.active ? 'route-line route-line--active' : 'route-line'}
      stroke={routeColor(route.index)}
      strokeDasharray={routeDash(route.index) || undefined}
      strokeWidth={route.active ? ACTIVE_LINE_WIDTH : LINE_WIDTH}
      dot={{ r: route.active ? 3.5 : 2.5, fill: routeColor(route.index) }}
      isAnimationActive={false}
    />
  ));
}

export function routeLegend(routes: readonly ChartRoute[]): LegendItem[] {
  return routes.map((route) => ({
    label: markedLabel(route),
    strong: route.active,
    swatch: { kind: 'line', color: routeColor(route.index), dash: routeDash(route.index) },
  }));
}
