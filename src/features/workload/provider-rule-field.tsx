import { SliderField } from '../../components/ui/slider-field';
import { useNumberTyping } from '../../lib/typing-locale';
import type { WorkloadFieldView } from './workload-fields';

/**
 * A value each provider publishes (a batch rule, a tool fee) or the user's own for every route: a
 * checkbox for "each provider's own", and the slider, which shows the active route's figure while the
 * box is ticked; moving the slider sets the user's own figure.
 */
export function ProviderRuleField({
  view,
  value,
  providerValue,
  checkLabel,
  providerHint,
  warnings,
  onChange,
}: {
  readonly view: WorkloadFieldView;
  /** The user's own figure; null: each provider's own. */
  readonly value: number | null;
  /** The active route's published figure, or what applies when it publishes none. */
  readonly providerValue: number;
  readonly checkLabel: string;
  /** What the provider's rule means on the active route, in words. */
  readonly providerHint: string;
  readonly warnings?: readonly string[];
  readonly onChange: (value: number | null) => void;
}) {
  const typing = useNumberTyping();
  const own = value !== null;
  return (
    <div className="provider-rule">
      <label className="check-field">
        <input
          type="checkbox"
          checked={!own}
          onChange={(event) => onChange(event.target.checked ? null : providerValue)}
        />
        {checkLabel}
      </label>
      <SliderField
        label={view.label}
        hint={own ? view.hint : `${providerHint} Moving this sets your own figure for every route.`}
        format={view.format}
        value={value ?? providerValue}
        range={view.range}
        parse={view.parse}
        typing={typing}
        warnings={warnings}
        onChange={onChange}
      />
    </div>
  );
}
