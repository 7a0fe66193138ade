import { DeferredPart } from '../../components/ui/deferred-part';
import { retryableLazy } from '../../components/ui/retryable-lazy';

/** The request-log reader loads after the first figures are on screen, in its own chunk. */
const traceSection = retryableLazy(() => import('./trace-section').then((module) => module.TraceSection));

export function LazyTraceSection() {
  return (
    <DeferredPart
      placeholderClassName="page__room--calibrate"
      loader={traceSection}
      fallback={<p className="field-hint">Loading the request-log reader…</p>}
    />
  );
}
