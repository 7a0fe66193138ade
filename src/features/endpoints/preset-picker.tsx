import { useId, useState } from 'react';
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
      <div className="select-field">
        <label htmlFor={`${id}-preset`}>Preset</label>
        <select
          id={`${id}-preset`}
          value={presetId}
          aria-describedby={`${id}-rationale`}
          onChange={(event) => setPresetId(event.target.value)}
        >
          {WORKLOAD_PRESETS.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name}
            </option>
          ))}
        </select>
      </div>
      <p id={`${id}-rationale`} className="field-hint">
        {preset?.rationale}
      </p>
      <div className="endpoints-panel__actions">
        <button
          type="button"
          className="small-button"
          disabled={full}
          onClick={() => addPresetEndpoint(presetId)}
        >
          Add preset endpoint
        </button>
        <button type="button" className="small-button" disabled={full} onClick={() => addEndpoint()}>
          Add endpoint
        </button>
      </div>
      {full ? <p className="field-hint">A scenario holds at most {MAX_ENDPOINTS} endpoints.</p> : null}
    </div>
  );
}
