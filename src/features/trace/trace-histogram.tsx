import type { HistogramBin } from '../../domain/traces/trace-stats';
import { histogramTable } from '../../domain/traces/trace-view';
import { TextTable } from './text-table';

/**
 * Requests per range of tokens per request (1-2-5 bins per decade), as a table whose count cells
 * carry a bar: the table is the chart's text, the bars are decoration.
 */
export function TraceHistogram({ histogram }: { readonly histogram: readonly HistogramBin[] }) {
  if (histogram.length === 0) return null;
  const largest = Math.max(1, ...histogram.map((bin) => Math.max(bin.input, bin.output)));
  const bar = (rowIndex: number, columnIndex: number) => {
    const bin = histogram[rowIndex];
    if (bin === undefined) return null;
    const count = columnIndex === 1 ? bin.input : bin.output;
    return (
      <span className="trace-bar" data-series={columnIndex === 1 ? 'input' : 'output'} aria-hidden="true">
        <span style={{ inlineSize: `${(count / largest) * 100}%` }} />
      </span>
    );
  };
  return (
    <div className="trace-histogram">
      <h3 className="trace-panel__heading">Tokens per request</h3>
      <TextTable
        caption="Requests per range of tokens per request (log-spaced bins)"
        table={histogramTable(histogram)}
        decorate={bar}
      />
    </div>
  );
}
