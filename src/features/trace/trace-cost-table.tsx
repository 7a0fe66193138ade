import { useMemo } from 'react';
import type { PriceOverrides } from '../../domain/rates/prices';
import type { Route } from '../../domain/rates/route';
import { buildTraceCostRows } from '../../domain/traces/trace-cost';
import type { TraceGroup } from '../../domain/traces/trace-report';
import { describeDifference, traceCostTable } from '../../domain/traces/trace-view';
import { TextTable } from './text-table';

interface TraceCostTableProps {
  readonly group: TraceGroup;
  readonly routes: readonly Route[];
  readonly priceOverrides: Readonly<Record<string, PriceOverrides>>;
  readonly activeRouteId: string;
}

/** What the log itself cost on every route, against the estimate from its rounded averages. */
export function TraceCostTable({ group, routes, priceOverrides, activeRouteId }: TraceCostTableProps) {
  const rows = useMemo(
    () => buildTraceCostRows(group, routes, priceOverrides),
    [group, routes, priceOverrides],
  );
  const active = rows.find((row) => row.route.id === activeRouteId);
  if (rows.length === 0) return null;
  return (
    <div className="trace-cost">
      <h3 className="trace-panel__heading">Trace cost by route</h3>
      {active ? <p className="trace-cost__sentence">{describeDifference(active, group)}</p> : null}
      <TextTable
        caption="Trace cost by route"
        table={traceCostTable(rows)}
        rowClass={(index) => (rows[index]?.route.id === activeRouteId ? 'is-active' : undefined)}
      />
      <p className="field-hint">
        Trace cost: the sum of every request's own cost, without a retry buffer. Average-based estimate: the
        log's requests × its mean tokens (rounded to whole tokens) and cache hit rate (rounded to 2 decimals),
        as Apply would set them. Difference: estimate − trace cost.
      </p>
    </div>
  );
}
