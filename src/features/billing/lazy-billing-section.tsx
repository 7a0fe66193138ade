import { DeferredPart } from '../../components/ui/deferred-part';
import { retryableLazy } from '../../components/ui/retryable-lazy';

/** Billing extras load after the first figures are on screen, in their own chunk. */
const billingSection = retryableLazy(() =>
  import('./billing-section').then((module) => module.BillingSection),
);

export function LazyBillingSection() {
  return (
    <DeferredPart
      placeholderClassName="page__room--billing"
      loader={billingSection}
      fallback={<p className="field-hint">Loading billing extras…</p>}
    />
  );
}
