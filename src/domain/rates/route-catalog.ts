/**
 * Finding routes in a rate sheet: the model list and the providers that sell a model.
 * Models keep the sheet's order (Kimi generations first, comparison models last).
 */
import type { Route, RouteGroup } from './route';

export interface ModelChoice {
  readonly modelId: string;
  readonly modelName: string;
  readonly group: RouteGroup;
}

export function listModels(routes: readonly Route[]): ModelChoice[] {
  const seen = new Map<string, ModelChoice>();
  for (const route of routes) {
    if (!seen.has(route.modelId)) {
      seen.set(route.modelId, { modelId: route.modelId, modelName: route.modelName, group: route.group });
    }
  }
  return [...seen.values()];
}

/** Routes selling one model, by provider name, then variant. */
export function routesForModel(routes: readonly Route[], modelId: string): Route[] {
  return routes
    .filter((route) => route.modelId === modelId)
    .sort(
      (a, b) =>
        a.providerName.localeCompare(b.providerName) || (a.variant ?? '').localeCompare(b.variant ?? ''),
    );
}

export function findRoute(routes: readonly Route[], routeId: string): Route | undefined {
  return routes.find((route) => route.id === routeId);
}

/**
 * The route to switch to when the user picks another model: the same provider (and variant) when
 * it sells the new model, otherwise the model's first-party route (Moonshot for Kimi), otherwise
 * its first route.
 */
export function routeForModelChange(
  routes: readonly Route[],
  current: Route,
  modelId: string,
): Route | undefined {
  const candidates = routesForModel(routes, modelId);
  return (
    candidates.find(
      (route) => route.providerName === current.providerName && route.variant === current.variant,
    ) ??
    candidates.find((route) => route.providerName === current.providerName) ??
    candidates.find((route) => route.providerName === 'Moonshot AI' && route.variant === null) ??
    candidates[0]
  );
}
