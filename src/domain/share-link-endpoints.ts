/**
 * Endpoints in a share link. Endpoint 1 uses plain keys, exactly as a version-1 link's single workload
 * did (r, n, i, o, h, b, p, pc); endpoint j ≥ 2 uses the same keys prefixed "j." ("2.r", "2.n"). `ne`
 * gives the number of endpoints when there is more than one and `sel` the selected one (from 1). A
 * field equal to its kind's default is left out; names are left out while they are "Endpoint j".
 */
import {
  DEFAULT_ROUTE_ID,
  DEFAULT_SHAPES,
  defaultEndpointName,
  type Endpoint,
  MAX_ENDPOINTS,
  readEndpointName,
  type ShapeKind,
} from './endpoint';
import { readQuantity } from './quantity';
import {
  AGENT_CHAIN_RANGES,
  CALL_OPTION_RANGES,
  CONSUMER_RANGES,
  CONVERSATION_RANGES,
  REQUEST_RANGES,
  type ShapeFieldRange,
  validateShape,
  type WorkloadShape,
} from './workload-shapes';

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
  return { endpoint: { id: `e${position}`, name, routeId, shape }, problems, routeFound };
}

/** How many endpoints the link holds: `ne`, within 1 … MAX_ENDPOINTS. */
export function readEndpointCount(
  text: string | undefined,
  quote: (value: string) => string,
): {
  count: number;
  problem: string | null;
} {
  if (text === undefined) return { count: 1, problem: null };
  const count = /^\d{1,3}$/.test(text) ? Number(text) : Number.NaN;
  if (count >= 1 && count <= MAX_ENDPOINTS) return { count, problem: null };
  const shown = Number.isFinite(count) && count > MAX_ENDPOINTS ? MAX_ENDPOINTS : 1;
  return {
    count: shown,
    problem: `Ignored the endpoint count ${quote(text)}: a scenario has 1 to ${MAX_ENDPOINTS} endpoints; ${shown} ${shown === 1 ? 'is' : 'are'} shown.`,
  };
}
