import { useMemo } from 'react';
import { usageByProvider } from '../../domain/cost/usage-by-provider';
import { useSameWhileKey } from '../../lib/use-same-while-key';
import { useSettledValue } from '../../lib/use-settled-value';
import { useCalculator } from '../../store/calculator-context';
import { useScenarioBill } from '../../store/use-scenario-bill';
import { BillingExtrasPanel, type RouteUsage } from './billing-extras-panel';

/**
 * The scenario's bill with the extras the seed lists as hidden costs: one bill per provider the
 * endpoints buy from (its fee and minimum top-up apply to all its routes), tax, a display currency
 * and promotional credit.
 */
export function BillingSection() {
  const value = useCalculator((state) => state.billingExtras);
  const setBillingExtras = useCalculator((state) => state.setBillingExtras);
  // Below the fold: it follows the sliders once they settle, at low priority, like the table.
  const bill = useSettledValue(useScenarioBill());

  const usage = useMemo((): RouteUsage[] => usageByProvider(bill), [bill]);
  // The same list while the same providers are billed: a step changes the usage, not the providers.
  const providerNames = [...new Set(usage.map((route) => route.providerName))];
  const providers = useSameWhileKey(providerNames, JSON.stringify(providerNames));

  return <BillingExtrasPanel value={value} onChange={setBillingExtras} providers={providers} usage={usage} />;
}
