import { lazy, Suspense } from 'react';

/** The rates view, route form and importer load after the first figures are on screen, in their own chunk. */
const RatesSection = lazy(() =>
  import('./rates-section').then((module) => ({ default: module.RatesSection })),
);

export function LazyRatesSection() {
  return (
    <Suspense fallback={<p className="field-hint">Loading rates…</p>}>
      <RatesSection />
    </Suspense>
  );
}
