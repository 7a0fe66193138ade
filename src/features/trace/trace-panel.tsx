import { useRef } from 'react';
import { Card } from '../../components/ui/card';
import type { PriceOverrides } from '../../domain/rates/prices';
import type { Route } from '../../domain/rates/route';
import { displayText } from '../../domain/traces/trace-values';
import type { TraceWorkload } from '../../domain/traces/trace-workload';
import { TraceApply } from './trace-apply';
import { TraceCostTable } from './trace-cost-table';
import { TraceGroups } from './trace-groups';
import { TraceHistogram } from './trace-histogram';
import { TraceInput } from './trace-input';
import { TraceProblems } from './trace-problems';
import { TraceProgress } from './trace-progress';
import { TraceSummary } from './trace-summary';
import { useTraceImport } from './use-trace-import';
import './trace.css';

export interface TracePanelProps {
  readonly routes: readonly Route[];
  readonly priceOverrides: Readonly<Record<string, PriceOverrides>>;
  readonly activeRouteId: string;
  readonly endpoints: readonly { readonly id: string; readonly name: string }[];
  readonly selectedEndpointId: string;
  onApply(endpointId: string, workload: TraceWorkload): void;
  /** Returns how many endpoints were created (a scenario holds at most 20). */
  onCreateEndpoints(drafts: readonly { name: string; workload: TraceWorkload }[]): number | undefined;
}

/**
 * Calibrate from real usage: read a request log (pasted or a file, in a worker), summarise it, cost it
 * on every route and set endpoints' workloads from it. Everything comes in by props.
 */
export function TracePanel(props: TracePanelProps) {
  const { state, start, cancel } = useTraceImport();
  const readButton = useRef<HTMLButtonElement>(null);

  return (
    <Card title="Calibrate from real usage" className="trace-panel">
      <p className="field-hint trace-panel__help">
        CSV with a header: input and output token columns (input_tokens or prompt_tokens, output_tokens or
        completion_tokens), optionally cached tokens, timestamp, model and a tag or endpoint column; cached
        tokens are part of input tokens. JSON Lines: one OpenAI-compatible response or usage object per line
        (cached = prompt_tokens_details.cached_tokens or Kimi's usage.cached_tokens, both part of
        prompt_tokens, never added on top), or Anthropic usage, where input_tokens excludes the cache: input =
        input_tokens + cache_read_input_tokens + cache_creation_input_tokens, and cached =
        cache_read_input_tokens. The log never leaves this browser; only totals, percentiles and counts are
        kept.
      </p>
      <TraceInput onRead={(source, name) => start(source, name)} readButtonRef={readButton} />
      {state.status === 'reading' ? (
        <TraceProgress
          sourceName={displayText(state.sourceName)}
          progress={state.progress}
          onCancel={() => {
            cancel();
            readButton.current?.focus();
          }}
        />
      ) : null}
      {state.status === 'cancelled' ? <p role="status">Reading cancelled; nothing was kept.</p> : null}
      {state.status === 'failed' ? (
        <p className="notice" role="alert">
          The log could not be read: {displayText(state.message, 200)}
        </p>
      ) : null}
      {state.status === 'done' ? (
        <section className="trace-panel__results" aria-label="Log summary">
          <TraceProblems report={state.report} />
          {state.report.overall.requests > 0 ? (
            <>
              <TraceSummary report={state.report} sourceName={state.sourceName} />
              <TraceHistogram histogram={state.report.histogram} />
              <TraceGroups groups={state.report.groups} />
              <TraceApply
                key={state.readNumber}
                report={state.report}
                endpoints={props.endpoints}
                selectedEndpointId={props.selectedEndpointId}
                onApply={props.onApply}
                onCreateEndpoints={props.onCreateEndpoints}
              />
              <TraceCostTable
                group={state.report.overall}
                routes={props.routes}
                priceOverrides={props.priceOverrides}
                activeRouteId={props.activeRouteId}
              />
            </>
          ) : (
            <p>No valid requests were found, so there is nothing to summarise.</p>
          )}
        </section>
      ) : null}
    </Card>
  );
}
