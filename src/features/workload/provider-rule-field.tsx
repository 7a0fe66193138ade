import { memo, useCallback } from 'react';
import { SliderField } from '../../components/ui/slider-field';
import type { ShapeField } from '../../domain/workload/shape-fields';
import { useNumberTyping } from '../../lib/typing-locale';
import type { WorkloadFieldView } from './workload-fields';
import { sameList } from './workload-slider';

interface ProviderRuleFieldProps {
  readonly view: WorkloadFieldView;
  /** The user's own figure; null: each provider's own. */
  readonly value: number | null;
  /** The active route's published figure, or what applies when it publishes none. */
  readonly providerValue: number;
  readonly checkLabel: string;
  /** What the provider's rule means on the active route, in words. */
  readonly providerHint: string;
  readonly warnings?: readonly string[];
  /** Sets the view's field (stable: the store's action). */
  readonly onChange: (field: ShapeField, value: number | null) => void;
}

/**
 * A value each provider publishes (a batch rule, a tool fee) or the user's own for every route: a
 * checkbox for "each provider's own", and the slider, which shows the active route's figure while the
 * box is ticked; moving the slider sets the user's own figure. Memoised like the other workload
 * sliders: another field's step does not re-render it.
 */
export const ProviderRuleField = memo(function ProviderRuleField({
  view,
  value,
  providerValue,
  checkLabel,
  providerHint,
  warnings,
  onChange: onFieldChange,
}: ProviderRuleFieldProps) {
  const typing = useNumberTyping();
  const { field } = view;
  const onChange = useCallback((next: number | null) => onFieldChange(field, next), [onFieldChange, field]);
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
}, sameRuleProps);

function sameRuleProps(before: ProviderRuleFieldProps, after: ProviderRuleFieldProps): boolean {
  return (
    before.view === after.view &&
    before.value === after.value &&
    before.providerValue === after.providerValue &&
    before.checkLabel === after.checkLabel &&
    before.providerHint === after.providerHint &&
    before.onChange === after.onChange &&
    sameList(before.warnings, after.warnings)
  );
}
