import { useMemo } from 'react';
import { Card } from '../../components/ui/card';
import {
  type BillingExtrasInput,
  billWithExtras,
  readBillingExtras,
  type UsagePart,
} from '../../domain/billing/billing-extras';
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

/** Fees, tax, currency, minimum top-ups and promotional credit, and the bill they make. */
export function BillingExtrasPanel({ value, onChange, providers, usage }: BillingExtrasPanelProps) {
  const { extras, problems } = useMemo(() => readBillingExtras(value), [value]);
  const bills = useMemo(
    () =>
      usage.map((route, index) => ({
        route,
        // A voucher is spent once: it is applied to the first bill only.
        bill: billWithExtras(
          route.parts,
          route.providerName,
          index === 0 ? extras : { ...extras, promotionalCredit: 0n },
        ),
      })),
    [usage, extras],
  );
  const change = (part: Partial<BillingExtrasInput>) => onChange({ ...value, ...part });
  const { currency } = extras;
  return (
    <Card title="Billing extras" className="billing">
      <ProviderCharges value={value} providers={providers} problems={problems} onChange={change} />
      <TaxAndCurrency value={value} problems={problems} onChange={change} />
      <PromotionalCredit value={value} problems={problems} onChange={change} />
      <p className="field-hint billing__currency" aria-live="polite">
        {currency.code === 'USD'
          ? value.currency === null
            ? 'Figures in US dollars.'
            : 'Figures stay in US dollars until the exchange rate is given.'
          : `Figures in ${currency.code} at ${currency.perUsd} ${currency.code} per US dollar${currency.date ? `, rate of ${currency.date}` : ', rate date not given'}.`}
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
}
