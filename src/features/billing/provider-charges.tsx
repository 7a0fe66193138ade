import { memo } from 'react';
import { DraftTextField } from '../../components/ui/draft-text-field';
import type { BillingExtrasInput, ExtrasProblem } from '../../domain/billing/extras-input';
import { useNumberTyping } from '../../lib/typing-locale';
import { type ExtrasChange, extrasReader, problemFor, providerText, withProviderText } from './extras-input';

interface ProviderChargesProps {
  readonly value: BillingExtrasInput;
  readonly providers: readonly string[];
  readonly problems: readonly ExtrasProblem[];
  readonly onChange: ExtrasChange;
}

/** Per provider: a platform fee (a share of usage) and a minimum top-up. */
export const ProviderCharges = memo(function ProviderCharges({
  value,
  providers,
  problems,
  onChange,
}: ProviderChargesProps) {
  const typing = useNumberTyping();
  if (providers.length === 0) return null;
  return (
    <div className="billing__providers">
      {[...new Set(providers)].map((provider) => (
        <fieldset key={provider} className="billing__provider">
          <legend>{provider}</legend>
          <DraftTextField
            typing={typing}
            label={`Platform fee for ${provider} (%)`}
            value={providerText(value.platformFeePercent, provider)}
            read={extrasReader('percent', (text) =>
              onChange({ platformFeePercent: withProviderText(value.platformFeePercent, provider, text) }),
            )}
            problem={problemFor(problems, `platformFee:${provider}`)}
            inputMode="decimal"
            maxLength={40}
            placeholder="0"
          />
          <DraftTextField
            typing={typing}
            label={`Minimum recharge for ${provider} (USD)`}
            value={providerText(value.minimumRechargeUsd, provider)}
            read={extrasReader('usd', (text) =>
              onChange({ minimumRechargeUsd: withProviderText(value.minimumRechargeUsd, provider, text) }),
            )}
            problem={problemFor(problems, `recharge:${provider}`)}
            inputMode="decimal"
            maxLength={40}
            placeholder="none"
          />
        </fieldset>
      ))}
    </div>
  );
});
