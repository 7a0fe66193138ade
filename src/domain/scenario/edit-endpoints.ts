/**
 * Edits to a scenario's endpoints, as pure functions: each returns the endpoints (and the selection)
 * after the edit, or null when the edit is refused or changes nothing. The rules:
 * - every endpoint is on a route the sheet has (else the default route), and the selection exists;
 * - a scenario holds at most MAX_ENDPOINTS endpoints and never fewer than one;
 * - names are unique: a clash gets " (2)", " (3)", …; a copy is named "… (copy)" within 80 characters;
 * - an added endpoint is selected; removing the selected one selects its neighbour (the next, else the previous);
 * - a shape is stored only when it is valid (shape-ranges.ts validateShape).
 */
import type { Route } from '../rates/route';
import { validateShape } from '../workload/shape-ranges';
import type { WorkloadShape } from '../workload/shapes';
import {
  defaultEndpointName,
  ENDPOINT_NAME_LIMIT,
  type Endpoint,
  MAX_ENDPOINTS,
  nextEndpointId,
  readEndpointName,
  rememberShape,
  uniqueEndpointName,
} from './endpoint';
import { knownRouteId } from './route-in-force';
import { DEFAULT_SCENARIO, type Scenario, selectedEndpoint } from './scenario';

export type EndpointSelection = Pick<Scenario, 'endpoints' | 'selectedEndpointId'>;

/** What an added endpoint may say; anything left out (or invalid) comes from the selected endpoint. */
export interface NewEndpoint {
  readonly name?: string;
  readonly shape?: WorkloadShape;
  readonly routeId?: string;
}

/** The scenario's endpoints on routes the sheet has, with a selected endpoint that exists. */
export function onKnownRoutes(scenario: EndpointSelection, routes: readonly Route[]): EndpointSelection {
  const list = scenario.endpoints.length > 0 ? scenario.endpoints : DEFAULT_SCENARIO.endpoints;
  const endpoints = list.map((endpoint) => {
    const routeId = knownRouteId(routes, endpoint.routeId);
    return routeId === endpoint.routeId ? endpoint : { ...endpoint, routeId };
  });
  return { endpoints, selectedEndpointId: selectedEndpoint({ ...scenario, endpoints }).id };
}

/** Inserts an endpoint (at `at`, else last) with a fresh id and a unique name, and selects it. */
export function withEndpointInserted(
  endpoints: readonly Endpoint[],
  endpoint: Omit<Endpoint, 'id'>,
  at: number = endpoints.length,
): EndpointSelection | null {
  if (endpoints.length >= MAX_ENDPOINTS) return null;
  const created: Endpoint = {
    ...endpoint,
    id: nextEndpointId(endpoints),
    name: uniqueEndpointName(endpoint.name, endpoints),
  };
  const next = [...endpoints];
  next.splice(at, 0, created);
  return { endpoints: next, selectedEndpointId: created.id };
}

/** Adds an endpoint after the others: its name, shape and route as given when valid, else the selected one's. */
export function withEndpointAdded(
  scenario: EndpointSelection,
  routes: readonly Route[],
  endpoint: NewEndpoint,
): EndpointSelection | null {
  const selected = selectedEndpoint(scenario);
  const shape =
    endpoint.shape && validateShape(endpoint.shape).length === 0 ? endpoint.shape : selected.shape;
  const name = endpoint.name === undefined ? undefined : readEndpointName(endpoint.name);
  return withEndpointInserted(scenario.endpoints, {
    name: name?.ok ? name.name : defaultEndpointName(scenario.endpoints.length + 1),
    routeId: knownRouteId(routes, endpoint.routeId ?? selected.routeId),
    shape,
  });
}

const COPY_SUFFIX = ' (copy)';

/** "Name (copy)", the name cut (and trimmed) so the whole stays within ENDPOINT_NAME_LIMIT characters. */
export function copyName(name: string): string {
  const room = ENDPOINT_NAME_LIMIT - COPY_SUFFIX.length;
  const base = [...name].length > room ? [...name].slice(0, room).join('').trimEnd() : name;
  return `${base}${COPY_SUFFIX}`;
}

/** A copy of the endpoint right after it, selected. */
export function withEndpointCopied(endpoints: readonly Endpoint[], id: string): EndpointSelection | null {
  const index = endpoints.findIndex((endpoint) => endpoint.id === id);
  const source = endpoints[index];
  if (!source) return null;
  const { id: _id, ...copy } = source;
  return withEndpointInserted(endpoints, { ...copy, name: copyName(source.name) }, index + 1);
}

/** The endpoints with one renamed, unique among the others; null for a name readEndpointName refuses. */
export function withEndpointRenamed(
  endpoints: readonly Endpoint[],
  id: string,
  text: string,
): Endpoint[] | null {
  const reading = readEndpointName(text);
  if (!reading.ok) return null;
  const others = endpoints.filter((endpoint) => endpoint.id !== id);
  const name = uniqueEndpointName(reading.name, others);
  return endpoints.map((endpoint) => (endpoint.id === id ? { ...endpoint, name } : endpoint));
}

/** Without the endpoint; the selection moves to its neighbour when it was selected. The last one stays. */
export function withoutEndpoint(scenario: EndpointSelection, id: string): EndpointSelection | null {
  const { endpoints, selectedEndpointId } = scenario;
  const index = endpoints.findIndex((endpoint) => endpoint.id === id);
  if (index < 0 || endpoints.length === 1) return null;
  const next = endpoints.filter((endpoint) => endpoint.id !== id);
  const neighbour = next[Math.min(index, next.length - 1)] as Endpoint;
  return {
    endpoints: next,
    selectedEndpointId: selectedEndpointId === id ? neighbour.id : selectedEndpointId,
  };
}

/** The endpoints with `next` in place of the endpoint of the same id; null when it is the same endpoint. */
export function withEndpointReplaced(endpoints: readonly Endpoint[], next: Endpoint): Endpoint[] | null {
  const current = endpoints.find((endpoint) => endpoint.id === next.id);
  if (!current || current === next) return null;
  return endpoints.map((endpoint) => (endpoint.id === next.id ? next : endpoint));
}

/** The endpoint on a valid `shape`, or null: a shape with problems is never stored. */
export function withValidShape(endpoint: Endpoint, shape: WorkloadShape | null): Endpoint | null {
  return shape && validateShape(shape).length === 0 ? { ...endpoint, shape } : null;
}

/** The endpoints with the shape of one replaced (a request log applied), its old shape remembered. */
export function withEndpointShape(
  endpoints: readonly Endpoint[],
  id: string,
  shape: WorkloadShape,
): Endpoint[] | null {
  if (validateShape(shape).length > 0) return null;
  return endpoints.map((endpoint) => (endpoint.id === id ? rememberShape(endpoint, shape) : endpoint));
}
