import type { SourceRef } from '../domain/rates';

/** A model-level speed median that is not tied to one provider (Artificial Analysis). */
export interface ModelSpeed {
  readonly modelId: string;
  readonly label: string;
  readonly outputTokensPerSecond: number | null;
  readonly timeToFirstTokenSeconds: number | null;
  readonly source: SourceRef;
  readonly note: string;
}
