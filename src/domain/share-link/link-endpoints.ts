/**
 * Endpoints in a share link. Endpoint 1 uses plain keys, exactly as a version-1 link's single workload
 * did (r, n, i, o, h, b, p, pc); endpoint j ≥ 2 uses the same keys prefixed "j." ("2.r", "2.n"). `ne`
 * gives the number of endpoints when there is more than one and `sel` the selected one (from 1). A
 * field equal to its kind's default is left out; names are left out while they are "Endpoint j".
 * `sh` (remembered shapes) is written as link-shape-memory.ts describes.
 */

import { readQuantity } from '../money/quantity';
import {
  DEFAULT_ROUTE_ID,
  defaultEndpointName,
  type Endpoint,
  MAX_ENDPOINTS,
  readEndpointName,
} from '../scenario/endpoint';
import { DEFAULT_SHAPES, type ShapeKind } from '../workload/shape-kinds';
import {
  CALL_OPTION_RANGES,
  CONSUMER_RANGES,
  type ShapeFieldRange,
  validateShape,
} from '../workload/shape-ranges';
import type { WorkloadShape } from '../workload/shapes';
import {
  CALL_OPTION_KEYS,
  CONSUMER_KEYS,
  type FieldKeys,
  KIND_KEYS,
  KIND_LETTERS,
  KIND_RANGES,
} from './link-shape-keys';
import { decodeShapeMemory, encodeShapeMemory } from './link-shape-memory';

/** "" for endpoint 1, "2." for endpoint 2. */
export function endpointPrefix(position: number): string {
  return position === 1 ? '' : `${position}.`;
}

/** The link pairs of one endpoint's name, route and shape (prices are written by the caller). */
export function encodeEndpoint(endpoint: Endpoint, position: number): [string, string][] {
  const prefix = endpointPrefix(position);
  const pairs: [string, string][] = [];
  const { shape } = endpoint;
  const defaults = DEFAULT_SHAPES[shape.kind];
  if (endpoint.name !== defaultEndpointName(position)) pairs.push([`${prefix}nm`, endpoint.name]);
  if (endpoint.routeId !== DEFAULT_ROUTE_ID) pairs.push([`${prefix}r`, endpoint.routeId]);
  if (shape.kind !== 'requests') pairs.push([`${prefix}k`, KIND_LETTERS[shape.kind]]);
  const push = (keys: FieldKeys, values: object, fallback: object) => {
    for (const [field, key] of Object.entries(keys)) {
      const value: unknown = Reflect.get(values, field);
      if (value !== Reflect.get(fallback, field) && value !== null)
        pairs.push([`${prefix}${key}`, String(value)]);
    }
  };
  push(KIND_KEYS[shape.kind], shape, defaults);
  if (shape.kind === 'requests' && shape.consumer) push(CONSUMER_KEYS, shape.consumer, {});
  push(CALL_OPTION_KEYS, shape, defaults);
  const memory = encodeShapeMemory(endpoint);
  if (memory !== '') pairs.push([`${prefix}sh`, memory]);
  return pairs;
}

export interface EndpointReading {
  readonly endpoint: Endpoint;
  readonly problems: readonly string[];
  /** False when the link named a route this sheet lacks: its prices (`p`) belong to that route, not this one. */
  readonly routeFound: boolean;
}

/** "requests per month"; the five version-1 fields keep their version-1 wording. */
function describeRange(range: ShapeFieldRange): string {
  return range.label.replace(/ \((%|USD|% of normal)\)$/, '').toLowerCase();
}

/**
 * Reads endpoint `position` from the link's fields; every field falls back to its default on its own,
 * each with a plain-words reason. `knows` maps a route id (or alias) to a known route id.
 */
