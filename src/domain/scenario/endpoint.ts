/**
 * An endpoint: one named part of an application ("support chat", "ticket tagging") with its own route
 * and workload shape. A scenario holds one or more; its bill is the sum of theirs. The rules:
 * - a name is user text, cleaned (text.ts), 1 to 80 characters, shown as text only (markup is just characters);
 * - ids are internal ("e1", "e2", …), never shown and never in a link: a link lists endpoints in order;
 * - a scenario has at most MAX_ENDPOINTS endpoints and never fewer than one.
 */
import { formatQuantity } from '../money/format-number';
import { cleanName } from '../text';
import {
  changeShapeKind,
  DEFAULT_REQUEST_SHAPE,
  DEFAULT_SHAPES,
  type ShapeKind,
} from '../workload/shape-kinds';
import { DEFAULT_CALL_OPTIONS, type WorkloadShape } from '../workload/shapes';

export interface Endpoint {
  readonly id: string;
  readonly name: string;
  readonly routeId: string;
  readonly shape: WorkloadShape;
  /**
   * The values of the other shapes this endpoint used, by kind (never the current kind), so switching
   * away and back restores them. Absent when there are none; see rememberShape.
   */
  readonly otherShapes?: ShapeMemory;
}

/** Remembered shapes by kind: each holds that kind's own fields, with default call options. */
export type ShapeMemory = Readonly<Partial<Record<ShapeKind, WorkloadShape>>>;

export const ENDPOINT_NAME_LIMIT = 80;
export const MAX_ENDPOINTS = 20;

/** Kimi K2.6 bought directly from Moonshot: the article's worked example. */
export const DEFAULT_ROUTE_ID = 'kimi-k2.6@moonshot-ai';

/** "Endpoint 2": the name an endpoint gets at position `position` (from 1) until the user renames it. */
export function defaultEndpointName(position: number): string {
  return `Endpoint ${position}`;
}

export const DEFAULT_ENDPOINT: Endpoint = {
  id: 'e1',
  name: defaultEndpointName(1),
  routeId: DEFAULT_ROUTE_ID,
  shape: DEFAULT_REQUEST_SHAPE,
};

export type NameReading =
  | { readonly ok: true; readonly name: string }
  | { readonly ok: false; readonly message: string };

/**
 * A name as typed, or the plain-words reason it cannot be used. It is cleaned as every name is
 * (text.ts cleanName): lone surrogates become U+FFFD, bidirectional controls go, white space runs
 * become one space.
 */
export function readEndpointName(text: unknown): NameReading {
  if (typeof text !== 'string') return { ok: false, message: 'An endpoint name must be text.' };
  const name = cleanName(text);
  if (name === '') return { ok: false, message: 'An endpoint needs a name.' };
  if ([...name].length > ENDPOINT_NAME_LIMIT) {
    return {
      ok: false,
      message: `An endpoint name can be at most ${ENDPOINT_NAME_LIMIT} characters (this one has ${formatQuantity([...name].length, 0)}).`,
    };
  }
  return { ok: true, name };
}

/** An id no endpoint of the list has: "e" and one more than the highest number in use. */
export function nextEndpointId(endpoints: readonly Endpoint[]): string {
  let highest = 0;
  for (const { id } of endpoints) {
    const match = /^e(\d{1,9})$/.exec(id);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `e${highest + 1}`;
}

/** A name not used by another endpoint: the name itself, or with " (2)", " (3)", … appended. */
export function uniqueEndpointName(name: string, endpoints: readonly Endpoint[]): string {
  const taken = new Set(endpoints.map((endpoint) => endpoint.name));
  if (!taken.has(name)) return name;
  for (let copy = 2; ; copy += 1) {
    const suffix = ` (${copy})`;
    const candidate = `${[...name].slice(0, ENDPOINT_NAME_LIMIT - suffix.length).join('')}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** The shape as memory keeps it: its own fields, with the default call options (those are shared). */
function forMemory(shape: WorkloadShape): WorkloadShape {
  return { ...shape, ...DEFAULT_CALL_OPTIONS };
}

/** Field by field, whatever the order of the keys (a consumer block is compared the same way). */
function sameValues(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => sameValues(Reflect.get(a, key), Reflect.get(b, key)));
}

/**
 * The endpoint with `shape` in force: the shape it leaves is remembered when it is of another kind and
 * differs from that kind's defaults (a default needs no memory), and the new kind leaves the memory.
 * An endpoint without remembered shapes has no `otherShapes` at all.
 */
export function rememberShape(endpoint: Endpoint, shape: WorkloadShape): Endpoint {
  const { otherShapes: _previous, ...rest } = endpoint;
  const memory: Partial<Record<ShapeKind, WorkloadShape>> = { ...endpoint.otherShapes };
  const left = endpoint.shape;
  if (left.kind !== shape.kind) {
    const kept = forMemory(left);
    if (sameValues(kept, DEFAULT_SHAPES[left.kind])) delete memory[left.kind];
    else memory[left.kind] = kept;
  }
  delete memory[shape.kind];
  return Object.keys(memory).length === 0 ? { ...rest, shape } : { ...rest, shape, otherShapes: memory };
}

/** The endpoint switched to `kind`: the values it had there before, or that kind's defaults. */
export function switchShapeKind(endpoint: Endpoint, kind: ShapeKind): Endpoint {
  if (endpoint.shape.kind === kind) return endpoint;
  return rememberShape(endpoint, changeShapeKind(endpoint.shape, kind, endpoint.otherShapes?.[kind]));
}

/** Moves the item at `from` by `offset` places, within bounds; the same list when it cannot move. */
export function moveItem<T>(items: readonly T[], from: number, offset: number): readonly T[] {
  const to = from + offset;
  if (from < 0 || from >= items.length || to < 0 || to >= items.length || offset === 0) return items;
  const next = [...items];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved as T);
  return next;
}
