import { DeferredPart } from '../../components/ui/deferred-part';
import { retryableLazy } from '../../components/ui/retryable-lazy';

/** recharts is large: the charts load after the first figures are on screen, in their own chunk. */
const chartsPanel = retryableLazy(() => import('./charts-panel').then((module) => module.ChartsPanel));

export function LazyChartsPanel() {
  return (
    <DeferredPart
      placeholderClassName="page__room--charts"
      loader={chartsPanel}
      fallback={<p className="field-hint">Loading charts…</p>}
    />
  );
}
