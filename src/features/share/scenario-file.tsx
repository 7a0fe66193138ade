import { memo, useId, useState } from 'react';
import { describePriceChange } from '../../domain/share-link/price-change';
import {
  decodeScenarioFile,
  encodeScenarioFile,
  MAX_SCENARIO_FILE_LENGTH,
} from '../../domain/share-link/scenario-file';
import { downloadText } from '../../lib/download';
import { useCalculator, useCalculatorStore } from '../../store/calculator-context';
import { selectRoutes, selectScenario } from '../../store/selectors';

/**
 * Moves a scenario of any size as a file: the way out when a link would be too long for chat apps.
 * Memoised: it reads the store when used, so the share panel's re-render on a slider step skips it.
 */
export const ScenarioFile = memo(function ScenarioFile() {
  const id = useId();
  const store = useCalculatorStore();
  const importScenario = useCalculator((state) => state.importScenario);
  const [report, setReport] = useState<readonly string[]>([]);

  function exportFile() {
    const state = store.getState();
    const file = encodeScenarioFile(selectScenario(state), { routes: selectRoutes(state) });
    if (file === null) {
      setReport([
        'This scenario is too large for a scenario file. Export its rate sheet from "Rates" and import that instead.',
      ]);
      return;
    }
    downloadText('kimi-scenario.json', file);
  }

  async function importFile(file: File | undefined) {
    if (!file) return;
    // A character takes 1 to 3 bytes in UTF-8: a larger file cannot be a scenario file, so it is not read.
    if (file.size > MAX_SCENARIO_FILE_LENGTH * 3) {
      setReport([`Could not open ${file.name}: The file is too large to be a scenario file.`]);
      return;
    }
    const text = await file.text().catch(() => '');
    const state = store.getState();
    const routes = selectRoutes(state);
    const decoded = decodeScenarioFile(text, { routes, sheetRoutes: state.sheetRoutes });
    if (decoded.found) importScenario(decoded.scenario, file.name);
    setReport(
      decoded.found
        ? [
            `Opened ${file.name}.`,
            ...decoded.problems,
            ...decoded.priceChanges.map((change) => describePriceChange(change, routes)),
          ]
        : [`Could not open ${file.name}: ${decoded.problems[0] ?? 'unknown format.'}`],
    );
  }

  return (
    <div className="scenario-file">
      <button type="button" onClick={exportFile}>
        Export scenario file
      </button>
      <label htmlFor={`${id}-import`} className="scenario-file__import">
        Import scenario file
      </label>
      <input
        id={`${id}-import`}
        type="file"
        accept=".json,application/json"
        onChange={(event) => {
          void importFile(event.target.files?.[0]);
          event.target.value = '';
        }}
      />
      {report.length > 0 ? (
        <ul className="scenario-file__report" aria-live="polite">
          {report.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
});
