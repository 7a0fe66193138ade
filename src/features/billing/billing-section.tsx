import { useDeferredValue, useMemo } from 'react';
import { COST_PART_LABELS, listedParts } from '../../domain/breakdown';
import { costPricedShapes } from '../../domain/scenario-cost';
import { useCalculator } from '../../store/calculator-context';
import { usePricedEndpoints } from '../../store/scenario-shapes';
import { BillingExtrasPanel, type RouteUsage } from './billing-extras-panel';

/**
 * The scenario's bill with the extras the seed lists as hidden costs: one bill per provider the
 * endpoints buy from (its fee and minimum top-up apply to all its routes), tax, a display currency
 * and promotional credit.
 */
export function BillingSection() {
  const value = useCalculator((state) => state.billingExtras);
  const setBillingExtras = useCalculator((state) => state.setBillingExtras);
  const routes = useCalculator((state) => state.routes);
  // Below the fold: it follows the sliders at low priority.
  const priced = useDeferredValue(usePricedEndpoints());

  const usage = useMemo((): RouteUsage[] => {
    // One bill per provider: its fee and its minimum top-up apply to everything bought there.
    const byProvider = new Map<string, typeof priced>();
    for (const item of priced) {
      const provider = routes.find((route) => route.id === item.endpoint.routeId)?.providerName ?? '';
      byProvider.set(provider, [...(byProvider.get(provider) ?? []), item]);
    }
    return [...byProvider].map(([providerName, items]) => {
      const cost = costPricedShapes(items);
      const routeNames = [...new Set(items.map((item) => item.routeName))];
      return {
        routeId: items[0]?.endpoint.routeId ?? providerName,
        name:
          routeNames.length === 1
            ? (routeNames[0] ?? providerName)
            : `${providerName}: ${routeNames.join(', ')}`,
        providerName,
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
