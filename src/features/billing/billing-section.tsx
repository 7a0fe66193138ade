import { useDeferredValue, useMemo } from 'react';
import { usageByProvider } from '../../domain/cost/usage-by-provider';
import { useCalculator } from '../../store/calculator-context';
import { usePricedEndpoints } from '../../store/scenario-shapes';
import { useRoutes } from '../../store/use-routes';
import { BillingExtrasPanel, type RouteUsage } from './billing-extras-panel';

/**
 * The scenario's bill with the extras the seed lists as hidden costs: one bill per provider the
 * endpoints buy from (its fee and minimum top-up apply to all its routes), tax, a display currency
 * and promotional credit.
 */
export function BillingSection() {
  const value = useCalculator((state) => state.billingExtras);
  const setBillingExtras = useCalculator((state) => state.setBillingExtras);
  const routes = useRoutes();
  // Below the fold: it follows the sliders at low priority.
  const priced = useDeferredValue(usePricedEndpoints());

  const usage = useMemo((): RouteUsage[] => usageByProvider(priced, routes), [priced, routes]);
  const providers = useMemo(() => [...new Set(usage.map((route) => route.providerName))], [usage]);

  return <BillingExtrasPanel value={value} onChange={setBillingExtras} providers={providers} usage={usage} />;
}
