import { SliderField } from '../../components/ui/slider-field';
import type { WorkloadShape } from '../../domain/workload/shapes';
import { useNumberTyping } from '../../lib/typing-locale';
import { OUTPUT_CAP_VIEW } from './workload-fields';

/** An output cap is off (no cap) or a token count; turning it on starts at the shape's current output. */
export function OutputCapField({
  shape,
  onChange,
}: {
  readonly shape: WorkloadShape;
  readonly onChange: (value: number | null) => void;
}) {
  const typing = useNumberTyping();
  const cap = shape.maxOutputTokensPerCall;
  const typicalOutput =
    shape.kind === 'conversation'
      ? shape.replyTokensPerTurn
      : shape.kind === 'agent-chain'
        ? shape.outputTokensPerStep
        : shape.outputTokensPerRequest;
  return (
    <div className="output-cap">
      <label className="check-field">
        <input
          type="checkbox"
          checked={cap !== null}
          onChange={(event) =>
            onChange(event.target.checked ? Math.max(1, typicalOutput + shape.reasoningTokensPerCall) : null)
          }
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
}
