/**
 * One record of the project's sourced price reference (shared/reference/kimi-prices.json, version 2;
 * every field is described in kimi-prices.md beside it). Prices are USD per 1M tokens as JSON numbers.
 */
import { readFileSync } from 'node:fs';

export interface ReferenceTier {
  readonly aboveTokens: number;
  readonly inputPerM: number;
  readonly cachedInputPerM: number | null;
  readonly outputPerM: number;
}

export interface ReferenceToolFee {
  readonly tool: string;
  readonly usdPerCall: number;
  readonly source: string;
}

export interface ReferenceRecord {
  readonly model: string;
  readonly modelVersion: string;
  readonly provider: string;
  readonly providerModelId: string;
  readonly inputPerM: number | null;
  readonly cachedInputPerM: number | null;
  readonly cacheWritePerM: number | null;
  readonly outputPerM: number | null;
  readonly contextWindow: number | null;
  readonly maxOutput: number | null;
  readonly throughputTps: number | null;
  readonly latencyS: number | null;
  readonly source: string;
  readonly sourceDate: string;
  readonly sourceDateType: string;
  readonly dataset: string;
  readonly notes: string;
  readonly canonical: boolean;
  readonly status: 'active' | 'deprecated' | 'retired' | null;
  readonly statusDate: string | null;
  readonly statusSource: string | null;
  readonly successor: string | null;
  readonly batchInputPerM: number | null;
  readonly batchOutputPerM: number | null;
  readonly batchDiscountNote: string | null;
  readonly longContextTiers: readonly ReferenceTier[] | null;
  readonly toolFees: readonly ReferenceToolFee[] | null;
  readonly region: string | null;
  readonly checkedBy: string;
  readonly variant: string | null;
}

/** Fields a version-2 record must have: a file without them is an older or another format. */
const V2_FIELDS = [
  'status',
  'cacheWritePerM',
  'longContextTiers',
  'toolFees',
  'checkedBy',
  'variant',
] as const;

export function readReferenceRecords(path: string): ReferenceRecord[] {
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(parsed)) throw new Error(`${path}: expected a list of price records`);
  parsed.forEach((record, index) => {
    const missing = V2_FIELDS.filter((field) => !(field in (record as object)));
    if (missing.length > 0) {
      throw new Error(
        `${path}: record ${index} has no ${missing.join(', ')}; is this version 2 of the data?`,
      );
    }
  });
  return parsed as ReferenceRecord[];
}
