import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { PriceOverrides } from '../../domain/rates/prices';
import { aRoute } from '../../testing/builders';
import { RatesView, type RatesViewProps } from './rates-view';

const TODAY = '2026-07-24';
const source = (date: string, url: string | null = 'https://example.com/prices') => ({
  label: `Pricing page ${date}`,
  url,
  date,
  dateMeaning: 'checked',
});

const MOONSHOT = aRoute(
  'moonshot',
  { input: '0.95', cachedInput: '0.16', output: '4' },
  {
    providerName: 'Moonshot AI',
    maxOutput: 16_384,
    source: source('2026-07-01'),
    references: [
      {
        prices: { input: '0.55', cachedInput: null, output: '2.65' },
        source: source('2026'),
        note: 'An article',
      },
    ],
    disagrees: true,
  },
);
const OLD = aRoute('old-host', { input: '2' }, { providerName: 'Old Host', source: source('2026-04-01') });
const MINE = aRoute(
  'custom-kimi@mine',
  { input: '0.5' },
  {
    providerName: 'Mine',
    source: { label: 'Added by you', url: null, date: '2026-07-30', dateMeaning: 'x' },
  },
);

function renderView(props: Partial<RatesViewProps> = {}) {
  const handlers = {
    onChooseReference: vi.fn(),
    onEditCustomRoute: vi.fn(),
    onDeleteCustomRoute: vi.fn(),
  };
  const user = userEvent.setup();
  render(
    <RatesView
      routes={[MOONSHOT, OLD, MINE]}
      priceOverrides={{}}
      today={TODAY}
      customRouteIds={new Set([MINE.id])}
      {...handlers}
      {...props}
    />,
  );
  return { user, ...handlers };
}

const table = () => screen.getByRole('table', { name: 'Route prices' });
/** The route rows of the prices table (not the rows of a nested sources table). */
const rows = () => [...table().querySelectorAll(':scope > tbody > tr')] as HTMLElement[];
const rowOf = (provider: string) => {
  const row = rows().find((candidate) => within(candidate).queryByText(provider, { exact: true }));
  if (!row) throw new Error(`no row for ${provider}`);
  return row;
};
/** The row's own "Checked" cell. */
const checked = (row: HTMLElement) => within(row.querySelector(':scope > td.rates__checked') as HTMLElement);
const cells = (row: HTMLElement) =>
  [...row.querySelectorAll(':scope > th, :scope > td')].map((cell) => cell.textContent);

describe('RatesView lifecycle', () => {
  const k26 = { modelId: 'kimi-k2.6', modelName: 'Kimi K2.6', routeId: 'kimi-k2.6@moonshot-ai' };
  const RETIRED = aRoute(
    'kimi-k2-0905@moonshot-ai',
    {},
    {
      modelName: 'Kimi K2 (0905)',
      providerName: 'Retired Host',
      lifecycle: { status: 'retired', date: '2026-05-25', source: 'test', successor: k26 },
    },
  );
  const CLOSING = aRoute(
    'gpt-5@openai',
    {},
    {
      modelName: 'GPT-5',
      providerName: 'Closing Host',
      lifecycle: {
        status: 'deprecated',
        date: '2026-12-11',
        source: 'test',
        successor: { modelId: 'gpt-6.1-sol', modelName: 'GPT-6.1 Sol', routeId: null },
      },
    },
  );

  it('says when a route was retired and its successor, and when a deprecated one shuts down', () => {
    renderView({ routes: [MOONSHOT, RETIRED, CLOSING], today: '2026-12-01' });
    expect(cells(rowOf('Retired Host'))[0]).toBe('Kimi K2 (0905)Retired on 2026-05-25 — successor Kimi K2.6');
    expect(
      within(rowOf('Closing Host')).getByText('Shuts down on 2026-12-11 — successor GPT-6.1 Sol'),
    ).toBeInTheDocument();
    expect(cells(rowOf('Moonshot AI'))[0]).toBe('Kimi K2.6');
  });
});

