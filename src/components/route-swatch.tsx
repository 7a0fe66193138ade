import { routeColor, routeDash } from './route-series';
import './route-swatch.css';

/** The line a route is drawn with in the charts, as a small legend swatch. */
export function RouteSwatch({ index, label }: { readonly index: number; readonly label: string }) {
  return (
    <svg className="route-swatch" width="28" height="10" viewBox="0 0 28 10" role="img" aria-label={label}>
      <line
        x1="1"
        y1="5"
        x2="27"
        y2="5"
        stroke={routeColor(index)}
        strokeWidth="3"
        strokeDasharray={routeDash(index)}
      />
    </svg>
  );
}
