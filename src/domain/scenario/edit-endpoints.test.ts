import { describe, expect, it } from 'vitest';
import { makeRoute } from '../../testing/route-fixtures';
import { aConversation, aRequestShape } from '../../testing/shape-builders';
import {
  copyName,
  type EndpointSelection,
  onKnownRoutes,
  withEndpointAdded,
  withEndpointCopied,
  withEndpointInserted,
  withEndpointRenamed,
  withEndpointReplaced,
  withEndpointShape,
  withoutEndpoint,
  withValidShape,
} from './edit-endpoints';
import { DEFAULT_ROUTE_ID, type Endpoint, MAX_ENDPOINTS } from './endpoint';

const MOONSHOT = makeRoute({ modelId: 'kimi-k2.6', providerName: 'Moonshot AI' });
const GROQ = makeRoute({ modelId: 'kimi-k2.5', providerName: 'Groq' });
const ROUTES = [MOONSHOT, GROQ];

const endpoint = (id: string, name: string, routeId = MOONSHOT.id): Endpoint => ({
  id,
  name,
  routeId,
  shape: aRequestShape(),
});
const A = endpoint('e1', 'Chat');
const B = endpoint('e2', 'Tagging', GROQ.id);
const C = endpoint('e5', 'Search');
const THREE: EndpointSelection = { endpoints: [A, B, C], selectedEndpointId: 'e2' };
const names = (selection: EndpointSelection | null) => selection?.endpoints.map((each) => each.name);

describe('endpoints on known routes', () => {
  // Rule: an endpoint on a route the sheet lacks moves to the default route; an unknown selection
  // selects the first endpoint; no endpoints at all gives the default endpoint.
  it.each<[string, EndpointSelection, string[], string]>([
    ['all known', THREE, [MOONSHOT.id, GROQ.id, MOONSHOT.id], 'e2'],
    [
      'a route gone',
      { endpoints: [endpoint('e1', 'x', 'gone@x')], selectedEndpointId: 'e1' },
      [DEFAULT_ROUTE_ID],
      'e1',
    ],
    ['an unknown selection', { endpoints: [A, B], selectedEndpointId: 'e9' }, [MOONSHOT.id, GROQ.id], 'e1'],
    ['no endpoints', { endpoints: [], selectedEndpointId: 'e3' }, [DEFAULT_ROUTE_ID], 'e1'],
  ])('%s', (_case, scenario, routeIds, selected) => {
    const known = onKnownRoutes(scenario, ROUTES);
    expect(known.endpoints.map((each) => each.routeId)).toEqual(routeIds);
    expect(known.selectedEndpointId).toBe(selected);
  });

  it('keeps an endpoint on a known route as it is', () => {
    expect(onKnownRoutes(THREE, ROUTES).endpoints[1]).toBe(B);
  });
});

describe('adding and inserting', () => {
  // Rule: a new endpoint gets the next id and a unique name, is selected, and a scenario holds at most 20.
  it.each<[string, number | undefined, string[]]>([
    ['last', undefined, ['Chat', 'Tagging', 'Search', 'Chat (2)']],
    ['at the front', 0, ['Chat (2)', 'Chat', 'Tagging', 'Search']],
  ])('inserts %s', (_case, at, expected) => {
    const { id: _id, ...copy } = A;
    const next = withEndpointInserted(THREE.endpoints, copy, at);
    expect(names(next)).toEqual(expected);
    expect(next?.selectedEndpointId).toBe('e6');
  });

  it('refuses a 21st endpoint', () => {
    const full = Array.from({ length: MAX_ENDPOINTS }, (_, index) => endpoint(`e${index + 1}`, `n${index}`));
    expect(withEndpointInserted(full, A)).toBeNull();
  });

  // Rule: what is given is used when valid; else the selected endpoint's shape and route, and "Endpoint N".
  it.each<[string, Parameters<typeof withEndpointAdded>[2], string, string, string]>([
    ['nothing given', {}, 'Endpoint 4', GROQ.id, 'requests'],
    [
      'a name and a shape',
      { name: ' Voice  bot ', shape: aConversation() },
      'Voice bot',
      GROQ.id,
      'conversation',
    ],
    [
      'an empty name, an invalid shape',
      { name: ' ', shape: aConversation({ turnsPerConversation: 0 }) },
      'Endpoint 4',
      GROQ.id,
      'requests',
    ],
    ['an unknown route', { routeId: 'gone@x' }, 'Endpoint 4', DEFAULT_ROUTE_ID, 'requests'],
    ['a known route', { routeId: MOONSHOT.id }, 'Endpoint 4', MOONSHOT.id, 'requests'],
  ])('adds with %s', (_case, given, name, routeId, kind) => {
    const added = withEndpointAdded(THREE, ROUTES, given)?.endpoints[3];
    expect(added).toMatchObject({ id: 'e6', name, routeId, shape: { kind } });
  });
});

