import { useCallback, useEffect, useRef, useState } from 'react';
import type { TraceReport } from '../../domain/traces/trace-report';
import { startTraceImport, type TraceImport } from '../../lib/trace-import-client';
import type { TraceProgress, TraceSource } from '../../lib/trace-source';

export type TraceImportState =
  | { readonly status: 'idle' }
  | { readonly status: 'reading'; readonly sourceName: string; readonly progress: TraceProgress | null }
  | {
      readonly status: 'done';
      readonly sourceName: string;
      readonly report: TraceReport;
      /** Counts the logs read, so views can start afresh for each. */
      readonly readNumber: number;
    }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly message: string };

/**
 * Reads one log at a time: starting another cancels the one in progress, and leaving the page
 * cancels it too. Only the report (aggregates) is kept in state, never the file or its rows.
 */
export function useTraceImport() {
  const [state, setState] = useState<TraceImportState>({ status: 'idle' });
  const current = useRef<TraceImport | null>(null);
  const reads = useRef(0);

  const cancel = useCallback(() => {
    if (current.current === null) return;
    current.current.cancel();
    current.current = null;
    setState({ status: 'cancelled' });
  }, []);

  const start = useCallback(
    (source: TraceSource, sourceName: string) => {
      cancel();
      setState({ status: 'reading', sourceName, progress: null });
      const reading = startTraceImport(source, {
        onProgress: (progress) => {
          if (current.current === reading) setState({ status: 'reading', sourceName, progress });
        },
      });
      current.current = reading;
      reading.result.then((result) => {
        if (current.current !== reading) return; // cancelled, or replaced by a newer log
        current.current = null;
        if (result.status === 'done') {
          reads.current += 1;
          setState({ status: 'done', sourceName, report: result.report, readNumber: reads.current });
        } else if (result.status === 'failed') setState({ status: 'failed', message: result.message });
        else setState({ status: 'cancelled' });
      });
    },
    [cancel],
  );

  useEffect(() => cancel, [cancel]);

  return { state, start, cancel };
}
