import type { TooltipContentProps } from 'recharts';

/** What a chart row carries for its tooltip: a title and each series' exact amount as text. */
export interface TooltipRow {
  readonly title: string;
  readonly texts: Readonly<Record<string, string>>;
}

export interface TooltipEntry {
  readonly key: string;
  readonly name: string;
}

/** The series key of a payload entry: "values.r0" → "r0", "output" → "output". */
function seriesKey(dataKey: unknown): string {
  return String(dataKey).replace(/^values\./, '');
}

/** A row's title and each series' exact amount, as the domain wrote it. */
export function TooltipCard({
  row,
  entries,
}: {
  readonly row: TooltipRow;
  readonly entries: readonly TooltipEntry[];
}) {
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{row.title}</p>
      <ul>
        {entries.map((entry) => (
          <li key={entry.key}>
            {entry.name}: <strong>{row.texts[entry.key] ?? ''}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Tooltips show the exact amounts the domain wrote, never the floats the chart plots. */
export function ChartTooltip({ active, payload }: TooltipContentProps) {
  const row = payload?.[0]?.payload as TooltipRow | undefined;
  if (!active || !row) return null;
  const entries = payload.map((entry) => ({ key: seriesKey(entry.dataKey), name: String(entry.name) }));
  return <TooltipCard row={row} entries={entries} />;
}
