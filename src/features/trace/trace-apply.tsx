import { useId, useState } from 'react';
import { SelectField } from '../../components/ui/select-field';
import { SmallButton } from '../../components/ui/small-button';
import type { TraceReport } from '../../domain/traces/trace-report';
import { displayText } from '../../domain/traces/trace-values';
import { describeWorkload } from '../../domain/traces/trace-view';
import {
  endpointDrafts,
  TRACE_STATISTICS,
  type TraceStatistic,
  type TraceWorkload,
  traceWorkload,
} from '../../domain/traces/trace-workload';

export interface TraceApplyProps {
  readonly report: TraceReport;
  readonly endpoints: readonly { readonly id: string; readonly name: string }[];
  readonly selectedEndpointId: string;
  readonly onApply: (endpointId: string, workload: TraceWorkload) => void;
  /** Returns how many endpoints were created (a scenario holds at most 20). */
  readonly onCreateEndpoints: (
    drafts: readonly { name: string; workload: TraceWorkload }[],
  ) => number | undefined;
}

const ALL = '';
const STATISTIC_WORDS: Record<TraceStatistic, string> = { mean: 'mean', p50: 'p50', p90: 'p90', p99: 'p99' };

/** Sets an endpoint's workload from the log (or one tag of it), with the statistic in view. */
export function TraceApply({
  report,
  endpoints,
  selectedEndpointId,
  onApply,
  onCreateEndpoints,
}: TraceApplyProps) {
  const id = useId();
  const [chosenEndpoint, setChosenEndpoint] = useState(selectedEndpointId);
  const [statistic, setStatistic] = useState<TraceStatistic>('mean');
  const [groupName, setGroupName] = useState(ALL);
  const [status, setStatus] = useState('');

  const endpoint = endpoints.find((candidate) => candidate.id === chosenEndpoint) ?? endpoints[0];
  const group = report.groups.find((candidate) => candidate.name === groupName) ?? report.overall;
  const workload = traceWorkload(group, statistic);
  const canApply = endpoint !== undefined && report.overall.requests > 0;

  function apply() {
    if (!endpoint) return;
    onApply(endpoint.id, workload);
    setStatus(
      `Applied the ${STATISTIC_WORDS[statistic]} of ${group === report.overall ? 'the log' : `“${displayText(group.name)}”`} to ${displayText(endpoint.name)}: ${describeWorkload(workload)}.`,
    );
  }

  function createEndpoints() {
    const drafts = endpointDrafts(report.groups, statistic);
    const created = onCreateEndpoints(drafts) ?? drafts.length;
    const leftOut = drafts.length - created;
    setStatus(
      `Created ${created} ${created === 1 ? 'endpoint' : 'endpoints'} from the tags, with the ${STATISTIC_WORDS[statistic]}.` +
        (leftOut > 0 ? ` ${leftOut} more did not fit: a scenario holds at most 20 endpoints.` : ''),
    );
  }

  return (
    <div className="trace-apply">
      <h3 className="trace-panel__heading">Use in the scenario</h3>
      <div className="trace-apply__fields">
        <SelectField
          label="Apply to endpoint"
          value={endpoint?.id ?? ''}
          disabled={endpoints.length === 0}
          onChange={(event) => setChosenEndpoint(event.target.value)}
        >
          {endpoints.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {displayText(candidate.name)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Use"
          value={statistic}
          onChange={(event) => setStatistic(event.target.value as TraceStatistic)}
        >
          {TRACE_STATISTICS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </SelectField>
        {report.groups.length > 0 ? (
          <SelectField
            label="Requests from"
            value={groupName}
            onChange={(event) => setGroupName(event.target.value)}
          >
            <option value={ALL}>All requests</option>
            {report.groups.map((candidate) => (
              <option key={candidate.name} value={candidate.name}>
                {displayText(candidate.name)}
              </option>
            ))}
          </SelectField>
        ) : null}
      </div>
      <p id={`${id}-preview`} className="trace-apply__preview">
        With the {STATISTIC_WORDS[statistic]}: {describeWorkload(workload)}. The cache hit rate is the
        observed one whatever the statistic; input and output use the {STATISTIC_WORDS[statistic]} of each.
      </p>
      <div className="trace-apply__actions">
        <SmallButton disabled={!canApply} aria-describedby={`${id}-preview`} onClick={apply}>
          Apply to endpoint
        </SmallButton>
        {report.groups.length > 0 ? (
          <SmallButton onClick={createEndpoints}>Create endpoints from groups</SmallButton>
        ) : null}
      </div>
      {endpoints.length === 0 ? <p className="field-hint">Add an endpoint to apply the log to it.</p> : null}
      <p className="trace-apply__status" role="status">
        {status}
      </p>
    </div>
  );
}
