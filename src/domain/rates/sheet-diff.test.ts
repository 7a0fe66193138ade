import { describe, expect, it } from 'vitest';
import { makeRoute } from '../../testing/route-fixtures';
import type { Route } from './route';
import { describeSheetDiff, diffSheets } from './sheet-diff';

const route = (providerName: string, change: Partial<Route> = {}): Route => ({
  ...makeRoute({ modelId: 'kimi-k2.6', modelName: 'Kimi K2.6', providerName }),
  ...change,
});
const OLD = [route('A'), route('B'), route('C'), route('D')];

describe('diffSheets', () => {
  // Rule: added and removed by id; re-priced when a token price is another number ("4" = "4.00";
  // a cached price appearing is a change); terms when cache writes, tiers, the batch percentage or
  // tool fees change; status when the lifecycle status or its date changes; the rest unchanged.
  it.each([
    ['nothing', OLD, { added: [], removed: [], repriced: [], terms: [], status: [], unchanged: 4 }],
    [
      'an added and a removed route',
      [route('A'), route('B'), route('C'), route('E')],
      { added: ['kimi-k2.6@e'], removed: ['kimi-k2.6@d'], repriced: [], terms: [], status: [], unchanged: 3 },
    ],
    [
      'the same price written another way is no change',
      [
        route('A', { prices: { input: '1.00', cachedInput: '0.10', output: '4.0' } }),
        route('B'),
        route('C'),
        route('D'),
      ],
      { added: [], removed: [], repriced: [], terms: [], status: [], unchanged: 4 },
    ],
    [
      'a new price and a cached price dropped',
      [
        route('A', { prices: { input: '0.9', cachedInput: '0.1', output: '4' } }),
        route('B', { prices: { input: '1', cachedInput: null, output: '4' } }),
        route('C'),
        route('D'),
      ],
      {
        added: [],
        removed: [],
        repriced: ['kimi-k2.6@a', 'kimi-k2.6@b'],
        terms: [],
        status: [],
        unchanged: 2,
      },
    ],
    [
      'other terms and a status',
      [
        route('A', {
          cacheWrites: [{ price: '2', lifetimeMinutes: 5, source: OLD[0]!.source, basis: 'b' }],
          batch: { percentOfStandard: '60', note: 'n' },
        }),
        route('B', { lifecycle: { status: 'retired', date: '2026-05-25', source: null, successor: null } }),
        route('C', { batch: null, region: 'us' }),
        route('D'),
      ],
      {
        added: [],
        removed: [],
        repriced: [],
        terms: [['kimi-k2.6@a', ['cache writes', 'batch']]],
        status: [['kimi-k2.6@b', 'unknown', 'retired']],
        unchanged: 2,
      },
    ],
  ])('%s', (_, next, expected) => {
    const diff = diffSheets(OLD, next);
    expect({
      added: diff.added.map((r) => r.id),
      removed: diff.removed.map((r) => r.id),
      repriced: diff.repriced.map((change) => change.route.id),
      terms: diff.termsChanged.map((change) => [change.route.id, change.what]),
      status: diff.statusChanged.map((change) => [
        change.route.id,
        change.before.status,
        change.after.status,
      ]),
      unchanged: diff.unchanged,
    }).toEqual(expected);
  });
});

describe('describeSheetDiff', () => {
  it('says how many of each change, then lists each, old → new', () => {
    const next = [
      route('A', { prices: { input: '0.9', cachedInput: null, output: '4' } }),
      route('B', { lifecycle: { status: 'retired', date: '2026-05-25', source: null, successor: null } }),
      route('C'),
      route('E'),
    ];
    expect(describeSheetDiff(diffSheets(OLD, next))).toEqual([
      '1 added, 1 removed, 1 re-priced, 0 with other terms changed, 1 status changes, 1 unchanged.',
      '',
      'Added (1):',
      '  kimi-k2.6@e  Kimi K2.6 via E  1 / 0.1 / 4',
      '',
      'Removed (1):',
      '  kimi-k2.6@d  Kimi K2.6 via D',
      '',
      'Re-priced (input / cached input / output, USD per 1M) (1):',
      '  kimi-k2.6@a  1 / 0.1 / 4 → 0.9 / — / 4',
      '',
      'Status changes (1):',
      '  kimi-k2.6@b  unknown → retired 2026-05-25',
    ]);
  });
});
