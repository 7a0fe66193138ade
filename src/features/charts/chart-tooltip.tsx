import type { TooltipContentProps } from 'recharts';

/** What a chart row carries for its tooltip: a title and each series' exact amount as text. */
export interface TooltipRow {
  readonly title: string;
  readonly texts: Readonly<Record<string, string>>;
}

/** The series key of a payload entry: "values.r0" → "r0", "output" → "output". */
function seriesKey(dataKey: unknown): string {
  return String(dataKey).replace(/^values\./, '');
}

/** Tooltips show the exact amounts the domain wrote, never the floats the chart plots. */
export function ChartTooltip({ active, payload }: TooltipContentProps) {
  const row = payload?.[0]?.payload as TooltipRow | undefined;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{row.title}</p>
      <ul>
        {payload.map((entry) => {
          const key = seriesKey(entry.dataKey);
          return (
            <li key={key}>
              {entry.name}: <strong>{row.texts[key] ?? ''}</strong>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