describe('copies and names', () => {
  // Rule: a copy is "name (copy)" within 80 characters, the name cut and trimmed to make room.
  it.each([
    ['Chat', 'Chat (copy)'],
    ['n'.repeat(73), `${'n'.repeat(73)} (copy)`],
    ['n'.repeat(80), `${'n'.repeat(73)} (copy)`],
    [`${'n'.repeat(72)} tail`, `${'n'.repeat(72)} (copy)`],
    ['😀'.repeat(80), `${'😀'.repeat(73)} (copy)`],
  ])('%j → %j', (name, expected) => {
    expect(copyName(name)).toBe(expected);
  });

  it('puts a copy right after its source and selects it', () => {
    const next = withEndpointCopied(THREE.endpoints, 'e2');
    expect(names(next)).toEqual(['Chat', 'Tagging', 'Tagging (copy)', 'Search']);
    expect(next?.endpoints[2]).toMatchObject({ id: 'e6', routeId: GROQ.id });
    expect(withEndpointCopied(THREE.endpoints, 'e9')).toBeNull();
  });

  // Rule: a renamed endpoint takes a cleaned name, unique among the others; a refused name changes nothing.
  it.each<[string, string, string[] | undefined]>([
    ['a new name', '  Help   desk ', ['Chat', 'Help desk', 'Search']],
    ["another endpoint's name", 'Chat', ['Chat', 'Chat (2)', 'Search']],
    ['its own name', 'Tagging', ['Chat', 'Tagging', 'Search']],
    ['blank', ' ', undefined],
    ['81 characters', 'x'.repeat(81), undefined],
  ])('renames to %s', (_case, text, expected) => {
    const next = withEndpointRenamed(THREE.endpoints, 'e2', text);
    expect(next?.map((each) => each.name)).toEqual(expected);
  });
});

describe('removing', () => {
  // Rule: the selection moves to the next endpoint, else the previous; another selection stays; the last one stays.
  it.each<[string, EndpointSelection, string, string[] | undefined, string | undefined]>([
    ['the selected middle one', THREE, 'e2', ['Chat', 'Search'], 'e5'],
    ['the selected last one', { ...THREE, selectedEndpointId: 'e5' }, 'e5', ['Chat', 'Tagging'], 'e2'],
    ['one not selected', THREE, 'e1', ['Tagging', 'Search'], 'e2'],
    ['an unknown id', THREE, 'e9', undefined, undefined],
    ['the only one', { endpoints: [A], selectedEndpointId: 'e1' }, 'e1', undefined, undefined],
  ])('%s', (_case, scenario, id, expected, selected) => {
    const next = withoutEndpoint(scenario, id);
    expect(names(next)).toEqual(expected);
    expect(next?.selectedEndpointId).toBe(selected);
  });
});

describe('shapes and replacements', () => {
  it('stores a valid shape only', () => {
    expect(withValidShape(A, aConversation())?.shape.kind).toBe('conversation');
    expect(withValidShape(A, aConversation({ turnsPerConversation: 501 }))).toBeNull();
    expect(withValidShape(A, null)).toBeNull();
  });

  it('replaces an endpoint by id, and changes nothing for the same endpoint', () => {
    const renamed = { ...B, name: 'Tags' };
    expect(withEndpointReplaced(THREE.endpoints, renamed)?.[1]).toBe(renamed);
    expect(withEndpointReplaced(THREE.endpoints, B)).toBeNull();
  });

  it('applies a request log’s shape and remembers the one it replaced', () => {
    const next = withEndpointShape(THREE.endpoints, 'e2', aConversation({ turnsPerConversation: 7 }));
    expect(next?.[1]?.shape).toMatchObject({ kind: 'conversation', turnsPerConversation: 7 });
    expect(next?.[0]).toBe(A);
    expect(withEndpointShape(THREE.endpoints, 'e2', aConversation({ turnsPerConversation: 0 }))).toBeNull();
  });
});
