import { useDeferredValue, useMemo } from 'react';
import { COST_PART_LABELS, listedParts } from '../../domain/breakdown';
import { costPricedShapes } from '../../domain/scenario-cost';
import { useCalculator } from '../../store/calculator-context';
import { usePricedEndpoints } from '../../store/scenario-shapes';
import { BillingExtrasPanel, type RouteUsage } from './billing-extras-panel';

/**
 * The scenario's bill with the extras the seed lists as hidden costs: one bill per route the
 * endpoints use (a provider's fee and minimum top-up apply to its routes), tax, a display currency
 * and promotional credit.
 */
export function BillingSection() {
  const value = useCalculator((state) => state.billingExtras);
  const setBillingExtras = useCalculator((state) => state.setBillingExtras);
  const routes = useCalculator((state) => state.routes);
  // Below the fold: it follows the sliders at low priority.
  const priced = useDeferredValue(usePricedEndpoints());

  const usage = useMemo((): RouteUsage[] => {
    const byRoute = new Map<string, typeof priced>();
    for (const item of priced)
      byRoute.set(item.endpoint.routeId, [...(byRoute.get(item.endpoint.routeId) ?? []), item]);
    return [...byRoute].map(([routeId, items]) => {
      const cost = costPricedShapes(items);
      const route = routes.find((candidate) => candidate.id === routeId);
      return {
        routeId,
        name: items[0]?.routeName ?? routeId,
        providerName: route?.providerName ?? '',
        parts: listedParts(cost).map((key) => ({
          key,
          label: COST_PART_LABELS[key],
          amount: cost.parts[key],
        })),
      };
    });
  }, [priced, routes]);
  const providers = useMemo(() => [...new Set(usage.map((route) => route.providerName))], [usage]);

  return <BillingExtrasPanel value={value} onChange={setBillingExtras} providers={providers} usage={usage} />;
}
