import { LazyIsland } from '../../components/ui/hydration-island';
import { retryableLazy } from '../../components/ui/retryable-lazy';

/** TanStack Table and the table's columns are not in the first view: the table is an island. */
const comparisonTable = retryableLazy(() =>
  import('./comparison-table').then((module) => module.ComparisonTable),
);

export function LazyComparisonTable() {
  return (
    <LazyIsland id="comparison-table" loader={comparisonTable} placeholder="Loading the comparison table…" />
  );
}