export function decodeEndpoint(
  first: (key: string) => string | undefined,
  position: number,
  knows: (routeId: string) => string | undefined,
  quote: (value: string) => string,
): EndpointReading {
  const prefix = endpointPrefix(position);
  const where = position === 1 ? '' : ` (endpoint ${position})`;
  const problems: string[] = [];
  const read = (key: string) => first(`${prefix}${key}`);

  let name = defaultEndpointName(position);
  const nameText = read('nm');
  if (nameText !== undefined) {
    const reading = readEndpointName(nameText);
    if (reading.ok) name = reading.name;
    else problems.push(`Ignored the endpoint name ${quote(nameText)}: ${reading.message}`);
  }

  let routeId = DEFAULT_ROUTE_ID;
  let routeFound = true;
  const linkedRoute = read('r');
  if (linkedRoute !== undefined) {
    const known = knows(linkedRoute);
    routeFound = known !== undefined;
    if (known) routeId = known;
    else
      problems.push(
        `The route ${quote(linkedRoute)} is not in this rate sheet; the default route is shown${where}.`,
      );
  }

  const kindText = read('k');
  const kind =
    (Object.entries(KIND_LETTERS).find(([, letter]) => letter === kindText && letter !== '')?.[0] as
      | ShapeKind
      | undefined) ?? 'requests';
  if (kindText !== undefined && kind === 'requests')
    problems.push(`Ignored the unknown workload kind ${quote(kindText)}${where}.`);

  const values: Record<string, unknown> = { ...DEFAULT_SHAPES[kind] };
  const readInto = (
    target: Record<string, unknown>,
    keys: FieldKeys,
    ranges: Readonly<Record<string, ShapeFieldRange>>,
  ) => {
    for (const [field, key] of Object.entries(keys)) {
      const text = read(key);
      const range = ranges[field];
      if (text === undefined || !range) continue;
      const reading = readQuantity(text, range);
      if (reading.ok) target[field] = reading.value;
      else problems.push(`Ignored ${quote(text)} for ${describeRange(range)}${where}: ${reading.message}`);
    }
  };
  readInto(values, KIND_KEYS[kind], KIND_RANGES[kind]);
  readInto(values, CALL_OPTION_KEYS, CALL_OPTION_RANGES);
  if (kind === 'requests' && (read('u') !== undefined || read('upu') !== undefined)) {
    const consumer: Record<string, unknown> = { usersPerMonth: 0, requestsPerUser: 0 };
    readInto(consumer, CONSUMER_KEYS, CONSUMER_RANGES);
    values.consumer = consumer;
  }
  let shape = values as unknown as WorkloadShape;
  const crossProblems = validateShape(shape);
  if (crossProblems.length > 0) {
    // Every field is in range, so only a combination can fail: users × requests per user.
    problems.push(...crossProblems.map((problem) => `Ignored the user count${where}: ${problem.message}`));
    shape = { ...(shape as WorkloadShape & { kind: 'requests' }), consumer: null };
  }
  let endpoint: Endpoint = { id: `e${position}`, name, routeId, shape };
  const memoryText = read('sh');
  if (memoryText !== undefined) {
    const memory = decodeShapeMemory(endpoint, memoryText, where, quote);
    endpoint = memory.endpoint;
    problems.push(...memory.problems);
  }
  return { endpoint, problems, routeFound };
}

/**
 * The highest endpoint position any key of the link names ("3.n" names 3; plain keys name 1), up to
 * MAX_ENDPOINTS; 1 when no prefixed key is there.
 */
export function endpointsPresent(keys: Iterable<string>): number {
  let highest = 1;
  for (const key of keys) {
    const match = /^(\d{1,2})\./.exec(key);
    const position = match ? Number(match[1]) : 1;
    if (position <= MAX_ENDPOINTS) highest = Math.max(highest, position);
  }
  return highest;
}

/**
 * How many endpoints the link holds: `ne` when it is a whole number from 1 to MAX_ENDPOINTS; otherwise
 * it is reported and ignored, and the endpoints the link's keys actually name are read (`present`).
 */
export function readEndpointCount(
  text: string | undefined,
  quote: (value: string) => string,
  present = 1,
): {
  count: number;
  problem: string | null;
} {
  if (text === undefined) return { count: present, problem: null };
  const count = /^\d{1,3}$/.test(text) ? Number(text) : Number.NaN;
  if (count >= 1 && count <= MAX_ENDPOINTS) return { count, problem: null };
  return {
    count: present,
    problem: `Ignored the endpoint count ${quote(text)}: a scenario has 1 to ${MAX_ENDPOINTS} endpoints; the ${present === 1 ? 'endpoint' : `${present} endpoints`} the link describes ${present === 1 ? 'is' : 'are'} shown.`,
  };
}
