/**
 * The usage billing extras apply to: one bill per provider the endpoints buy from, because a
 * provider's platform fee and minimum top-up cover everything bought there. Each bill lists the
 * parts of its endpoints' costs (on their own routes) and is named after its route, or after the
 * provider and its routes when there are several.
 */
import type { UsagePart } from '../billing/extras-bill';
import { COST_PART_LABELS, listedParts, sumBills } from './bill';
import type { EndpointBill, ScenarioBill } from './bill-scenario';

export interface ProviderUsage {
  /** The first endpoint's route: a stable key for the bill. */
  readonly routeId: string;
  readonly name: string;
  readonly providerName: string;
  readonly parts: readonly UsagePart[];
}

export function usageByProvider(bill: Pick<ScenarioBill, 'endpoints'>): ProviderUsage[] {
  const byProvider = new Map<string, EndpointBill[]>();
  for (const item of bill.endpoints) {
    const provider = item.route.providerName;
    byProvider.set(provider, [...(byProvider.get(provider) ?? []), item]);
  }
  return [...byProvider].map(([providerName, group]) => {
    const cost = sumBills(group.map((item) => item.bill));
    const routeNames = [...new Set(group.map((item) => item.routeName))];
    return {
      routeId: group[0]?.endpoint.routeId ?? providerName,
      name:
        routeNames.length === 1
          ? (routeNames[0] ?? providerName)
          : `${providerName}: ${routeNames.join(', ')}`,
      providerName,
      parts: listedParts(cost).map((key) => ({ key, label: COST_PART_LABELS[key], amount: cost.parts[key] })),
    };
  });
}
