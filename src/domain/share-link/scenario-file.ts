/** Scenario files hold the same encoding as links, so they migrate and validate the same way. */
import { DEFAULT_SCENARIO, type Scenario } from '../scenario/scenario';
import { type DecodedScenario, decodeScenario } from './decode-scenario';
import { encodeScenario } from './encode-scenario';
import type { LinkContext } from './link-format';

const SCENARIO_FILE_FORMAT = 'kimi-cost-calculator-scenario';
/**
 * The longest scenario file (and saved scenario) read: room for the most added routes a scenario holds
 * (5,000). Export refuses nothing it could not import again: every file it writes is shorter.
 */
export const MAX_SCENARIO_FILE_LENGTH = 20_000_000;

/** The scenario as a file, or null when it would be longer than a file may be. */
export function encodeScenarioFile(scenario: Scenario, context: LinkContext): string | null {
  const encoded = encodeScenario(scenario, context, { allCustomRoutes: true });
  const file = `${JSON.stringify({ format: SCENARIO_FILE_FORMAT, scenario: encoded }, null, 2)}\n`;
  return file.length > MAX_SCENARIO_FILE_LENGTH ? null : file;
}

export function decodeScenarioFile(text: string, context: LinkContext): DecodedScenario {
  const refuse = (problem: string): DecodedScenario => ({
    scenario: DEFAULT_SCENARIO,
    problems: [problem],
    priceChanges: [],
    found: false,
  });
  if (text.length > MAX_SCENARIO_FILE_LENGTH) return refuse('The file is too large to be a scenario file.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return refuse('The file is not a scenario file (it is not JSON).');
  }
  const record = parsed as { format?: unknown; scenario?: unknown } | null;
  if (record?.format !== SCENARIO_FILE_FORMAT || typeof record.scenario !== 'string') {
    return refuse('The file is not a scenario file from this calculator.');
  }
  return decodeScenario(record.scenario, context, MAX_SCENARIO_FILE_LENGTH);
}
