import { describe, expect, it } from 'vitest';
import { aRoute } from '../../testing/builders';
import { FIXTURE_SHEET, makeRoute } from '../../testing/route-fixtures';
import type { PriceOverrides } from '../rates/prices';
import type { Route } from '../rates/route';
import { DEFAULT_ENDPOINT } from '../scenario/endpoint';
import { requestShapeFromWorkload } from '../workload/shapes';
import { DEFAULT_WORKLOAD, type Workload } from '../workload/workload';
import { type AnswerInputs, plainAnswers, savingShare } from './plain-answers';

const MOONSHOT_K26 = 'kimi-k2.6@moonshot-ai';
const ALPHA_K26 = 'kimi-k2.6@host-alpha';
const ALPHA_K25 = 'kimi-k2.5@host-alpha';

function oneEndpoint(
  routeId: string,
  workload: Partial<Workload> = {},
  priceOverrides: Record<string, PriceOverrides> = {},
): AnswerInputs {
  return {
    endpoints: [
      { ...DEFAULT_ENDPOINT, routeId, shape: requestShapeFromWorkload({ ...DEFAULT_WORKLOAD, ...workload }) },
    ],
    selectedEndpointId: DEFAULT_ENDPOINT.id,
    priceOverrides,
  };
}

const without = (...ids: string[]) => FIXTURE_SHEET.filter((route) => !ids.includes(route.id));

/**
 * The default workload is 10,000 requests × 2,000 input / 500 output tokens: 20M input and 5M output
 * tokens a month. On the fixture sheet that costs, by hand:
 *   Kimi K2.6 via Moonshot AI  20 × 0.95 + 5 × 4    = $39.00 (Host Gamma the same)
 *   Kimi K2.6 via Host Alpha   20 × 0.60 + 5 × 3.41 = $29.05 (max output 16,384)
 *   Kimi K2.6 via Host Beta    20 × 0.96 + 5 × 4    = $39.20 (context window 32,768)
 *   Kimi K2.5 via Moonshot AI  20 × 0.60 + 5 × 3    = $27.00
 *   Kimi K2.5 via Host Alpha   20 × 0.50 + 5 × 2.8  = $24.00
 */
