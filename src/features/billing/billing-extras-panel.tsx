import { memo, useCallback, useMemo } from 'react';
import { Card } from '../../components/ui/card';
import { describeDisplayCurrency } from '../../domain/billing/display-currency';
import { billsWithExtras, type UsagePart } from '../../domain/billing/extras-bill';
import { type BillingExtrasInput, readBillingExtras } from '../../domain/billing/extras-input';
import { ExtrasBillTable } from './extras-bill';
import { PromotionalCredit } from './promotional-credit';
import { ProviderCharges } from './provider-charges';
import { TaxAndCurrency } from './tax-and-currency';
import './billing.css';

/**
 * The scenario's monthly usage on one route, exact. `parts` are the bill's lines before extras, e.g.
 * a provider's Bill (cost/usage-by-provider.ts): `listedParts(bill).map((key) => ({ key,
 * label: COST_PART_LABELS[key], amount: bill.parts[key] }))`. Fees and the minimum recharge are looked up by `providerName`.
 */
export interface RouteUsage {
  readonly routeId: string;
  /** How the bill is captioned: "Kimi K2.6 via Moonshot AI". */
  readonly name: string;
  /** Route.providerName: the key of the platform fee and the minimum recharge. */
  readonly providerName: string;
  readonly parts: readonly UsagePart[];
}

export interface BillingExtrasPanelProps {
  readonly value: BillingExtrasInput;
  onChange(next: BillingExtrasInput): void;
  /** Providers of the routes in use, each with a platform fee and a minimum recharge field. */
  readonly providers: readonly string[];
  /** One bill per route in use (the active route, and any other the app wants billed). */
  readonly usage: readonly RouteUsage[];
}

/**
 * Fees, tax, currency, minimum top-ups and promotional credit, and the bill they make. Memoised, as
 * are its fields: a slider step gives the bill new usage, and only the bills below are written again.
 */
export const BillingExtrasPanel = memo(function BillingExtrasPanel({
  value,
  onChange,
  providers,
  usage,
}: BillingExtrasPanelProps) {
  const { extras, problems } = useMemo(() => readBillingExtras(value), [value]);
  const bills = useMemo(() => billsWithExtras(usage, extras), [usage, extras]);
  const change = useCallback(
    (part: Partial<BillingExtrasInput>) => onChange({ ...value, ...part }),
    [value, onChange],
  );
  return (
    <Card title="Billing extras" className="billing">
      <ProviderCharges value={value} providers={providers} problems={problems} onChange={change} />
      <TaxAndCurrency value={value} problems={problems} onChange={change} />
      <PromotionalCredit value={value} problems={problems} onChange={change} />
      <p className="field-hint billing__currency" aria-live="polite">
        {describeDisplayCurrency(extras.currency, value.currency !== null)}
      </p>
      {bills.length > 1 && extras.promotionalCredit > 0n ? (
        <p className="field-hint">
          The promotional credit is a one-time voucher: it appears once, in the first bill.
        </p>
      ) : null}
      {bills.length === 0 ? (
        <p className="field-hint">Choose a route to see its bill with these extras.</p>
      ) : (
        bills.map(({ route, bill }) => (
          <ExtrasBillTable
            key={route.routeId}
            name={route.name}
            bill={bill}
            creditCounted={extras.includePromotionalCredit}
          />
        ))
      )}
    </Card>
  );
});
