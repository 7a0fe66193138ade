import type { TraceReport } from '../../domain/traces/trace-report';
import { describeBadRows } from '../../domain/traces/trace-view';

/** Why nothing could be read, and the bad rows with their line numbers and reasons. */
export function TraceProblems({ report }: { readonly report: TraceReport }) {
  if (report.formatProblem === null && report.badRowCount === 0) return null;
  return (
    <div className="trace-problems">
      {report.formatProblem !== null ? <p className="notice">{report.formatProblem}</p> : null}
      {report.badRowCount > 0 ? (
        <details className="trace-problems__rows" open={report.formatProblem === null}>
          <summary>{describeBadRows(report)}</summary>
          <ol className="trace-problems__list">
            {report.badRows.map((row) => (
              <li key={row.line}>
                Line {row.line}: {row.reason}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </div>
  );
}
