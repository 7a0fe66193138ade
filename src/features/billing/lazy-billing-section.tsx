import { Suspense } from 'react';
import { LazyPart, retryableLazy } from '../../components/ui/retryable-lazy';

/** Billing extras load after the first figures are on screen, in their own chunk. */
const billingSection = retryableLazy(() =>
  import('./billing-section').then((module) => module.BillingSection),
);

export function LazyBillingSection() {
  return (
    <Suspense fallback={<p className="field-hint">Loading billing extras…</p>}>
      <LazyPart loader={billingSection} />
    </Suspense>
  );
}
