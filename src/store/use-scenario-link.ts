import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { encodeScenario } from '../domain/share-link/encode-scenario';
import { useCalculator } from './calculator-context';
import { selectScenario } from './selectors';
import { useRoutes } from './use-routes';

/** The current scenario as a share-link fragment (without "#"). */
export function useScenarioFragment(): string {
  const routes = useRoutes();
  // useShallow keeps the same object while every field is the same, so the encoding is memoised.
  const scenario = useCalculator(useShallow(selectScenario));
  return useMemo(() => encodeScenario(scenario, { routes }), [scenario, routes]);
}
