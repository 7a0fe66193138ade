/**
 * Links are untrusted: every count, position, value and date is checked on its own; anything out of
 * range falls back to its default and is listed in the link notice. Text from a link is made
 * well-formed, names lose their bidirectional controls, and the encoder never throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUNDLED_ROUTES } from '../../data/rate-sheet';
import { isCalendarDate } from '../calendar-date';
import { billScenario } from '../cost/bill-scenario';
import { buildBreakdown } from '../cost/breakdown';
import type { Route } from '../rates/route';
import { findRoute } from '../rates/route-catalog';
import { DEFAULT_ENDPOINT, type Endpoint, switchShapeKind } from '../scenario/endpoint';
import { DEFAULT_SCENARIO, type Scenario } from '../scenario/scenario';
import { wellFormed } from '../text';
import {
  DEFAULT_AGENT_CHAIN_SHAPE,
  DEFAULT_CONVERSATION_SHAPE,
  DEFAULT_REQUEST_SHAPE,
  DEFAULT_SHAPES,
} from '../workload/shape-kinds';
import type { WorkloadShape } from '../workload/shapes';
import { decodeScenario } from './decode-scenario';
import { encodeScenario } from './encode-scenario';
import { decodeBillingExtras } from './link-extras';
import { decodeScenarioFile, encodeScenarioFile } from './scenario-file';

const context = { routes: BUNDLED_ROUTES };

function monthlyOf(scenario: Scenario, routes: readonly Route[] = BUNDLED_ROUTES): string {
  return buildBreakdown(billScenario(scenario, [...routes, ...scenario.customRoutes])).monthly;
}

const read = (link: string) => decodeScenario(link, context);

describe('the endpoint count and the selected endpoint', () => {
  // Rule: `ne` is read when it is a whole number from 1 to 20; otherwise it is listed and ignored,
  // and the endpoints the link's keys describe are read (1 when only plain keys are there). The
  // default endpoint costs $39.00 a month, so a link that opens 20 of them bills $780.00.
  it.each([
    ['v=2&ne=999', 1, '$39.00', 'Ignored the endpoint count “999”: a scenario has 1 to 20 endpoints'],
    ['v=2&ne=0', 1, '$39.00', 'Ignored the endpoint count “0”'],
    ['v=2&ne=abc', 1, '$39.00', 'Ignored the endpoint count “abc”'],
    ['v=2&ne=-3', 1, '$39.00', 'Ignored the endpoint count “-3”'],
    ['v=2&ne=2.5', 1, '$39.00', 'Ignored the endpoint count “2.5”'],
    ['v=2&ne=21', 1, '$39.00', 'Ignored the endpoint count “21”'],
    // 1,000 requests at $3.90 per 1,000 on each of the two endpoints the keys describe.
    ['v=2&ne=999&n=1000&2.n=1000', 2, '$7.80', 'the 2 endpoints the link describes are shown'],
    ['v=2&ne=3', 3, '$117.00', null],
    ['v=2&ne=20', 20, '$780.00', null],
  ])('%s opens %i endpoints at %s', (link, endpoints, monthly, problem) => {
    const decoded = read(link);
    expect(decoded.scenario.endpoints).toHaveLength(endpoints);
    expect(monthlyOf(decoded.scenario)).toBe(monthly);
    if (problem === null) expect(decoded.problems).toEqual([]);
    else expect(decoded.problems.join(' ')).toContain(problem);
  });

  // Rule: keys of endpoints the link does not have (beyond the count, or "0." and "1.") are listed.
  it.each([
    ['v=2&ne=2&2.n=5&3.n=7', 2, '“3.n”'],
    ['v=2&0.n=5&1.i=9', 1, '“0.n, 1.i”'],
    ['v=2&25.n=5', 1, '“25.n”'],
  ])('%s lists the stray keys', (link, endpoints, keys) => {
    const decoded = read(link);
    expect(decoded.scenario.endpoints).toHaveLength(endpoints);
    expect(decoded.problems).toContainEqual(expect.stringContaining(keys));
  });

  // Rule: `sel` names an endpoint the link has (1 … count); otherwise it is listed and endpoint 1 is selected.
  it.each([
    ['v=2&ne=2&sel=2', 'e2', false],
    ['v=2&ne=2&sel=3', 'e1', true],
    ['v=2&sel=0', 'e1', true],
    ['v=2&sel=abc', 'e1', true],
    ['v=2&sel=', 'e1', true],
    ['v=2&ne=2&sel=-2', 'e1', true],
  ])('%s selects %s', (link, selected, reported) => {
    const decoded = read(link);
    expect(decoded.scenario.selectedEndpointId).toBe(selected);
    expect(decoded.problems.some((problem) => problem.includes('selected endpoint'))).toBe(reported);
  });
});

describe('every numeric per-endpoint key', () => {
  // Rule: a value outside its field's range (or not a number) is listed and the field keeps its default.
  const defaultOf = (kind: WorkloadShape['kind'], field: string) => Reflect.get(DEFAULT_SHAPES[kind], field);
  it.each([
    ['n=-1', 'requests', 'requestsPerMonth'],
    ['n=1e13', 'requests', 'requestsPerMonth'],
    ['n=12.5', 'requests', 'requestsPerMonth'],
    ['i=10000001', 'requests', 'inputTokensPerRequest'],
    ['o=abc', 'requests', 'outputTokensPerRequest'],
    ['h=100.01', 'requests', 'cacheHitRatePercent'],
    ['b=-1', 'requests', 'retryBufferPercent'],
    ['rs=1000001', 'requests', 'reasoningTokensPerCall'],
    ['cap=0', 'requests', 'maxOutputTokensPerCall'],
    ['bs=101', 'requests', 'batchSharePercent'],
    ['bm=NaN', 'requests', 'batchPriceMultiplierPercent'],
    ['k=c&cv=-5', 'conversation', 'conversationsPerMonth'],
    ['k=c&t=0', 'conversation', 'turnsPerConversation'],
    ['k=c&t=501', 'conversation', 'turnsPerConversation'],
    ['k=c&sp=1000001', 'conversation', 'systemPromptTokens'],
    ['k=c&ut=Infinity', 'conversation', 'userTokensPerTurn'],
    ['k=c&rt=1e7', 'conversation', 'replyTokensPerTurn'],
    ['k=a&tk=1e13', 'agent-chain', 'tasksPerMonth'],
    ['k=a&st=501', 'agent-chain', 'stepsPerTask'],
    ['k=a&bc=-1', 'agent-chain', 'baseContextTokens'],
    ['k=a&tr=0x10', 'agent-chain', 'toolResultTokensPerStep'],
    ['k=a&os=1000001', 'agent-chain', 'outputTokensPerStep'],
    ['k=a&tc=101', 'agent-chain', 'toolCallsPerStep'],
    ['k=a&tf=10.5', 'agent-chain', 'toolCallFeeUsd'],
    ['k=a&tf=0.0000001', 'agent-chain', 'toolCallFeeUsd'],
  ] as const)('%s is listed and %s.%s keeps its default', (pair, kind, field) => {
    for (const [link, index] of [
      [`v=2&${pair}`, 0],
      [`v=2&ne=2&${pair.replace(/(^|&)/g, (separator) => `${separator}2.`)}`, 1],
    ] as const) {
      const decoded = read(link);
      const shape = decoded.scenario.endpoints[index]?.shape as WorkloadShape;
      expect(shape.kind).toBe(kind);
      expect(Reflect.get(shape, field)).toBe(defaultOf(kind, field));
      expect(decoded.problems.length, link).toBeGreaterThan(0);
    }
  });

  it('lists users and requests per user out of range, and their product above a month', () => {
    expect(read('v=2&u=-1&upu=2').problems.join(' ')).toContain('Ignored “-1” for users per month');
    const product = read('v=2&u=10000000000&upu=1000');
    expect(product.scenario.endpoints[0]?.shape).toMatchObject({ consumer: null });
    expect(product.problems.join(' ')).toContain('Users × requests per user must be at most');
  });

  it('lists unreadable prices of another route (x), and keeps the readable ones', () => {
    const decoded = read('v=2&x=kimi-k2.5@moonshot-ai~abc~-~99999');
    expect(decoded.scenario.priceOverrides).toEqual({ 'kimi-k2.5@moonshot-ai': { cachedInput: null } });
    expect(decoded.problems).toEqual([
      'Ignored the unreadable input price “abc”.',
      'Ignored the unreadable output price “99999”.',
    ]);
  });
});

describe('dates in links are calendar dates', () => {
  // Rule: YYYY-MM-DD with a month from 1 to 12 and a day the month has (29 February in leap years only).
  it.each([
    ['2026-07-24', true],
    ['2028-02-29', true],
    ['2000-02-29', true],
    ['2026-12-31', true],
    ['2026-13-45', false],
    ['2026-02-29', false],
    ['1900-02-29', false],
    ['2026-04-31', false],
    ['2026-00-10', false],
    ['2026-1-5', false],
    ['2026-07', false],
    ['24/07/2026', false],
    ['', false],
  ])('%j is a date: %s', (text, expected) => {
    expect(isCalendarDate(text)).toBe(expected);
  });

  it("lists an exchange rate's date that is not a date, and keeps the rate", () => {
    const extras = JSON.stringify({ currency: { code: 'EUR', perUsd: '0.92', date: '2026-13-45' } });
    const decoded = decodeBillingExtras(extras);
    expect(decoded.extras.currency).toEqual({ code: 'EUR', perUsd: '0.92', date: '' });
    expect(decoded.problems).toEqual([
      'Ignored the exchange rate’s date “2026-13-45”: it is not a calendar date (YYYY-MM-DD).'.replace(
        '’',
        "'",
      ),
    ]);
  });

  it.each([
    ['2026-13-45', false],
    ['2026-02-30', false],
    ['2028-02-29', true],
  ])('reads an added route checked %s only when it is a date', (date, kept) => {
    const sheet = {
      routes: [
        {
          id: 'custom-x@y',
          model: 'X',
          provider: 'Y',
          prices: { input: '1', output: '2' },
          source: { label: 'Added by you', date },
        },
      ],
    };
    const decoded = read(`v=2&cr=${encodeURIComponent(JSON.stringify(sheet))}`);
    expect(decoded.scenario.customRoutes).toHaveLength(kept ? 1 : 0);
    expect(decoded.problems).toEqual(kept ? [] : ['Ignored 1 of the added routes: they are not readable.']);
  });
});

describe('text from links is well-formed, names show what they say', () => {
  const lone = 'A\uD800B';
  const withName = (name: string): Scenario => ({
    ...DEFAULT_SCENARIO,
    endpoints: [{ ...DEFAULT_ENDPOINT, name }],
    routeFilter: { ...DEFAULT_SCENARIO.routeFilter, query: name },
  });

  it('never throws when encoding text with a lone surrogate, and the link reads back as U+FFFD', () => {
    const link = encodeScenario(withName(lone), context);
    const decoded = read(link);
    expect(decoded.scenario.endpoints[0]?.name).toBe('A\uFFFDB');
    expect(decoded.scenario.routeFilter.query).toBe('A\uFFFDB');
    expect(() => encodeScenarioFile(withName(lone), context)).not.toThrow();
  });

  it('makes a link or a file with lone surrogates well-formed, however they got there', () => {
    const decoded = read(`v=2&nm=${lone}&q=${lone}`);
    expect(decoded.scenario.endpoints[0]?.name).toBe('A\uFFFDB');
    const file = decodeScenarioFile(
      '{"format":"kimi-cost-calculator-scenario","scenario":"v=2&nm=A\\ud800B&n=4242"}',
      context,
    );
    expect(file.scenario.endpoints[0]?.name).toBe('A\uFFFDB');
    expect(() => encodeScenario(file.scenario, context)).not.toThrow();
  });

  it('strips bidirectional controls from names read from a link', () => {
    const decoded = read(`v=2&nm=${encodeURIComponent('Chat\u202Egnp.exe\u2066\u200F')}`);
    expect(decoded.scenario.endpoints[0]?.name).toBe('Chatgnp.exe');
  });

  it('encodes any text at all, and everything decoded is well-formed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const link = encodeScenario(withName(text.trim() === '' ? 'x' : text.slice(0, 80)), context);
        const { scenario } = read(link);
        // Well-formed: nothing left for wellFormed to replace.
        const name = scenario.endpoints[0]?.name ?? '';
        expect(wellFormed(name)).toBe(name);
        expect(wellFormed(scenario.routeFilter.query)).toBe(scenario.routeFilter.query);
      }),
      { numRuns: 300 },
    );
  });
});

describe('each endpoint remembers its other shapes in links (sh)', () => {
  // Rule: `sh` lists, per remembered kind, that kind's own fields that differ from its defaults;
  // links without it remember nothing, and what cannot be read is listed and left out.
  const chat: WorkloadShape = {
    ...DEFAULT_CONVERSATION_SHAPE,
    conversationsPerMonth: 3_000,
    turnsPerConversation: 8,
  };
  const agent: WorkloadShape = { ...DEFAULT_AGENT_CHAIN_SHAPE, tasksPerMonth: 500, toolCallFeeUsd: 0.01 };
  const onRequests: Endpoint = {
    ...DEFAULT_ENDPOINT,
    shape: { ...DEFAULT_REQUEST_SHAPE, requestsPerMonth: 5_000 },
    otherShapes: { conversation: chat, 'agent-chain': agent },
  };
  const scenarioOf = (endpoint: Endpoint): Scenario => ({ ...DEFAULT_SCENARIO, endpoints: [endpoint] });

  it('writes the remembered values after the endpoint keys, and reads them back', () => {
    const link = encodeScenario(scenarioOf(onRequests), context);
    expect(link).toBe('v=3&n=5000&sh=c~cv~3000~t~8,a~tk~500~tf~0.01&p=0.95,0.16,4');
    const decoded = read(link);
    expect(decoded.problems).toEqual([]);
    expect(decoded.scenario.endpoints[0]).toEqual(onRequests);
  });

  it('switches back to the values the link remembered', () => {
    const decoded = read('v=2&ne=2&2.k=c&2.sh=r~n~5000~u~100~upu~2.5&2.n=1');
    const endpoint = decoded.scenario.endpoints[1] as Endpoint;
    expect(switchShapeKind(endpoint, 'requests').shape).toMatchObject({
      requestsPerMonth: 5_000,
      consumer: { usersPerMonth: 100, requestsPerUser: 2.5 },
    });
    // `2.n` is not a conversation field: as before, it is not read.
    expect(decoded.problems).toEqual([]);
  });

  it.each([
    ['sh=z~n~5', 'Ignored the remembered shape values “z~n~5”.'],
    ['sh=r~n~5', 'Ignored the remembered shape values “r~n~5”.'],
    ['sh=c~t~0', 'Ignored the remembered value “t~0”: Must be at least 1.'],
    ['sh=c~zz~1', 'Ignored the remembered value “zz~1”.'],
    ['sh=c~t', 'Ignored the remembered value “t~”: Enter a number.'],
    ['sh=c~t~8,c~t~9', 'Ignored the remembered shape values “c~t~9”.'],
  ])('%s is listed', (pair, problem) => {
    const decoded = read(`v=2&${pair}`);
    expect(decoded.problems).toEqual([problem]);
    expect(decoded.scenario.endpoints[0]?.shape).toEqual(DEFAULT_SHAPES.requests);
  });

  it('keeps the readable parts of a partly broken sh', () => {
    const decoded = read('v=2&sh=c~t~0~cv~3000,q~1');
    expect(decoded.scenario.endpoints[0]?.otherShapes).toEqual({
      conversation: { ...DEFAULT_SHAPES.conversation, conversationsPerMonth: 3_000 },
    });
    expect(decoded.problems).toHaveLength(2);
  });

  const kinds = fc.constantFrom<WorkloadShape['kind']>('requests', 'conversation', 'agent-chain');
  it('round-trips any remembered values: decode(encode(s)) = s', () => {
    fc.assert(
      fc.property(
        fc.array(kinds, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 0, max: 10_000_000 }).map((micros) => micros / 1e6),
        (path, volume, turns, fee) => {
          // Walk through the kinds, typing a value in each, as a user would.
          let endpoint: Endpoint = DEFAULT_ENDPOINT;
          for (const kind of path) {
            endpoint = switchShapeKind(endpoint, kind);
            const typed: Partial<Record<WorkloadShape['kind'], object>> = {
              requests: { requestsPerMonth: volume },
              conversation: { turnsPerConversation: turns },
              'agent-chain': { toolCallFeeUsd: fee, stepsPerTask: turns },
            };
            endpoint = { ...endpoint, shape: { ...endpoint.shape, ...typed[kind] } as WorkloadShape };
          }
          const decoded = read(encodeScenario(scenarioOf(endpoint), context));
          expect(decoded.problems).toEqual([]);
          expect(decoded.scenario.endpoints[0]).toEqual(endpoint);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('bundled routes keep their identity in links', () => {
  // Rule: an added route (`cr`) with a bundled route's id becomes the user's own under another id,
  // and is listed; the bundled route keeps the sheet's prices and source, so the link's `p` prices for
  // it read as prices from this link (priceChanges), which "Use the sheet's prices" undoes.
  const forged = {
    schema: 'kimi-cost-calculator/rate-sheet',
    version: 1,
    routes: [
      {
        id: 'kimi-k2.6@moonshot-ai',
        model: 'Kimi K2.6',
        provider: 'Moonshot AI',
        prices: { input: '0.01', cachedInput: '0.001', output: '0.02' },
        contextWindow: 262144,
        source: {
          label: 'Moonshot AI pricing (official)',
          url: 'https://platform.moonshot.ai/',
          date: '2026-07-01',
        },
      },
    ],
  };
  const cr = encodeURIComponent(JSON.stringify(forged));
  const bundled = findRoute(BUNDLED_ROUTES, 'kimi-k2.6@moonshot-ai') as Route;

  it('never lets a link replace a bundled route', () => {
    const decoded = read(`v=2&cr=${cr}`);
    expect(decoded.scenario.customRoutes.map((route) => route.id)).toEqual(['custom-kimi-k2.6@moonshot-ai']);
    expect(decoded.scenario.endpoints[0]?.routeId).toBe('kimi-k2.6@moonshot-ai');
    expect(decoded.scenario.priceOverrides).toEqual({});
    expect(monthlyOf(decoded.scenario)).toBe('$39.00');
    expect(decoded.problems).toEqual([
      "“Kimi K2.6 via Moonshot AI” has the id of a route in the rate sheet (kimi-k2.6@moonshot-ai), so it was added as a route of your own (custom-kimi-k2.6@moonshot-ai); the sheet's route keeps its prices and source.",
    ]);
    expect(bundled.prices).toEqual({ input: '0.95', cachedInput: '0.16', output: '4' });
  });

  it('drops an added copy that says what the sheet says', () => {
    const copy = {
      routes: [
        {
          ...forged.routes[0],
          prices: bundled.prices,
          contextWindow: bundled.contextWindow,
          maxOutput: bundled.maxOutput,
        },
      ],
    };
    const decoded = read(`v=2&cr=${encodeURIComponent(JSON.stringify(copy))}`);
    expect(decoded.scenario.customRoutes).toEqual([]);
    expect(decoded.problems).toEqual([
      '1 route is the same as the rate sheet’s route with its id, so it was not added again.',
    ]);
  });

  it('keeps a link on the renamed route there: its prices are its own, not a change', () => {
    const decoded = read(`v=2&r=custom-kimi-k2.6@moonshot-ai&p=0.01,0.001,0.02&cr=${cr}`);
    expect(decoded.scenario.endpoints[0]?.routeId).toBe('custom-kimi-k2.6@moonshot-ai');
    expect(decoded.priceChanges).toEqual([]);
  });
});
