import { memo, useId } from 'react';
import { DraftTextField } from '../../components/ui/draft-text-field';
import type { BillingExtrasInput, ExtrasProblem } from '../../domain/billing/extras-input';
import { useNumberTyping } from '../../lib/typing-locale';
import { type ExtrasChange, extrasReader, problemFor } from './extras-input';

interface PromotionalCreditProps {
  readonly value: BillingExtrasInput;
  readonly problems: readonly ExtrasProblem[];
  readonly onChange: ExtrasChange;
}

/** A one-time voucher: shown on its own line, left out of the monthly cost unless the user asks. */
export const PromotionalCredit = memo(function PromotionalCredit({
  value,
  problems,
  onChange,
}: PromotionalCreditProps) {
  const typing = useNumberTyping();
  const id = useId();
  return (
    <div className="billing__credit">
      <DraftTextField
        typing={typing}
        label="Promotional credit (USD)"
        value={value.promotionalCreditUsd}
        read={extrasReader('usd', (promotionalCreditUsd) => onChange({ promotionalCreditUsd }))}
        problem={problemFor(problems, 'credit')}
        inputMode="decimal"
        maxLength={40}
        placeholder="none"
        hint="A one-time voucher. It runs out, so the steady monthly cost leaves it out."
      />
      <div className="checkbox-field">
        <input
          id={`${id}-include`}
          type="checkbox"
          checked={value.includePromotionalCredit}
          onChange={(event) => onChange({ includePromotionalCredit: event.target.checked })}
        />
        <label htmlFor={`${id}-include`}>Count promotional credit in the monthly cost</label>
      </div>
    </div>
  );
});
