import { DeferredPart } from '../../components/ui/deferred-part';
import { retryableLazy } from '../../components/ui/retryable-lazy';

/** The rates view, route form and importer load after the first figures are on screen, in their own chunk. */
const ratesSection = retryableLazy(() => import('./rates-section').then((module) => module.RatesSection));

export function LazyRatesSection() {
  return (
    <DeferredPart
      placeholderClassName="page__room--rates"
      loader={ratesSection}
      fallback={<p className="field-hint">Loading rates…</p>}
    />
  );
}
