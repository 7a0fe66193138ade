import { DeferredPart } from '../../components/ui/deferred-part';
import { retryableLazy } from '../../components/ui/retryable-lazy';

/** The token estimate loads after the first figures are on screen; its tokenizer only when text is counted. */
const tokenEstimateSection = retryableLazy(() =>
  import('./token-estimate-section').then((module) => module.TokenEstimateSection),
);

export function LazyTokenEstimateSection() {
  return (
    <DeferredPart
      placeholderClassName="page__room--token-estimate"
      loader={tokenEstimateSection}
      fallback={<p className="field-hint">Loading the token estimate…</p>}
    />
  );
}
