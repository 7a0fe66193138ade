/** Store fixtures for the slice tests: a small sheet and a store on one of its routes. */
import { routeInForce } from '../domain/scenario/route-in-force';
import { type CalculatorState, createCalculatorStore } from '../store/calculator-store';
import { selectRoutes } from '../store/selectors';
import { activeRouteId, oneEndpoint } from './endpoint-builders';
import { makeRoute } from './route-fixtures';

/** A small sheet: Moonshot sells A and B, Fireworks sells A (plain and "fast") and C, Groq only A. */
export const ROUTES = [
  makeRoute({ modelId: 'model-a', providerName: 'Moonshot AI' }),
  makeRoute({ modelId: 'model-a', providerName: 'Fireworks AI' }),
  makeRoute({ modelId: 'model-a', providerName: 'Fireworks AI', variant: 'fast' }),
  makeRoute({ modelId: 'model-a', providerName: 'Groq' }),
  makeRoute({ modelId: 'model-b', providerName: 'Moonshot AI' }),
  makeRoute({ modelId: 'model-b', providerName: 'Fireworks AI' }),
  makeRoute({ modelId: 'model-b', providerName: 'Fireworks AI', variant: 'fast' }),
  makeRoute({ modelId: 'model-c', providerName: 'Fireworks AI' }),
  makeRoute({ modelId: 'model-d', providerName: 'Together AI', group: 'comparison' }),
  makeRoute({ modelId: 'model-d', providerName: 'Novita', group: 'comparison' }),
];

/** The selected endpoint's route and its prices in force, as the route panel shows them. */
export const activeRoute = (state: CalculatorState) =>
  routeInForce(selectRoutes(state), state.priceOverrides, activeRouteId(state));

/** A store on the small sheet with one endpoint on `routeId`. */
export function storeOn(routeId: string) {
  return createCalculatorStore({ initial: { routes: ROUTES, ...oneEndpoint({ routeId }) } });
}
