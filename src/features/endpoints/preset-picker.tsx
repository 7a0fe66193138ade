import { useId, useState } from 'react';
import { SelectField } from '../../components/ui/select-field';
import { SmallButton } from '../../components/ui/small-button';
import { MAX_ENDPOINTS } from '../../domain/scenario/endpoint';
import { WORKLOAD_PRESETS } from '../../domain/workload/presets';
import { useCalculator } from '../../store/calculator-context';

/** Add an endpoint: blank (a copy of the selected one's workload) or from one of the seed's workload presets. */
export function PresetPicker({ full }: { readonly full: boolean }) {
  const id = useId();
  const addEndpoint = useCalculator((state) => state.addEndpoint);
  const addPresetEndpoint = useCalculator((state) => state.addPresetEndpoint);
  const [presetId, setPresetId] = useState(WORKLOAD_PRESETS[0]?.id ?? '');
  const preset = WORKLOAD_PRESETS.find((candidate) => candidate.id === presetId);

  return (
    <div className="preset-picker">
      <SelectField
        label="Preset"
        value={presetId}
        aria-describedby={`${id}-rationale`}
        onChange={(event) => setPresetId(event.target.value)}
      >
        {WORKLOAD_PRESETS.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {candidate.name}
          </option>
        ))}
      </SelectField>
      <p id={`${id}-rationale`} className="field-hint">
        {preset?.rationale}
      </p>
      <div className="endpoints-panel__actions">
        <SmallButton disabled={full} onClick={() => addPresetEndpoint(presetId)}>
          Add preset endpoint
        </SmallButton>
        <SmallButton disabled={full} onClick={() => addEndpoint()}>
          Add endpoint
        </SmallButton>
      </div>
      {full ? <p className="field-hint">A scenario holds at most {MAX_ENDPOINTS} endpoints.</p> : null}
    </div>
  );
}