describe('plainAnswers', () => {
  // Rule: the cheapest known fit of the same model, then of any Kimi model, with the bill after
  // switching, the saving (the two rounded bills subtracted) and its share in whole percent.
  it.each([
    [
      'on Moonshot: a cheaper host of K2.6, and K2.5 cheaper still',
      FIXTURE_SHEET,
      oneEndpoint(MOONSHOT_K26),
      [
        // 39.00 − 29.05 = 9.95; 9.95 / 39.00 = 25.5 % → 26 %.
        'Cheapest host of the same model: Kimi K2.6 via Host Alpha costs $29.05 — saves $9.95 a month (26 %).',
        // 39.00 − 24.00 = 15.00; 15 / 39 = 38.5 % → 38 %.
        'Cheapest Kimi model: Kimi K2.5 via Host Alpha costs $24.00 — saves $15.00 a month (38 %).',
      ],
      [ALPHA_K26, ALPHA_K25],
    ],
    [
      'already on the cheapest host of the model',
      FIXTURE_SHEET,
      oneEndpoint(ALPHA_K26),
      [
        'You are already on the cheapest host of Kimi K2.6 that fits.',
        // 29.05 − 24.00 = 5.05; 5.05 / 29.05 = 17.4 % → 17 %.
        'Cheapest Kimi model: Kimi K2.5 via Host Alpha costs $24.00 — saves $5.05 a month (17 %).',
      ],
      [null, ALPHA_K25],
    ],
    [
      'already on the cheapest Kimi route of all',
      FIXTURE_SHEET,
      oneEndpoint(ALPHA_K25),
      [
        'You are already on the cheapest host of Kimi K2.5 that fits.',
        'No Kimi model that fits costs less than your route.',
      ],
      [null, null],
    ],
    [
      // 20,000 output tokens break Host Alpha's 16,384 max output; Moonshot and Gamma tie at $819.00.
      'a cheaper host that cannot hold the reply is never proposed; a tie is no saving',
      FIXTURE_SHEET,
      oneEndpoint(MOONSHOT_K26, { outputTokensPerRequest: 20_000 }),
      [
        'You are already on the cheapest host of Kimi K2.6 that fits.',
        // K2.5 via Host Alpha: 20 × 0.50 + 200 × 2.8 = $570.00; 819 − 570 = 249; 249 / 819 = 30.4 % → 30 %.
        'Cheapest Kimi model: Kimi K2.5 via Host Alpha costs $570.00 — saves $249.00 a month (30 %).',
      ],
      [null, ALPHA_K25],
    ],
    [
      'the same route for both answers is offered once',
      without('kimi-k2.5@moonshot-ai', ALPHA_K25),
      oneEndpoint(MOONSHOT_K26),
      [
        'Cheapest host of the same model: Kimi K2.6 via Host Alpha costs $29.05 — saves $9.95 a month (26 %).',
        'Kimi K2.6 via Host Alpha is also the cheapest Kimi model that fits.',
      ],
      [ALPHA_K26, null],
    ],
    [
      'the only host of its model',
      without(ALPHA_K26, 'kimi-k2.6@host-alpha-fast', 'kimi-k2.6@host-beta', 'kimi-k2.6@host-gamma'),
      oneEndpoint(MOONSHOT_K26),
      [
        'You are on the only host of Kimi K2.6 known to fit this workload.',
        'Cheapest Kimi model: Kimi K2.5 via Host Alpha costs $24.00 — saves $15.00 a month (38 %).',
      ],
      [null, ALPHA_K25],
    ],
    [
      // Gamma at a typed $0.50 input: 20 × 0.50 + 5 × 4 = $30.00, still dearer than Alpha's $29.05;
      // at $0.40 it is 8 + 20 = $28.00 and wins.
      'the prices the user typed count',
      FIXTURE_SHEET,
      oneEndpoint(MOONSHOT_K26, {}, { 'kimi-k2.6@host-gamma': { input: '0.40' } }),
      [
        'Cheapest host of the same model: Kimi K2.6 via Host Gamma costs $28.00 — saves $11.00 a month (28 %).',
        'Cheapest Kimi model: Kimi K2.5 via Host Alpha costs $24.00 — saves $15.00 a month (38 %).',
      ],
      ['kimi-k2.6@host-gamma', ALPHA_K25],
    ],
    [
      // One request: $0.0039 on Moonshot, $0.002905 on Alpha, $0.0024 on K2.5 via Alpha; all show $0.00.
      'a saving smaller than a cent says so',
      FIXTURE_SHEET,
      oneEndpoint(MOONSHOT_K26, { requestsPerMonth: 1 }),
      [
        'Cheapest host of the same model: Kimi K2.6 via Host Alpha costs $0.00 — saves less than a cent a month.',
        'Cheapest Kimi model: Kimi K2.5 via Host Alpha costs $0.00 — saves less than a cent a month.',
      ],
      [ALPHA_K26, ALPHA_K25],
    ],
  ] as [string, readonly Route[], AnswerInputs, string[], (string | null)[]][])(
    '%s',
    (_, routes, inputs, sentences, switchIds) => {
      const answers = plainAnswers(routes, inputs);
      expect(answers.map((answer) => answer.sentence)).toEqual(sentences);
      expect(answers.map((answer) => answer.switchTo?.routeId ?? null)).toEqual(switchIds);
    },
  );

  // Rule: a retired route is never proposed, however cheap; nor one that may not fit (a limit not
  // published); equal bills go to the route named first.
  it.each([
    [
      'retired',
      makeRoute({
        modelId: 'kimi-k2.6',
        modelName: 'Kimi K2.6',
        family: 'K2.6',
        providerName: 'Old Host',
        prices: { input: '0.01', output: '0.01' },
        status: 'retired',
      }),
      'Kimi K2.6 via Host Alpha',
    ],
    [
      'may not fit',
      aRoute('Unknown Limits', { input: '0.01', output: '0.01' }, { maxOutput: null }),
      'Kimi K2.6 via Host Alpha',
    ],
    [
      // 20 × 0.60 + 5 × 3.41 = $29.05, as Host Alpha: the name first alphabetically wins.
      'a tie with a route named earlier',
      aRoute('Able Host', { input: '0.6', output: '3.41' }, { maxOutput: 262_144 }),
      'Kimi K2.6 via Able Host',
    ],
  ] as [string, Route, string][])('%s', (_, extra, proposed) => {
    const [sameModel] = plainAnswers([...FIXTURE_SHEET, extra], oneEndpoint(MOONSHOT_K26));
    expect(sameModel?.switchTo?.label).toBe(`Switch to ${proposed}`);
  });

  // Rule: a saving is claimed only when the own route is known to fit and still served; otherwise the
  // candidate's bill is given with the reason.
  it.each([
    [
      'the own route may not fit',
      aRoute('Custom Host', {}, { maxOutput: null }),
      'Cheapest host of the same model: Kimi K2.6 via Host Alpha costs $29.05 a month; your route may not fit this workload (limit not published).',
    ],
    [
      'the own route is retired',
      makeRoute({
        modelId: 'kimi-k2.6',
        modelName: 'Kimi K2.6',
        providerName: 'Old Host',
        status: 'retired',
      }),
      'Cheapest host of the same model: Kimi K2.6 via Host Alpha costs $29.05 a month; your route is retired.',
    ],
  ] as [string, Route, string][])('%s', (_, own, sentence) => {
    const [sameModel] = plainAnswers([...FIXTURE_SHEET, own], oneEndpoint(own.id));
    expect(sameModel?.sentence).toBe(sentence);
    expect(sameModel?.switchTo?.routeId).toBe(ALPHA_K26);
  });

  // Rule: with several endpoints only the selected one moves, and the sentence gives the whole bill.
  it('moves only the selected endpoint and names it', () => {
    const tagging = {
      ...DEFAULT_ENDPOINT,
      id: 'e2',
      name: 'Tagging',
      routeId: MOONSHOT_K26,
      shape: requestShapeFromWorkload({ ...DEFAULT_WORKLOAD, outputTokensPerRequest: 0 }),
    };
    const inputs: AnswerInputs = {
      endpoints: [oneEndpoint(MOONSHOT_K26).endpoints[0] ?? DEFAULT_ENDPOINT, tagging],
      selectedEndpointId: 'e2',
      priceOverrides: {},
    };
    // Bill now: $39.00 + 20 × 0.95 = $58.00. Tagging on Alpha: 20 × 0.60 = $12.00, so $51.00;
    // 7 / 58 = 12.1 % → 12 %. On K2.5 via Alpha: 20 × 0.50 = $10.00, so $49.00; 9 / 58 = 15.5 % → 16 %.
    expect(plainAnswers(FIXTURE_SHEET, inputs).map((answer) => answer.sentence)).toEqual([
      'Cheapest host of the same model for “Tagging”: Kimi K2.6 via Host Alpha brings the bill to $51.00 — saves $7.00 a month (12 %).',
      'Cheapest Kimi model for “Tagging”: Kimi K2.5 via Host Alpha brings the bill to $49.00 — saves $9.00 a month (16 %).',
    ]);
  });
});

describe('savingShare', () => {
  // Rule: whole percent rounded half up; never "0 %" for a saving, never "100 %" unless it is all of it.
  it.each([
    [780n, 3900n, '20 %'],
    [1n, 1000n, '< 1 %'],
    [5n, 1000n, '1 %'],
    [994n, 1000n, '99 %'],
    [995n, 1000n, '> 99 %'],
    [1000n, 1000n, '100 %'],
  ])('%s of %s → %s', (part, whole, text) => {
    expect(savingShare(part, whole)).toBe(text);
  });
});
