import { parsePrice, type RoutePrices } from '../domain/rates';
import { DEFAULT_WORKLOAD, type Workload } from '../domain/workload';

/** A workload with the given fields; everything else is zero except what the test names. */
export function aWorkload(fields: Partial<Workload> = {}): Workload {
  return {
    ...DEFAULT_WORKLOAD,
    requestsPerMonth: 0,
    inputTokensPerRequest: 0,
    outputTokensPerRequest: 0,
    ...fields,
  };
}

/** Route prices from published decimal strings: pricesOf('0.95', '0.16', '4'). */
export function pricesOf(input: string, cachedInput: string | null, output: string): RoutePrices {
  return {
    inputPerMillion: parsePrice(input) as bigint,
    cachedInputPerMillion: cachedInput === null ? null : (parsePrice(cachedInput) as bigint),
    outputPerMillion: parsePrice(output) as bigint,
  };
}
