import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SETTLE_MS } from '../../lib/use-settled-value';
import { activeRouteId, oneEndpoint } from '../../testing/endpoint-builders';
import { renderWithStore } from '../../testing/render-with-store';
import { makeRoute } from '../../testing/route-fixtures';
import { ComparisonTable } from './comparison-table';

// A small sheet, costed for 1,000 requests × 2,000 input and 500 output tokens.
const ROUTES = [
  makeRoute({
    modelId: 'k2.6',
    providerName: 'Moonshot',
    prices: { input: '0.95', cachedInput: '0.16', output: '4' },
  }),
  makeRoute({
    modelId: 'k2.6',
    providerName: 'Cheaphost',
    prices: { input: '0.6', cachedInput: null, output: '2.5' },
  }),
  makeRoute({
    modelId: 'k2.5',
    providerName: 'Tiny',
    prices: { input: '0.1', output: '0.1' },
    contextWindow: 1_000,
  }),
  makeRoute({
    modelId: 'gpt-x',
    providerName: 'OpenAI',
    group: 'comparison',
    prices: { input: '2', output: '8' },
  }),
];

function renderTable() {
  return renderWithStore(<ComparisonTable />, {
    initial: {
      routes: ROUTES,
      ...oneEndpoint({ routeId: ROUTES[0]?.id, workload: { requestsPerMonth: 1_000 } }),
    },
  });
}

const table = () => screen.getByRole('table', { name: 'Provider comparison' });
/** Each body row as [model, provider, monthly cost]. */
function shownRows(): string[][] {
  const body = table().querySelector(':scope > tbody') as HTMLElement;
  return [...body.querySelectorAll(':scope > tr')].map((row) =>
    ['model', 'provider', 'monthlyCost'].map((id) => {
      const cell = row.querySelector(`:scope > td.cell-${id}`) as HTMLElement;
      return id === 'model'
        ? (cell.querySelector('.model-cell__name')?.textContent ?? '')
        : (cell.textContent ?? '');
    }),
  );
}
const header = (name: string) => within(table()).getByRole('columnheader', { name });

