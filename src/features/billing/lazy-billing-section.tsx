import { lazy, Suspense } from 'react';

/** Billing extras load after the first figures are on screen, in their own chunk. */
const BillingSection = lazy(() =>
  import('./billing-section').then((module) => ({ default: module.BillingSection })),
);

export function LazyBillingSection() {
  return (
    <Suspense fallback={<p className="field-hint">Loading billing extras…</p>}>
      <BillingSection />
    </Suspense>
  );
}
