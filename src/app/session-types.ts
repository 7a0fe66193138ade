/**
 * What the scenario session tells the page: the report of the link just opened, the restore offer and
 * a save problem (persistence.ts keeps them; session-notices.tsx shows them).
 */
import type { PriceChange } from '../domain/share-link/price-change';
import type { PreviousScenario } from './startup';

/** What opening a link changed or ignored; a new `id` for every link opened. */
export interface LinkReport {
  readonly id: number;
  readonly problems: readonly string[];
  readonly priceChanges: readonly PriceChange[];
}

/** The offer that brings back what a link replaced, and the way back to the link after it. */
export type RestoreOffer =
  | { readonly kind: 'link-opened'; readonly previous: PreviousScenario }
  | { readonly kind: 'restored'; readonly link: PreviousScenario };

export interface SessionNotices {
  readonly report: LinkReport;
  readonly offer: RestoreOffer | null;
  /** Why the browser did not keep the scenario, when it refused. */
  readonly saveProblem: string | null;
}

export interface ScenarioSession {
  getNotices(): SessionNotices;
  subscribe(listener: () => void): () => void;
  restorePrevious(): void;
  backToLink(): void;
  dismissOffer(): void;
  /** Writes what is pending now (the page is being hidden). */
  flush(): void;
  dispose(): void;
}
