/**
 * Remembered shapes in a share link. `sh` holds the values of the other shapes the endpoint used
 * (endpoint.ts rememberShape): one group per kind, separated by ",", each its kind letter (r requests,
 * c conversations, a agent chains) and then key~value pairs of that kind's own keys, defaults left
 * out: `sh=c~cv~3000~t~8,a~tk~500`. A link without `sh` (every link before it) remembers nothing; a
 * group or pair that cannot be read is left out and reported, the rest is kept.
 */
import { readQuantity } from '../money/quantity';
import { type Endpoint, rememberShape } from '../scenario/endpoint';
import { DEFAULT_SHAPES } from '../workload/shape-kinds';
import { CONSUMER_RANGES, validateShape } from '../workload/shape-ranges';
import type { WorkloadShape } from '../workload/shapes';
import {
  CONSUMER_KEYS,
  type FieldKeys,
  KIND_KEYS,
  KIND_RANGES,
  KINDS,
  MEMORY_LETTERS,
} from './link-shape-keys';

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
export function encodeShapeMemory(endpoint: Endpoint): string {
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
export function decodeShapeMemory(
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
