import { describe, expect, it } from 'vitest';
import { aRoute } from '../../testing/builders';
import { billScenario } from '../cost/bill-scenario';
import { buildBreakdown } from '../cost/breakdown';
import type { Route } from '../rates/route';
import type { Scenario } from '../scenario/scenario';
import { decodeScenario } from './decode-scenario';
import { encodeScenario } from './encode-scenario';
import type { LinkFields } from './link-format';
import { LINK_MIGRATIONS } from './link-migrations';

/** A host that publishes a batch rule (60 % of standard) and a $0.004 fee per search. */
const RULED = aRoute(
  'ruled',
  { input: '0.95', cachedInput: '0.16', output: '4' },
  {
    batch: { percentOfStandard: '60', note: 'batch = 60 % of standard (test)' },
    toolFees: [{ tool: '$web_search', usdPerCall: '0.004', source: 'test' }],
  },
);
const context = { routes: [RULED] as readonly Route[] };

function read(link: string) {
  const decoded = decodeScenario(link, context);
  expect(decoded.problems).toEqual([]);
  return decoded.scenario;
}
const monthlyOf = (scenario: Scenario) => buildBreakdown(billScenario(scenario, context.routes)).monthly;
const fieldsOf = (link: string): LinkFields => {
  const fields: LinkFields = new Map();
  for (const pair of link.split('&')) {
    const [key = '', value = ''] = pair.split('=');
    fields.set(key, [...(fields.get(key) ?? []), value]);
  }
  return fields;
};

describe('version-2 links open with the figures they had', () => {
  // Rule: version 2 billed batched traffic at 50 % and tool calls at $0.005 when the link named neither;
  // version 3 uses each provider's rule and fee then, so the step writes 50 % and $0.005 into the link.
  it.each([
    // 1,000 seed requests ($3.90), half batched: $1.95 + $1.95 × 50 % = $2.93 (v2) vs × 60 % = $3.12 (v3).
    { v2: 'v=2&r=ruled&n=1000&bs=50', v2Monthly: '$2.93', v3Monthly: '$3.12' },
    // An agent chain of 1,000 tasks × 4 searches: $20.00 in fees at $0.005 (v2) vs $16.00 at $0.004 (v3).
    // Tokens: 1,000 × (5 × 3,000 + 1,200 × 10 = 27,000 input × $0.95 + 1,000 output × $4) / 1M = $29.65.
    { v2: 'v=2&r=ruled&k=a', v2Monthly: '$49.65', v3Monthly: '$45.65' },
  ])('$v2 opens at $v2Monthly; as version 3 it is $v3Monthly', ({ v2, v2Monthly, v3Monthly }) => {
    const scenario = read(v2);
    expect(monthlyOf(scenario)).toBe(v2Monthly);
    // Written again, the link keeps those figures: it now names the percentage or the fee.
    const again = encodeScenario(scenario, context);
    expect(again).toMatch(/^v=3&/);
    expect(monthlyOf(read(again))).toBe(v2Monthly);
    expect(monthlyOf(read(v2.replace('v=2', 'v=3')))).toBe(v3Monthly);
  });

  it('keeps a link that names its own percentage and fee as it is', () => {
    const link = 'v=2&r=ruled&k=a&bs=50&bm=40&tf=0.01';
    expect(LINK_MIGRATIONS[2]?.(fieldsOf(link))).toEqual(fieldsOf(link));
  });

  it('leaves a link without batch share, agent chain or remembered agent untouched', () => {
    const link = 'v=2&ne=2&r=ruled&n=1000&h=40&2.k=c&2.sh=r~n~5000';
    expect(LINK_MIGRATIONS[2]?.(fieldsOf(link))).toEqual(fieldsOf(link));
  });

  it("gives a remembered agent chain (sh) version 2's fee, on every endpoint", () => {
    const fields = LINK_MIGRATIONS[2]?.(fieldsOf('v=2&ne=2&sh=a~tk~500&2.bs=10&2.sh=c~t~8,a~tf~0.01'));
    expect(fields?.get('sh')).toEqual(['a~tk~500~tf~0.005']);
    expect(fields?.get('2.sh')).toEqual(['c~t~8,a~tf~0.01']);
    expect(fields?.get('2.bm')).toEqual(['50']);
    expect(fields?.has('bm')).toBe(false);
  });
});
