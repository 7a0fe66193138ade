/**
 * Endpoints in a share link. Endpoint 1 uses plain keys, exactly as a version-1 link's single workload
 * did (r, n, i, o, h, b, p, pc); endpoint j ≥ 2 uses the same keys prefixed "j." ("2.r", "2.n"). `ne`
 * gives the number of endpoints when there is more than one and `sel` the selected one (from 1). A
 * field equal to its kind's default is left out; names are left out while they are "Endpoint j".
 * `sh` holds the values of the other shapes the endpoint used (endpoint.ts rememberShape): one group
 * per kind, separated by ",", each its kind letter (r requests, c conversations, a agent chains) and
 * then key~value pairs of that kind's own keys, defaults left out: `sh=c~cv~3000~t~8,a~tk~500`.
 * A link without `sh` (every link before it) remembers nothing; a group or pair that cannot be read
 * is left out and reported, the rest is kept.
 */

import { readQuantity } from '../money/quantity';
import {
  DEFAULT_ROUTE_ID,
  defaultEndpointName,
  type Endpoint,
  MAX_ENDPOINTS,
  readEndpointName,
  rememberShape,
} from '../scenario/endpoint';
import { DEFAULT_SHAPES, type ShapeKind } from '../workload/shape-kinds';
import {
  AGENT_CHAIN_RANGES,
  CALL_OPTION_RANGES,
  CONSUMER_RANGES,
  CONVERSATION_RANGES,
  REQUEST_RANGES,
  type ShapeFieldRange,
  validateShape,
} from '../workload/shape-ranges';
import type { WorkloadShape } from '../workload/shapes';

type FieldKeys = Readonly<Record<string, string>>;

const CALL_OPTION_KEYS: FieldKeys = {
  cacheHitRatePercent: 'h',
  retryBufferPercent: 'b',
  reasoningTokensPerCall: 'rs',
  maxOutputTokensPerCall: 'cap',
  batchSharePercent: 'bs',
  batchPriceMultiplierPercent: 'bm',
};
const KIND_KEYS: Readonly<Record<ShapeKind, FieldKeys>> = {
  requests: { requestsPerMonth: 'n', inputTokensPerRequest: 'i', outputTokensPerRequest: 'o' },
  conversation: {
    conversationsPerMonth: 'cv',
    turnsPerConversation: 't',
    systemPromptTokens: 'sp',
    userTokensPerTurn: 'ut',
    replyTokensPerTurn: 'rt',
  },
  'agent-chain': {
    tasksPerMonth: 'tk',
    stepsPerTask: 'st',
    baseContextTokens: 'bc',
    toolResultTokensPerStep: 'tr',
    outputTokensPerStep: 'os',
    toolCallsPerStep: 'tc',
    toolCallFeeUsd: 'tf',
  },
};
const CONSUMER_KEYS: FieldKeys = { usersPerMonth: 'u', requestsPerUser: 'upu' };
const KIND_RANGES: Readonly<Record<ShapeKind, Readonly<Record<string, ShapeFieldRange>>>> = {
  requests: REQUEST_RANGES,
  conversation: CONVERSATION_RANGES,
  'agent-chain': AGENT_CHAIN_RANGES,
};
const KIND_LETTERS: Readonly<Record<ShapeKind, string>> = {
  requests: '',
  conversation: 'c',
  'agent-chain': 'a',
};

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

const MEMORY_LETTERS: Readonly<Record<ShapeKind, string>> = { ...KIND_LETTERS, requests: 'r' };
const KINDS = Object.keys(KIND_KEYS) as ShapeKind[];

/** The own fields of a shape that differ from its kind's defaults, as key~value pairs. */
function ownPairs(shape: WorkloadShape): string[] {
  const defaults: object = DEFAULT_SHAPES[shape.kind];
  const pairs: string[] = [];
  for (const [field, key] of Object.entries(KIND_KEYS[shape.kind])) {
    const value: unknown = Reflect.get(shape, field);
    if (value !== Reflect.get(defaults, field)) pairs.push(key, String(value));
  }
  if (shape.kind === 'requests' && shape.consumer) {
    for (const [field, key] of Object.entries(CONSUMER_KEYS))
      pairs.push(key, String(Reflect.get(shape.consumer, field)));
  }
  return pairs;
}

/** The `sh` value: one group per remembered kind, in a fixed order; '' when nothing is remembered. */
function encodeShapeMemory(endpoint: Endpoint): string {
  const groups: string[] = [];
  for (const kind of KINDS) {
    const shape = endpoint.otherShapes?.[kind];
    if (!shape || kind === endpoint.shape.kind) continue;
    const pairs = ownPairs(shape);
    if (pairs.length > 0) groups.push([MEMORY_LETTERS[kind], ...pairs].join('~'));
  }
  return groups.join(',');
}

/**
 * The endpoint with the remembered shapes of an `sh` value: each group read on its own, each value
 * checked against its field's range; what cannot be read is reported and left out.
 */
function decodeShapeMemory(
  endpoint: Endpoint,
  text: string,
  where: string,
  quote: (value: string) => string,
): { endpoint: Endpoint; problems: string[] } {
  const problems: string[] = [];
  let result = endpoint;
  for (const group of text.split(',').slice(0, KINDS.length * 2)) {
    const [letter = '', ...parts] = group.split('~');
    const kind = KINDS.find((candidate) => MEMORY_LETTERS[candidate] === letter);
    if (!kind || kind === endpoint.shape.kind || result.otherShapes?.[kind]) {
      problems.push(`Ignored the remembered shape values ${quote(group)}${where}.`);
      continue;
    }
    const keys: FieldKeys = kind === 'requests' ? { ...KIND_KEYS[kind], ...CONSUMER_KEYS } : KIND_KEYS[kind];
    const ranges = kind === 'requests' ? { ...KIND_RANGES[kind], ...CONSUMER_RANGES } : KIND_RANGES[kind];
    const values: Record<string, unknown> = {};
    for (let index = 0; index < parts.length; index += 2) {
      const key = parts[index] ?? '';
      const value = parts[index + 1] ?? '';
      const field = Object.keys(keys).find((candidate) => keys[candidate] === key);
      const range = field === undefined ? undefined : ranges[field];
      const reading = range ? readQuantity(value, range) : null;
      if (field && reading?.ok) values[field] = reading.value;
      else
        problems.push(
          `Ignored the remembered value ${quote(`${key}~${value}`)}${where}${reading && !reading.ok ? `: ${reading.message}` : '.'}`,
        );
    }
    const { usersPerMonth, requestsPerUser, ...own } = values;
    const consumer =
      usersPerMonth === undefined && requestsPerUser === undefined
        ? null
        : { usersPerMonth: usersPerMonth ?? 0, requestsPerUser: requestsPerUser ?? 0 };
    let shape = {
      ...DEFAULT_SHAPES[kind],
      ...own,
      ...(kind === 'requests' ? { consumer } : {}),
    } as WorkloadShape;
    if (validateShape(shape).length > 0) {
      problems.push(`Ignored the remembered user count${where}: it is more than a month can hold.`);
      shape = { ...shape, consumer: null } as WorkloadShape;
    }
    // Remember it the way switching does: put it in force, then switch back.
    const current = result.shape;
    result = rememberShape(rememberShape(result, shape), current);
  }
  return { endpoint: result, problems };
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
