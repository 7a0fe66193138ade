import { Suspense } from 'react';
import { LazyPart, retryableLazy } from '../../components/ui/retryable-lazy';

/** recharts is large: the charts load after the first figures are on screen, in their own chunk. */
const chartsPanel = retryableLazy(() => import('./charts-panel').then((module) => module.ChartsPanel));

export function LazyChartsPanel() {
  return (
    <Suspense fallback={<p className="field-hint">Loading charts…</p>}>
      <LazyPart loader={chartsPanel} />
    </Suspense>
  );
}
