import { lazy, Suspense } from 'react';

/** The request-log reader loads after the first figures are on screen, in its own chunk. */
const TraceSection = lazy(() =>
  import('./trace-section').then((module) => ({ default: module.TraceSection })),
);

export function LazyTraceSection() {
  return (
    <Suspense fallback={<p className="field-hint">Loading the request-log reader…</p>}>
      <TraceSection />
    </Suspense>
  );
}
