import type { TraceGroup } from '../../domain/traces/trace-report';
import { displayText } from '../../domain/traces/trace-values';
import { groupsTable, tokenStatsTable } from '../../domain/traces/trace-view';
import { TextTable } from './text-table';

/** One row per tag or endpoint of the log, and each tag's own token statistics on demand. */
export function TraceGroups({ groups }: { readonly groups: readonly TraceGroup[] }) {
  if (groups.length === 0) return null;
  return (
    <div className="trace-groups">
      <h3 className="trace-panel__heading">By tag</h3>
      <TextTable caption="Requests by tag or endpoint" table={groupsTable(groups)} />
      <p className="field-hint">
        Each tag's requests a month are scaled by the whole log's time span, so the tags add up to the log.
      </p>
      {groups.map((group) => (
        <details key={group.name} className="trace-groups__details">
          <summary>{displayText(group.name)}: tokens per request</summary>
          <TextTable
            caption={`Tokens per request, ${displayText(group.name)}`}
            table={tokenStatsTable(group)}
          />
        </details>
      ))}
    </div>
  );
}
