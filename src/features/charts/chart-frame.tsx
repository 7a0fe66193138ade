import { type ReactNode, useId, useRef, useState } from 'react';
import type { TextTable as Table } from '../../domain/text-table';
import { useTurnWhen } from '../../lib/take-turns';
import { useHeldWhile } from '../../lib/use-held-while';
import { useNearViewport } from '../../lib/use-near-viewport';
import { ChartLegend } from './chart-legend';
import { DataTable } from './data-table';
import { DownloadButtons } from './download-buttons';
import type { LegendItem } from './series-styles';

interface ChartFrameProps {
  readonly title: string;
  /** One sentence with the chart's key number. */
  readonly caption: string;
  /** The scenario, for the caption of a downloaded file. */
  readonly scenario: string;
  readonly fileName: string;
  readonly legend: readonly LegendItem[];
  readonly tables: readonly { readonly caption: string; readonly table: Table }[];
  /** Notes under the chart, e.g. the labelled crossover points. */
  readonly notes?: ReactNode;
  /**
   * The drawn chart's height: given, the chart is drawn only once it comes near the viewport, and a
   * blank of this height holds its place until then (nothing below it moves when it is drawn). Once
   * drawn, it follows new figures only while it is near: far from the viewport it keeps its last
   * drawing, hidden (never shown with figures that are not the current ones), and redraws when it
   * comes near again.
   */
  readonly plotHeight?: number;
  readonly children: ReactNode;
}

/**
 * A chart with its title, key sentence, legend, downloads and a "Show data" table. The words and the
 * table are always there and always current; the drawing waits until it comes near the viewport (see
 * `plotHeight`): a slider moved at the top of the page redraws only the charts someone may look at.
 */
export function ChartFrame({
  title,
  caption,
  scenario,
  fileName,
  legend,
  tables,
  notes,
  plotHeight,
  children,
}: ChartFrameProps) {
  const titleId = useId();
  const figureRef = useRef<HTMLDivElement>(null);
  const lazy = plotHeight !== undefined;
  // Charts that come near together (a jump to "Charts") draw one a frame, each in a task of its own.
  const shown = useTurnWhen(useNearViewport(figureRef));
  const [drawn, setDrawn] = useState(shown);
  if (shown && !drawn) setDrawn(true);
  const drawing = useHeldWhile(children, lazy && !shown);
  const stale = drawing !== children;
  return (
    <figure className="chart" aria-labelledby={titleId}>
      <h3 id={titleId} className="chart__title">
        {title}
      </h3>
      <p className="chart__caption">{caption}</p>
      <div
        ref={figureRef}
        className={stale ? 'chart__figure chart__figure--stale' : 'chart__figure'}
        aria-hidden={stale || undefined}
      >
        {drawn || !lazy ? drawing : <div className="chart__placeholder" style={{ height: plotHeight }} />}
      </div>
      {legend.length > 0 ? <ChartLegend items={legend} /> : null}
      {notes}
      <DownloadButtons
        figureRef={figureRef}
        title={title}
        options={() => ({ title, captions: [caption, scenario], legend, fileName })}
      />
      <details className="chart__data">
        <summary>
          Show data <span className="visually-hidden">of {title}</span>
        </summary>
        {tables.map((entry) => (
          <DataTable key={entry.caption} caption={entry.caption} table={entry.table} />
        ))}
      </details>
    </figure>
  );
}
