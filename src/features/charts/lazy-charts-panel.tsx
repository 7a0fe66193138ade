import { lazy, Suspense } from 'react';

/** recharts is large: the charts load after the first figures are on screen, in their own chunk. */
const ChartsPanel = lazy(() => import('./charts-panel').then((module) => ({ default: module.ChartsPanel })));

export function LazyChartsPanel() {
  return (
    <Suspense fallback={<p className="field-hint">Loading charts…</p>}>
      <ChartsPanel />
    </Suspense>
  );
}
