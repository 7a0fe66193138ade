import { memo, useId } from 'react';
import { DraftTextField } from '../../components/ui/draft-text-field';
import type { BillingExtrasInput, ExtrasProblem } from '../../domain/billing/extras-input';
import { useNumberTyping } from '../../lib/typing-locale';
import { currencyChoices } from './currencies';
import { type ExtrasChange, extrasReader, problemFor } from './extras-input';

interface TaxAndCurrencyProps {
  readonly value: BillingExtrasInput;
  readonly problems: readonly ExtrasProblem[];
  readonly onChange: ExtrasChange;
}

/** Tax on or off with its rate, and the currency figures are shown in, at a rate the user gives. */
export const TaxAndCurrency = memo(function TaxAndCurrency({
  value,
  problems,
  onChange,
}: TaxAndCurrencyProps) {
  const typing = useNumberTyping();
  const id = useId();
  const code = value.currency?.code ?? 'USD';
  const currency = value.currency;
  return (
    <div className="billing__general">
      <div className="checkbox-field">
        <input
          id={`${id}-tax`}
          type="checkbox"
          checked={value.taxEnabled}
          onChange={(event) => onChange({ taxEnabled: event.target.checked })}
        />
        <label htmlFor={`${id}-tax`}>Add tax</label>
      </div>
      <DraftTextField
        typing={typing}
        label="Tax (%)"
        value={value.taxPercent}
        read={extrasReader('percent', (taxPercent) => onChange({ taxPercent }))}
        problem={value.taxEnabled ? problemFor(problems, 'tax') : null}
        disabled={!value.taxEnabled}
        inputMode="decimal"
        maxLength={40}
        hint="Charged on usage plus platform fee."
      />
      <div className="select-field">
        <label htmlFor={`${id}-currency`}>Show figures in</label>
        <select
          id={`${id}-currency`}
          value={code}
          onChange={(event) => {
            const next = event.target.value;
            if (next === code) return;
            onChange({ currency: next === 'USD' ? null : { code: next, perUsd: '', date: '' } });
          }}
        >
          {currencyChoices(code).map(([choice, name]) => (
            <option key={choice} value={choice}>
              {choice === name ? choice : `${choice} (${name})`}
            </option>
          ))}
        </select>
        {problemFor(problems, 'currency') ? (
          <p className="field-error">{problemFor(problems, 'currency')}</p>
        ) : null}
      </div>
      {currency ? (
        <>
          <DraftTextField
            typing={typing}
            label="Exchange rate (per USD)"
            value={currency.perUsd}
            read={extrasReader('exchangeRate', (perUsd) => onChange({ currency: { ...currency, perUsd } }))}
            problem={problemFor(problems, 'exchangeRate')}
            inputMode="decimal"
            maxLength={40}
            hint={`How many ${currency.code} one US dollar buys, up to 6 decimals.`}
          />
          <DraftTextField
            typing={typing}
            label="Rate date"
            value={currency.date}
            read={extrasReader('rateDate', (date) => onChange({ currency: { ...currency, date } }))}
            problem={currency.perUsd.trim() === '' ? null : problemFor(problems, 'rateDate')}
            maxLength={10}
            placeholder="YYYY-MM-DD"
            hint="The day the rate was taken, YYYY-MM-DD."
          />
        </>
      ) : null}
    </div>
  );
});
