/**
 * The sentences around the bill. The rules:
 * - the route line names the one route in use ("Kimi K2.6 via Moonshot AI"), or counts the endpoints
 *   and routes ("3 endpoints on 2 routes");
 * - the retry note gives the one endpoint's rate, or speaks of every endpoint's buffers together; no
 *   buffer, no note;
 * - when a route in use publishes no cached-input price, the note says its cache hits are billed at the
 *   full input price.
 */
import type { ScenarioBill } from './bill-scenario';

export interface BillNotes {
  readonly routeText: string;
  /** "Includes a 10% retry buffer: $0.39 a month. ", or empty. */
  readonly retry: string;
  /** Why cache hits cost the input price, or empty. */
  readonly cachedPrice: string;
}

/** The route line: the one route's name, or how many endpoints on how many routes. */
export function routeText(bill: Pick<ScenarioBill, 'endpoints' | 'routeNames'>): string {
  const { routeNames } = bill;
  if (routeNames.length === 1) return routeNames[0] ?? '';
  return `${bill.endpoints.length} endpoints on ${routeNames.length} routes`;
}

/** `retryBuffer` is the buffer as the breakdown shows it ("$0.39"). */
export function describeBillNotes(bill: ScenarioBill, retryBuffer: string): BillNotes {
  const single = bill.endpoints.length === 1;
  const rates = bill.endpoints
    .map((item) => item.endpoint.shape.retryBufferPercent)
    .filter((rate) => rate > 0);
  let retry = '';
  if (rates.length > 0) {
    retry = single
      ? `Includes a ${rates[0]}% retry buffer: ${retryBuffer} a month. `
      : `Includes retry buffers: ${retryBuffer} a month. `;
  }
  let cachedPrice = '';
  if (bill.cacheBilledAtInputPrice) {
    cachedPrice = single
      ? 'This route publishes no cached-input price, so cache hits are billed at the full input price. '
      : 'A route here publishes no cached-input price, so its cache hits are billed at the full input price. ';
  }
  return { routeText: routeText(bill), retry, cachedPrice };
}
