import { memo } from 'react';
import { SliderField } from '../../components/ui/slider-field';
import { useNumberTyping } from '../../lib/typing-locale';
import { OUTPUT_CAP_VIEW } from './workload-fields';

/**
 * An output cap is off (no cap) or a token count; turning it on starts at the shape's current output
 * (a call's output and reasoning). Memoised: a step of another field does not re-render it.
 */
export const OutputCapField = memo(function OutputCapField({
  cap,
  startValue,
  onChange,
}: {
  readonly cap: number | null;
  /** The shape's output and reasoning per call, where a new cap starts. */
  readonly startValue: number;
  /** Stable (the panel's): sets the cap, null for none. */
  readonly onChange: (value: number | null) => void;
}) {
  const typing = useNumberTyping();
  return (
    <div className="output-cap">
      <label className="check-field">
        <input
          type="checkbox"
          checked={cap !== null}
          onChange={(event) => onChange(event.target.checked ? Math.max(1, startValue) : null)}
        />
        Cap output tokens
      </label>
      {cap === null ? null : (
        <SliderField
          label={OUTPUT_CAP_VIEW.label}
          hint={OUTPUT_CAP_VIEW.hint}
          format={OUTPUT_CAP_VIEW.format}
          value={cap}
          range={OUTPUT_CAP_VIEW.range}
          parse={OUTPUT_CAP_VIEW.parse}
          typing={typing}
          onChange={onChange}
        />
      )}
    </div>
  );
});