describe('RatesView', () => {
  it('lists every route with its prices per 1M, limits, source and date checked', () => {
    renderView();
    expect(screen.getByRole('region', { name: 'Rates' })).toBeInTheDocument();
    expect(rows()).toHaveLength(3);
    const [model, provider, input, cached, output, context, maxOutput] = cells(rowOf('Moonshot AI'));
    expect([model, provider, input, cached, output, context, maxOutput]).toEqual([
      'Kimi K2.6',
      'Moonshot AI',
      '$0.95',
      '$0.16',
      '$4.00',
      '262,144',
      '16,384',
    ]);
    expect(cells(rowOf('Old Host')).slice(3, 7)).toEqual(['none', '$4.00', '262,144', '—']);
    const [link] = within(rowOf('Moonshot AI')).getAllByRole('link', { name: 'Pricing page 2026-07-01' });
    expect(link).toHaveAttribute('href', 'https://example.com/prices');
    expect(checked(rowOf('Moonshot AI')).getByText('2026-07-01')).toHaveAttribute('datetime', '2026-07-01');
  });

  it('marks prices checked more than 90 days before today as possibly stale, with the age in words', () => {
    renderView();
    expect(checked(rowOf('Old Host')).getByText('Possibly stale')).toBeInTheDocument();
    expect(checked(rowOf('Old Host')).getByText('114 days old')).toBeInTheDocument();
    expect(checked(rowOf('Moonshot AI')).queryByText('Possibly stale')).not.toBeInTheDocument();
    expect(screen.getByText(/more than 90 days before today \(2026-07-24\)/)).toBeInTheDocument();
  });

  // Rule: the marks follow today: the same prices grow stale as the days pass.
  it.each([
    ['2026-04-15', []],
    ['2026-07-24', ['Old Host']],
    ['2026-12-01', ['Moonshot AI', 'Old Host', 'Mine']],
  ])('on %s the stale prices are %j', (today, stale) => {
    renderView({ today });
    const marked = rows().filter((row) => checked(row).queryByText('Possibly stale'));
    expect(marked.map((row) => row.querySelector('.rates__provider')?.textContent)).toEqual(stale);
  });

  it('never turns a source into a link unless it is http(s), and shows names as text', () => {
    const hostile = aRoute(
      'evil',
      {},
      {
        modelName: '<img src=x onerror=alert(1)>',
        providerName: 'Evil',
        notes: '<b>bold</b>',
        source: { ...source('2026-07-01'), url: 'javascript:alert(1)', label: 'Click me' },
      },
    );
    renderView({ routes: [hostile] });
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByText('Click me')).toBeInTheDocument();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(screen.getByText('<b>bold</b>')).toBeInTheDocument();
    expect(document.querySelector('img, b')).toBeNull();
  });

  it('finds routes by model, provider or id as the user types', async () => {
    const { user } = renderView();
    await user.type(screen.getByRole('searchbox', { name: 'Find a route' }), 'old');
    expect(rows()).toHaveLength(1);
    expect(screen.getByText('Showing 1 route.')).toBeInTheDocument();
    await user.clear(screen.getByRole('searchbox', { name: 'Find a route' }));
    await user.type(screen.getByRole('searchbox', { name: 'Find a route' }), 'nothing like this');
    expect(rows()).toHaveLength(0);
    expect(screen.getByText('No route matches this search.')).toBeInTheDocument();
  });

  it('shows 5,000 routes 50 to a page', async () => {
    const many = Array.from({ length: 5_000 }, (_, index) =>
      aRoute(`host-${index}`, {}, { providerName: `Host ${index}` }),
    );
    const { user } = renderView({ routes: many });
    expect(rows()).toHaveLength(50);
    expect(screen.getByText('Showing 1–50 of 5,000 routes.')).toBeInTheDocument();
    expect(screen.getByText('Rates: 1 of 100 pages')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous rates page' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Next rates page' }));
    expect(screen.getByText('Rates: 2 of 100 pages')).toBeInTheDocument();
    expect(within(rows()[0] as HTMLElement).getByText('Host 50')).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Find a route' }), 'host 4999');
    expect(rows()).toHaveLength(1);
    expect(screen.queryByText(/^Page /)).not.toBeInTheDocument();
  });

  describe('sources', () => {
    it('shows every figure side by side, the one in use marked, and puts another in use', async () => {
      const { user, onChooseReference } = renderView();
      const row = rowOf('Moonshot AI');
      expect(within(rowOf('Old Host')).queryByText(/^Sources/)).not.toBeInTheDocument();
      await user.click(within(row).getByText('Sources (2)'));
      // The sources open in a row of their own under the route's, the table's full width.
      const sources = screen.getByRole('table', {
        name: 'Published prices for Kimi K2.6 via Moonshot AI',
      });
      const [sheet, article] = [...sources.querySelectorAll('tbody > tr')] as HTMLElement[];
      expect(within(sheet as HTMLElement).getByText('In use')).toBeInTheDocument();
      expect(within(article as HTMLElement).getByText('An article')).toBeInTheDocument();
      expect(within(article as HTMLElement).getByText('Possibly stale')).toBeInTheDocument();

      await user.click(
        within(sources).getByRole('button', {
          name: 'Use this figure from Pricing page 2026 (2026): $0.55 input, $2.65 output, for Kimi K2.6 via Moonshot AI',
        }),
      );
      expect(onChooseReference).toHaveBeenCalledWith('moonshot', 'reference-0');
    });

    it('shows the prices in force: a chosen reference, or prices the user typed', () => {
      const overrides: Record<string, PriceOverrides> = {
        moonshot: { input: '0.55', cachedInput: null, output: '2.65' },
        'old-host': { input: '3' },
      };
      renderView({ priceOverrides: overrides });
      expect(cells(rowOf('Moonshot AI')).slice(2, 5)).toEqual(['$0.55', 'none', '$2.65']);
      expect(within(rowOf('Moonshot AI')).getAllByText('Pricing page 2026')[0]).toBeInTheDocument();
      expect(cells(rowOf('Old Host'))[2]).toBe('$3.00');
      expect(within(rowOf('Old Host')).getByText('Your prices')).toBeInTheDocument();
    });
  });

  describe('custom routes', () => {
    it('can be edited', async () => {
      const { user, onEditCustomRoute } = renderView();
      expect(within(rowOf('Moonshot AI')).queryByRole('button', { name: /^Edit/ })).not.toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Edit Kimi K2.6 via Mine' }));
      expect(onEditCustomRoute).toHaveBeenCalledWith(MINE);
    });

    it('are deleted after a second confirmation, which can be declined', async () => {
      const { user, onDeleteCustomRoute } = renderView();
      await user.click(screen.getByRole('button', { name: 'Delete Kimi K2.6 via Mine' }));
      expect(screen.getByRole('button', { name: 'Keep Kimi K2.6 via Mine' })).toHaveFocus();
      await user.keyboard('{Enter}');
      expect(screen.getByRole('button', { name: 'Delete Kimi K2.6 via Mine' })).toHaveFocus();
      expect(onDeleteCustomRoute).not.toHaveBeenCalled();

      await user.keyboard('{Enter}');
      await user.click(screen.getByRole('button', { name: 'Yes, delete Kimi K2.6 via Mine' }));
      expect(onDeleteCustomRoute).toHaveBeenCalledWith('custom-kimi@mine');
    });
  });
});
