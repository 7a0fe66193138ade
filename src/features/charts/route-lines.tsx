import { Line } from 'recharts';
import type { ChartRoute } from '../../domain/charts/chart-routes';
import { type LegendItem, routeColor, routeDash } from './series-styles';

/** One line per compared route, in its colour and dash style. */
export function routeLines(routes: readonly ChartRoute[]) {
  return routes.map((route) => (
    <Line
      key={route.key}
      type="linear"
      dataKey={`values.${route.key}`}
      name={route.label}
      stroke={routeColor(route.index)}
      strokeDasharray={routeDash(route.index) || undefined}
      strokeWidth={2}
      dot={{ r: 2.5, fill: routeColor(route.index) }}
      isAnimationActive={false}
    />
  ));
}

export function routeLegend(routes: readonly ChartRoute[]): LegendItem[] {
  return routes.map((route) => ({
    label: route.label,
    swatch: { kind: 'line', color: routeColor(route.index), dash: routeDash(route.index) },
  }));
}
