import { Figure } from '../../components/ui/figure';
import { formatTokens } from '../../domain/money/format-number';
import type { TraceReport } from '../../domain/traces/trace-report';
import { displayText } from '../../domain/traces/trace-values';
import {
  describeModels,
  describeRead,
  describeVolume,
  formatCacheHitRate,
  tokenStatsTable,
} from '../../domain/traces/trace-view';
import { TextTable } from './text-table';

/** Requests, monthly volume, cache hit rate and token statistics of the whole log. */
export function TraceSummary({
  report,
  sourceName,
}: {
  readonly report: TraceReport;
  readonly sourceName: string;
}) {
  const { overall } = report;
  const models = describeModels(report);
  return (
    <div className="trace-summary">
      <h3 className="trace-panel__heading">Summary</h3>
      <p>
        {describeRead(report)} Source: {displayText(sourceName)}.
      </p>
      <dl className="trace-summary__figures">
        <Figure label="Requests in the log" value={formatTokens(overall.requests)} />
        <Figure label="Requests a month, from the log" value={formatTokens(overall.requestsPerMonth)} />
        <Figure label="Observed cache hit rate" value={formatCacheHitRate(overall.cacheHitRatePercent)} />
      </dl>
      <p>{describeVolume(report)}</p>
      <p className="field-hint">
        Observed cache hit rate = cached ÷ input tokens over all requests. Percentiles are nearest-rank: a
        count that occurred.
      </p>
      <TextTable caption="Tokens per request" table={tokenStatsTable(overall)} />
      {models !== null ? <p>Models: {models}</p> : null}
      {report.notes.length > 0 ? (
        <ul className="trace-summary__notes">
          {report.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