describe('ComparisonTable', () => {
  it('lists your route first, then the Kimi routes cheapest first, with the comparison group off, and never ranks a route that does not fit', () => {
    renderTable();
    // Tiny cannot hold 2,000 input tokens in 1,000: it is listed (cheapest in money) but not ranked.
    expect(shownRows()).toEqual([
      ['K2.6', 'Moonshot', '$3.90'],
      ['K2.5', 'Tiny', '$0.25'],
      ['K2.6', 'Cheaphost', '$2.45'],
    ]);
    expect(header('Monthly cost')).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByText(/Cheapest that fits: K2.6 via Cheaphost/)).toBeInTheDocument();
    expect(within(table()).getAllByText('Cheapest')).toHaveLength(1);
    expect(within(table()).getByText(/Does not fit/)).toHaveTextContent('1,000-token context window');
  });

  it('follows each workload change in every cell that reads differently: figures, fit and the cheapest mark', () => {
    const { store } = renderWithStore(<ComparisonTable />, {
      initial: {
        routes: ROUTES,
        ...oneEndpoint({
          routeId: ROUTES[0]?.id,
          workload: { requestsPerMonth: 1_000, inputTokensPerRequest: 400 },
        }),
      },
    });
    const rowOf = (provider: string) =>
      [...table().querySelectorAll(':scope > tbody > tr')].find(
        (row) => row.querySelector(':scope > td.cell-provider')?.textContent === provider,
      ) as HTMLElement;
    // 400 input + 500 output tokens fit Tiny's 1,000-token window: it is the cheapest.
    expect(shownRows()).toEqual([
      ['K2.6', 'Moonshot', '$2.38'],
      ['K2.5', 'Tiny', '$0.09'],
      ['K2.6', 'Cheaphost', '$1.49'],
    ]);
    expect(within(rowOf('Tiny')).getByText('Cheapest')).toBeInTheDocument();
    expect(within(rowOf('Tiny')).queryByText(/Does not fit/)).not.toBeInTheDocument();

    act(() => store.getState().setShapeValue('inputTokensPerRequest', 2_000));
    expect(shownRows()).toEqual([
      ['K2.6', 'Moonshot', '$3.90'],
      ['K2.5', 'Tiny', '$0.25'],
      ['K2.6', 'Cheaphost', '$2.45'],
    ]);
    expect(within(rowOf('Tiny')).getByText(/Does not fit/)).toHaveTextContent('1,000-token context window');
    expect(within(rowOf('Tiny')).queryByText('Cheapest')).not.toBeInTheDocument();
    expect(within(rowOf('Cheaphost')).getByText('Cheapest')).toBeInTheDocument();
    expect(rowOf('Tiny')).toHaveClass('does-not-fit');

    // Twice the requests: every monthly cost doubles; the prices, the fit and the marks stay.
    act(() => store.getState().setShapeValue('requestsPerMonth', 2_000));
    expect(shownRows()).toEqual([
      ['K2.6', 'Moonshot', '$7.80'],
      ['K2.5', 'Tiny', '$0.50'],
      ['K2.6', 'Cheaphost', '$4.90'],
    ]);
    expect(within(table()).getAllByText('Cheapest')).toHaveLength(1);
    expect(within(rowOf('Cheaphost')).getByText('Cheapest')).toBeInTheDocument();
    expect(rowOf('Cheaphost').querySelector(':scope > td.cell-timesCheapest')).toHaveTextContent('1.00×');
    expect(rowOf('Moonshot').querySelector(':scope > td.cell-timesCheapest')).toHaveTextContent('1.59×');
  });

  it('keeps its figures while a slider is stepped or held, and shows the new costs once it settles', () => {
    vi.useFakeTimers();
    const slider = Object.assign(document.createElement('input'), { type: 'range' });
    document.body.append(slider);
    try {
      const { store } = renderTable();
      const before = [
        ['K2.6', 'Moonshot', '$3.90'],
        ['K2.5', 'Tiny', '$0.25'],
        ['K2.6', 'Cheaphost', '$2.45'],
      ];
      const doubled = [
        ['K2.6', 'Moonshot', '$7.80'],
        ['K2.5', 'Tiny', '$0.50'],
        ['K2.6', 'Cheaphost', '$4.90'],
      ];
      // Keys step the slider: the table waits until no key came for a moment.
      fireEvent.keyDown(slider, { key: 'ArrowRight' });
      act(() => store.getState().setShapeValue('requestsPerMonth', 2_000));
      act(() => vi.advanceTimersByTime(SETTLE_MS - 50));
      expect(shownRows()).toEqual(before);
      act(() => vi.advanceTimersByTime(50));
      expect(shownRows()).toEqual(doubled);

      // Held and moved: it waits for the release, however long the moves take (a second here).
      fireEvent.pointerDown(slider);
      fireEvent.pointerMove(slider);
      act(() => store.getState().setShapeValue('requestsPerMonth', 1_000));
      act(() => vi.advanceTimersByTime(1_000));
      expect(shownRows()).toEqual(doubled);
      act(() => {
        fireEvent.pointerUp(slider);
      });
      expect(shownRows()).toEqual(before);
    } finally {
      fireEvent.pointerUp(slider);
      slider.remove();
      vi.useRealTimers();
    }
  });

  it('sorts by a header: numbers descending on the second click, text ascending on the first', async () => {
    const { user, store } = renderTable();
    await user.click(within(header('Monthly cost')).getByRole('button'));
    expect(header('Monthly cost')).toHaveAttribute('aria-sort', 'descending');
    expect(shownRows().map((row) => row[2])).toEqual(['$3.90', '$2.45', '$0.25']);
    expect(store.getState().tableSort).toEqual({ columnId: 'monthlyCost', descending: true });

    await user.click(within(header('Provider')).getByRole('button'));
    expect(header('Provider')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('Monthly cost')).not.toHaveAttribute('aria-sort');
    expect(shownRows().map((row) => row[1])).toEqual(['Moonshot', 'Cheaphost', 'Tiny']);
  });

  it('filters by text, by model version, and shows the comparison group on demand', async () => {
    const { user } = renderTable();
    await user.type(screen.getByLabelText('Filter routes'), 'moon');
    expect(shownRows().map((row) => row[1])).toEqual(['Moonshot']);

    await user.clear(screen.getByLabelText('Filter routes'));
    await user.selectOptions(screen.getByLabelText('Model version'), 'k2.5');
    // Your route stays in sight, outside the filter and unranked.
    expect(shownRows().map((row) => row[1])).toEqual(['Moonshot', 'Tiny']);
    expect(screen.getByText(/none can hold this workload/)).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Model version'), 'all');
    await user.click(screen.getByLabelText('Include GPT, Claude and Gemini for comparison'));
    expect(shownRows().map((row) => row[1])).toContain('OpenAI');
  });

  it('says when nothing matches, and shows unknown values as "—" with a reason', async () => {
    const { user } = renderTable();
    const cheaphost = () => within(table()).getAllByText('Cheaphost')[0]?.closest('tr') as HTMLElement;
    expect(cheaphost().querySelector('.cell-cachedInputPrice')).toHaveTextContent('— billed at input price');
    // No route here has a speed measurement: the column waits under "Columns" until asked for.
    expect(within(table()).queryByRole('columnheader', { name: /Output tokens\/s/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Columns' }));
    await user.click(screen.getByRole('checkbox', { name: 'Output tokens/s' }));
    expect(cheaphost().querySelector('.cell-speed')).toHaveTextContent(
      '— (no measurement for this provider)',
    );

    await user.type(screen.getByLabelText('Filter routes'), 'nothing like this');
    expect(screen.getByText('No route matches these filters.')).toBeInTheDocument();
  });

  // Every route's monthly cost is requests × (2,000 × input + 500 × output price) / 1M.
  it.each([
    { requests: 2_000, moonshot: '$7.80', tiny: '$0.50', cheaphost: '$4.90' },
    { requests: 3_000, moonshot: '$11.70', tiny: '$0.75', cheaphost: '$7.35' },
    { requests: 1_000, moonshot: '$3.90', tiny: '$0.25', cheaphost: '$2.45' },
  ])(
    'follows each step of the requests to $requests a month in every row, and its buttons still answer',
    async ({ requests, moonshot, tiny, cheaphost }) => {
      const { user, store } = renderTable();
      for (const step of [1_500, requests]) {
        await act(async () => store.getState().setShapeValue('requestsPerMonth', step));
      }
      expect(shownRows()).toEqual([
        ['K2.6', 'Moonshot', moonshot],
        ['K2.5', 'Tiny', tiny],
        ['K2.6', 'Cheaphost', cheaphost],
      ]);
      await user.click(screen.getByRole('checkbox', { name: 'Pin K2.6 via Cheaphost' }));
      expect(screen.getByRole('checkbox', { name: 'Pin K2.6 via Cheaphost' })).toBeChecked();
    },
  );

  it('makes a row the active route and pins rows', async () => {
    const { user, store } = renderTable();
    await user.click(screen.getByRole('button', { name: 'Use K2.6 via Cheaphost' }));
    expect(activeRouteId(store.getState())).toBe('k2.6@cheaphost');
    expect(screen.getByRole('button', { name: 'Use K2.6 via Cheaphost' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await user.click(screen.getByRole('checkbox', { name: 'Pin K2.6 via Moonshot' }));
    expect(store.getState().pinnedRouteIds).toEqual(['k2.6@moonshot']);
  });
});

describe('ComparisonTable and the charts', () => {
  it('marks the routes the charts draw with their line: the cheapest fitting ones, or the pinned ones', async () => {
    const { user } = renderTable();
    const swatches = () =>
      within(table()).queryAllByRole('img', { name: 'Drawn with this line in the charts' });
    // Tiny does not fit, so only the two fitting routes are charted.
    expect(swatches()).toHaveLength(2);
    await user.click(screen.getByRole('checkbox', { name: 'Pin K2.6 via Moonshot' }));
    expect(swatches()).toHaveLength(1);
    expect(swatches()[0]?.closest('tr')).toHaveTextContent('Moonshot');
  });
});

describe('ComparisonTable with billing extras', () => {
  it('adds a "With fees and tax" column once a fee or tax is set, and only then', async () => {
    const { store } = renderTable();
    expect(within(table()).queryByRole('columnheader', { name: /With fees and tax/ })).toBeNull();
    const provider = ROUTES[0]?.providerName ?? '';
    act(() =>
      store.getState().setBillingExtras({
        ...store.getState().billingExtras,
        platformFeePercent: { [provider]: '10' },
      }),
    );
    expect(
      await within(table()).findByRole('columnheader', { name: /With fees and tax \(USD\)/ }),
    ).toBeVisible();
    const row = within(table())
      .getAllByRole('row')
      .find((candidate) => candidate.textContent?.includes(provider));
    const monthly = row?.querySelector('td.cell-monthlyCost')?.textContent ?? '';
    const withFee = row?.querySelector('td.cell-withExtras')?.textContent ?? '';
    // Moonshot: $3.90 at list prices, + 10 % platform fee = $4.29.
    expect([monthly, withFee]).toEqual(['$3.90', '$4.29']);
  });
});

describe('ComparisonTable and retired routes', () => {
  // The cheapest route of this sheet is retired: it is never listed, ranked or called cheapest unless asked for.
  const RETIRED = makeRoute({
    modelId: 'k2',
    providerName: 'Gonehost',
    prices: { input: '0.01', output: '0.01' },
    terms: { lifecycle: { status: 'retired', date: '2026-05-25', source: 'test', successor: null } },
  });
  const render = () =>
    renderWithStore(<ComparisonTable />, {
      initial: {
        routes: [...ROUTES, RETIRED],
        ...oneEndpoint({ routeId: ROUTES[0]?.id, workload: { requestsPerMonth: 1_000 } }),
      },
    });

  it('leaves retired routes out by default, and "Include retired routes" shows and ranks them, marked', async () => {
    const { user } = render();
    expect(shownRows().map(([model]) => model)).toEqual(['K2.6', 'K2.5', 'K2.6']);
    expect(
      screen.getByText(/^3 routes shown\. Cheapest that fits: K2.6 via Cheaphost\.$/),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Include retired routes' }));
    // 2M + 0.5M tokens at $0.01 per 1M: $0.025, shown $0.03.
    expect(shownRows()[1]).toEqual(['K2', 'Gonehost', '$0.03']);
    expect(screen.getByText(/^4 routes shown\. Cheapest that fits: K2 via Gonehost\.$/)).toBeInTheDocument();
    expect(within(table()).getByText('Retired 2026-05-25')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Include retired routes' }));
    expect(within(table()).queryByText('Gonehost')).not.toBeInTheDocument();
  });
});

describe('ComparisonTable ranking that does not guess', () => {
  // The cheapest route does not publish its max output: it is marked and ranked after the known fits,
  // and "Cheapest that fits" and "× cheapest" are the cheapest known fit's.
  const UNPUBLISHED = makeRoute({
    modelId: 'k2.6',
    providerName: 'Vaguehost',
    prices: { input: '0.1', output: '0.1' },
    maxOutput: null,
  });
  it('marks a route with an unpublished limit "may not fit (limit not published)" and never calls it the cheapest', () => {
    renderWithStore(<ComparisonTable />, {
      initial: {
        routes: [...ROUTES, UNPUBLISHED],
        ...oneEndpoint({ routeId: ROUTES[0]?.id, workload: { requestsPerMonth: 1_000 } }),
      },
    });
    expect(screen.getByText(/Cheapest that fits: K2.6 via Cheaphost\.$/)).toBeInTheDocument();
    const row = within(table()).getAllByText('Vaguehost')[0]?.closest('tr') as HTMLElement;
    expect(
      within(row).getByText('may not fit (limit not published): Max output not published.'),
    ).toBeInTheDocument();
    expect(within(row).queryByText('Cheapest')).not.toBeInTheDocument();
    // $0.25 ÷ $2.45 (Cheaphost, the cheapest known fit) = 0.102… → 0.10×.
    expect(row.querySelector(':scope > td.cell-timesCheapest')).toHaveTextContent('0.10×');
    expect(within(table()).getAllByText('Cheapest')).toHaveLength(1);
  });
});

describe('ComparisonTable columns', () => {
  it('"Columns" opens a list of checkboxes that show and hide columns, and Escape closes it', async () => {
    const { user, store } = renderTable();
    const button = screen.getByRole('button', { name: 'Columns' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(within(table()).queryByRole('columnheader', { name: /Blended 3:1/ })).toBeNull();

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const list = screen.getByRole('group', { name: 'Columns shown in the table' });
    expect(within(list).getByRole('checkbox', { name: 'Monthly cost' })).toBeChecked();
    expect(within(list).queryByRole('checkbox', { name: 'Model' })).toBeNull();
    await user.click(within(list).getByRole('checkbox', { name: 'Blended 3:1 $/1M' }));
    await user.click(within(list).getByRole('checkbox', { name: 'Context window' }));
    expect(within(table()).getByRole('columnheader', { name: /Blended 3:1/ })).toBeInTheDocument();
    expect(within(table()).queryByRole('columnheader', { name: /Context window/ })).toBeNull();
    expect(store.getState().columnChoices).toEqual({ blended: true, contextWindow: false });

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Columns shown in the table' })).toBeNull();
    expect(button).toHaveFocus();
  });
});

describe('ComparisonTable and your route', () => {
  // 60 hosts of one model, the dearest last, and your route the dearest of all: by cost it would be the
  // last row of page 2. It is shown first on every page, marked in words, whatever the sort.
  const HOSTS = Array.from({ length: 60 }, (_, index) =>
    makeRoute({
      modelId: 'k2.6',
      providerName: `Host ${String(index + 1).padStart(2, '0')}`,
      prices: { input: `0.${String(index + 10)}`, output: '1' },
    }),
  );
  const OWN = makeRoute({ modelId: 'k2.6', providerName: 'Zed Own', prices: { input: '5', output: '5' } });
  const OTHER_MODEL = makeRoute({ modelId: 'k2.5', providerName: 'Host Other', prices: { input: '0.01' } });
  const render = () =>
    renderWithStore(<ComparisonTable />, {
      initial: {
        routes: [...HOSTS, OWN, OTHER_MODEL],
        ...oneEndpoint({ routeId: OWN.id, workload: { requestsPerMonth: 1_000 } }),
      },
    });
  const firstRow = () => table().querySelector(':scope > tbody > tr') as HTMLElement;

  it('keeps your route first on every page and under any sort, marked "Your route"', async () => {
    const { user } = render();
    expect(within(firstRow()).getByText('Your route')).toBeInTheDocument();
    expect(shownRows()[0]?.[1]).toBe('Zed Own');
    // 62 routes, 50 a page: yours above the 50 cheapest on page 1, and above the other 11 on page 2.
    expect(shownRows()).toHaveLength(51);
    expect(within(table()).getAllByText('Your route')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(shownRows()[0]?.[1]).toBe('Zed Own');
    expect(shownRows()).toHaveLength(12);
    expect(shownRows().map((row) => row[1])).toContain('Host Other');

    await user.click(within(header('Provider')).getByRole('button'));
    expect(shownRows()[0]?.[1]).toBe('Zed Own');
    expect(shownRows()[1]?.[1]).toBe('Host 01');
  });

  it('"Same model" shows only the routes of your route\'s model, and your route stays in sight outside any filter', async () => {
    const { user, store } = render();
    expect(screen.getByText(/^62 routes shown/)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Same model' }));
    expect(store.getState().routeFilter.sameModel).toBe(true);
    // The K2.5 host is gone: 61 routes of K2.6, yours with them.
    expect(screen.getByText(/^61 routes shown/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(shownRows().map((row) => row[1])).not.toContain('Host Other');

    await user.type(screen.getByLabelText('Filter routes'), 'Host 07');
    expect(shownRows().map((row) => row[1])).toEqual(['Zed Own', 'Host 07']);
    expect(
      within(firstRow()).getByText('Your route (outside these filters, not ranked)'),
    ).toBeInTheDocument();
    expect(within(firstRow()).queryByText('Cheapest')).not.toBeInTheDocument();
    expect(screen.getByText(/^1 route shown\. Cheapest that fits: K2.6 via Host 07\.$/)).toBeInTheDocument();
  });
});
