import type { Route } from '../domain/rates/route';
import type { Scenario } from '../domain/scenario/scenario';
import { encodeScenario } from '../domain/share-link/encode-scenario';
import { useCalculator } from './calculator-context';
import { identityMemo } from './identity-memo';
import { selectScenario } from './selectors';
import { useRoutes } from './use-routes';

/**
 * One encoding per scenario and rate sheet, keyed by their identity (selectScenario returns the same
 * object while the scenario is the same): every component that shows the link (the header's share
 * actions and the share panel, on every slider step) shares it.
 */
const fragmentOf = identityMemo((routes: readonly Route[], scenario: Scenario): string =>
  encodeScenario(scenario, { routes }),
);

/** The current scenario as a share-link fragment (without "#"). */
export function useScenarioFragment(): string {
  return fragmentOf(useRoutes(), useCalculator(selectScenario));
}
