import type { LegendItem } from './series-styles';

/** A legend in HTML: each series' swatch (colour and pattern or dash) and its name. */
export function ChartLegend({ items }: { readonly items: readonly LegendItem[] }) {
  return (
    <ul className="chart-legend">
      {items.map((item) => (
        <li key={item.label}>
          <svg className="chart-legend__swatch" width="28" height="14" aria-hidden="true">
            {item.swatch.kind === 'line' ? (
              <line
                x1="1"
                y1="7"
                x2="27"
                y2="7"
                stroke={item.swatch.color}
                strokeWidth={item.strong ? 4 : 3}
                strokeDasharray={item.swatch.dash || undefined}
              />
            ) : (
              <rect x="1" y="1" width="26" height="12" fill={item.swatch.fill} />
            )}
          </svg>
          {item.strong ? <strong>{item.label}</strong> : item.label}
        </li>
      ))}
    </ul>
  );
}
