import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CalculatorApp } from '../../app/calculator-app';
import type { Workload } from '../../domain/workload/workload';
import { CalculatorPanels } from '../../testing/calculator-panels';
import { oneEndpoint } from '../../testing/endpoint-builders';
import { allFigures, billRegion, combobox, figure, numberField } from '../../testing/queries';
import { renderWithStore } from '../../testing/render-with-store';
import { FIXTURE_SHEET, makeRoute } from '../../testing/route-fixtures';
import { RoutePanel } from './route-panel';

const INPUT_PRICE = 'Input price per 1M tokens';
const CACHED_PRICE = 'Cached input price per 1M tokens';
const OUTPUT_PRICE = 'Output price per 1M tokens';
const NONE_NOTE =
  'No cached-input price published for this route: cache hits are billed at the full input price.';
const BILL_NOTE =
  'This route publishes no cached-input price, so cache hits are billed at the full input price.';

/** The panels on the small fixture sheet renderWithStore uses (route-fixtures.ts FIXTURE_SHEET). */
function renderApp(workload: Partial<Workload> = {}, routeId?: string) {
  return renderWithStore(<CalculatorPanels />, { initial: oneEndpoint({ workload, routeId }) });
}

const renderPanel = () => renderWithStore(<RoutePanel />);

function selectedText(select: HTMLSelectElement): string {
  return select.selectedOptions[0]?.textContent ?? '';
}

describe('RoutePanel', () => {
  it('opens on Kimi K2.6 via Moonshot AI with its published prices and limits', () => {
    renderPanel();
    expect(selectedText(combobox('Model'))).toBe('Kimi K2.6');
    expect(selectedText(combobox('Provider'))).toBe('Moonshot AI');
    expect(numberField(INPUT_PRICE)).toHaveValue('0.95');
    expect(numberField(CACHED_PRICE)).toHaveValue('0.16');
    expect(numberField(OUTPUT_PRICE)).toHaveValue('4.00');
    expect(screen.getByText('Context window').nextElementSibling).toHaveTextContent('262,144 tokens');
    expect(screen.getByText('Max output').nextElementSibling).toHaveTextContent('262,144 tokens');
    expect(screen.queryByText('custom')).not.toBeInTheDocument();
  });

  it('lists Kimi models apart from the comparison models', () => {
    renderPanel();
    const kimi = screen.getByRole('group', { name: 'Kimi' });
    const comparison = screen.getByRole('group', { name: 'Comparison models (not Kimi)' });
    expect(
      within(kimi)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Kimi K2.6', 'Kimi K2.5']);
    expect(
      within(comparison)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['GPT Test']);
  });

  it('lists only the providers that sell the chosen model, variants named after the provider', () => {
    renderPanel();
    const providers = within(combobox('Provider'))
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(providers).toEqual(['Host Alpha', 'Host Alpha · fast', 'Host Beta', 'Host Gamma', 'Moonshot AI']);
  });

  describe('switching', () => {
    it('a provider shows its prices and reprices the bill', async () => {
      const { user } = renderApp({ requestsPerMonth: 1000 });
      await user.selectOptions(combobox('Provider'), 'Host Alpha');
      expect(numberField(INPUT_PRICE)).toHaveValue('0.60');
      expect(numberField(OUTPUT_PRICE)).toHaveValue('3.41');
      expect(screen.getByText('Kimi K2.6 via Host Alpha')).toBeInTheDocument();
      // 2M × $0.60 = $1.20; 0.5M × $3.41 = $1.705: $2.905, shown $2.91.
      expect(figure('Monthly cost')).toBe('$2.91');
    });

    it('the model keeps the provider when it sells the new model', async () => {
      const { user } = renderApp();
      await user.selectOptions(combobox('Provider'), 'Host Alpha');
      await user.selectOptions(combobox('Model'), 'Kimi K2.5');
      expect(selectedText(combobox('Provider'))).toBe('Host Alpha');
      expect(screen.getByText('Kimi K2.5 via Host Alpha')).toBeInTheDocument();
    });

    it('the model falls back to Moonshot AI when the provider does not sell it', async () => {
      const { user } = renderApp();
      await user.selectOptions(combobox('Provider'), 'Host Beta');
      await user.selectOptions(combobox('Model'), 'Kimi K2.5');
      expect(selectedText(combobox('Provider'))).toBe('Moonshot AI');
      expect(numberField(INPUT_PRICE)).toHaveValue('0.60');
    });
  });

  // The whole app also renders the comparison table, which is slow in jsdom: one test, few events.
  it('works the same inside the whole app: a custom price reprices the bill', {
    timeout: 30_000,
  }, async () => {
    const { user } = renderWithStore(<CalculatorApp />);
    await user.clear(numberField(INPUT_PRICE));
    await user.paste('1.2');
    expect(screen.getByText('custom')).toBeInTheDocument();
    expect(figure('Monthly cost', billRegion())).toBe('$44.00');
  });

  describe('editing a price', () => {
    it('marks it custom, reprices the bill, and the reset button restores the published price', async () => {
      const { user } = renderApp();
      const field = numberField(INPUT_PRICE);
      await user.clear(field);
      await user.paste('1.2');
      await user.tab();

      expect(field).toHaveValue('1.20');
      expect(screen.getByText('custom')).toBeInTheDocument();
      // 20M × $1.20 = $24.00; 5M × $4 = $20.00.
      expect(figure('Input cost')).toBe('$24.00');
      expect(figure('Monthly cost')).toBe('$44.00');

      await user.click(screen.getByRole('button', { name: 'Reset input price' }));
      expect(numberField(INPUT_PRICE)).toHaveValue('0.95');
      expect(screen.queryByText('custom')).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /^Reset/ })).not.toBeInTheDocument();
      expect(figure('Monthly cost')).toBe('$39.00');
    });

    it('keeps the custom price with its route: other providers show their own prices', async () => {
      const { user } = renderApp();
      await user.clear(numberField(OUTPUT_PRICE));
      await user.paste('5');
      await user.tab();
      expect(numberField(OUTPUT_PRICE)).toHaveValue('5.00');

      await user.selectOptions(combobox('Provider'), 'Host Beta');
      expect(numberField(OUTPUT_PRICE)).toHaveValue('4.00');
      expect(screen.queryByText('custom')).not.toBeInTheDocument();

      await user.selectOptions(combobox('Provider'), 'Moonshot AI');
      expect(numberField(OUTPUT_PRICE)).toHaveValue('5.00');
      expect(screen.getByRole('button', { name: 'Reset output price' })).toBeInTheDocument();
    });

    it('refuses bad text with a message, keeps the figures, and Escape restores the price', async () => {
      const { user } = renderApp();
      const before = allFigures();
      const field = numberField(OUTPUT_PRICE);
      await user.clear(field);
      await user.type(field, 'cheap');

      expect(screen.getByRole('alert')).toHaveTextContent('“cheap” is not a number.');
      expect(field).toBeInvalid();
      expect(allFigures()).toEqual(before);

      await user.keyboard('{Escape}');
      expect(field).toHaveValue('4.00');
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      expect(screen.queryByText('custom')).not.toBeInTheDocument();
    });

    it.each([
      ['1.2345678', 'Use at most 6 decimal places.'],
      ['20000', 'Must be at most 10,000.'],
      ['-1', 'Must be 0 or more.'],
    ])('refuses %j: %s', async (text, message) => {
      const { user } = renderApp();
      await user.clear(numberField(INPUT_PRICE));
      await user.paste(text);
      expect(screen.getByRole('alert')).toHaveTextContent(message);
      expect(figure('Monthly cost')).toBe('$39.00');
    });

    it('accepts a pasted price with a dollar sign and up to 6 decimals', async () => {
      const { user } = renderApp();
      await user.clear(numberField(INPUT_PRICE));
      await user.paste('$0.547212');
      await user.tab();
      expect(numberField(INPUT_PRICE)).toHaveValue('0.547212');
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    });

    it('does not let the input price be emptied', async () => {
      const { user } = renderApp();
      await user.clear(numberField(INPUT_PRICE));
      expect(screen.getByRole('alert')).toHaveTextContent('Enter a number.');
      expect(figure('Monthly cost')).toBe('$39.00');
    });

    it('reads a decimal comma in a German browser: "1,25" is $1.25, and says how it read it', async () => {
      const language = vi.spyOn(navigator, 'language', 'get').mockReturnValue('de-DE');
      const { user, store } = renderApp();
      const field = numberField(INPUT_PRICE);
      await user.clear(field);
      await user.type(field, '1,25');
      expect(store.getState().priceOverrides).toEqual({ 'kimi-k2.6@moonshot-ai': { input: '1.25' } });
      // 20M input tokens × $1.25 = $25.00; with $20.00 of output, $45.00.
      expect(figure('Input cost')).toBe('$25.00');
      expect(figure('Monthly cost')).toBe('$45.00');
      expect(field).toHaveAccessibleDescription('Read as 1.25');
      await user.tab();
      expect(field).toHaveValue('1.25');
      language.mockRestore();
    });

    it('lets a user type a price key by key: "1.2" gives $1.20', async () => {
      const { user, store } = renderApp();
      await user.clear(numberField(INPUT_PRICE));
      await user.type(numberField(INPUT_PRICE), '1.2');
      expect(numberField(INPUT_PRICE)).toHaveValue('1.2');
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      expect(store.getState().priceOverrides).toEqual({ 'kimi-k2.6@moonshot-ai': { input: '1.2' } });
      expect(figure('Input cost')).toBe('$24.00');
    });
  });

  describe('the cached-input price', () => {
    it('may be emptied: cache hits are then billed at the full input price, and the bill says so', async () => {
      const { user } = renderApp({ cacheHitRatePercent: 25 });
      expect(figure('Cached input cost')).toBe('$0.80');
      await user.clear(numberField(CACHED_PRICE));

      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      expect(screen.getByText('custom')).toBeInTheDocument();
      expect(numberField(CACHED_PRICE)).toHaveAccessibleDescription(NONE_NOTE);
      expect(figure('Cached input cost')).toBe('$4.75');
      expect(screen.getByText(BILL_NOTE, { exact: false })).toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: 'Reset cached input price' }));
      expect(numberField(CACHED_PRICE)).toHaveValue('0.16');
      expect(screen.queryByText(BILL_NOTE, { exact: false })).not.toBeInTheDocument();
    });

    it('is 0 when the route gives cache hits away: free, not missing', () => {
      renderApp({ cacheHitRatePercent: 50 }, 'kimi-k2.6@host-beta');
      expect(numberField(CACHED_PRICE)).toHaveValue('0.00');
      expect(figure('Cached input cost')).toBe('$0.00');
      expect(screen.queryByText(BILL_NOTE, { exact: false })).not.toBeInTheDocument();
    });

    describe('on a route that publishes none (Kimi K2.6 via Host Gamma)', () => {
      it('shows an empty field and explains what that means', () => {
        renderApp({}, 'kimi-k2.6@host-gamma');
        expect(numberField(CACHED_PRICE)).toHaveValue('');
        expect(numberField(CACHED_PRICE)).toHaveAttribute('placeholder', 'none');
        expect(numberField(CACHED_PRICE)).toHaveAccessibleDescription(NONE_NOTE);
      });

      it('notes in the bill that cache hits are billed at the full input price once the cache hit rate is above 0', async () => {
        const { user } = renderApp({}, 'kimi-k2.6@host-gamma');
        expect(screen.queryByText(BILL_NOTE, { exact: false })).not.toBeInTheDocument();

        await user.click(numberField('Cache hit rate'));
        await user.keyboard('{ArrowUp}');
        expect(screen.getByText(BILL_NOTE, { exact: false })).toBeInTheDocument();
      });

      it('drops the note once the user gives the route a cached price', async () => {
        const { user } = renderApp({ cacheHitRatePercent: 25 }, 'kimi-k2.6@host-gamma');
        await user.click(numberField(CACHED_PRICE));
        await user.paste('0.1');
        expect(screen.queryByText(BILL_NOTE, { exact: false })).not.toBeInTheDocument();
        expect(numberField(CACHED_PRICE)).not.toHaveAccessibleDescription(NONE_NOTE);
        // 15M × $0.95 = $14.25; 5M × $0.10 = $0.50; 5M × $4 = $20.00.
        expect(figure('Monthly cost')).toBe('$34.75');
      });
    });
  });
});

describe('price fields and the keyboard', () => {
  it('step a price by a cent with the arrow keys, and by ten cents with Shift', async () => {
    const { user } = renderApp({ requestsPerMonth: 1_000 });
    const output = numberField('Output price per 1M tokens');
    await user.click(output);
    await user.keyboard('{ArrowUp}');
    expect(output).toHaveValue('4.01');
    await user.keyboard('{Shift>}{ArrowDown}{/Shift}');
    expect(output).toHaveValue('3.91');
    // 500,000 output tokens at $3.91 = $1.955 → $1.96 (half up), + $1.90 input.
    expect(figure('Monthly cost')).toBe('$3.86');
  });
});

describe('RoutePanel on a retired route', () => {
  const RETIRED = makeRoute({
    modelId: 'kimi-k2-0905',
    modelName: 'Kimi K2 (0905)',
    family: 'K2',
    providerName: 'Moonshot AI',
    prices: { input: '0.6', cachedInput: '0.15', output: '2.5' },
    terms: {
      lifecycle: {
        status: 'retired',
        date: '2026-05-25',
        source: 'test',
        successor: { modelId: 'kimi-k2.6', modelName: 'Kimi K2.6', routeId: 'kimi-k2.6@moonshot-ai' },
      },
    },
  });
  const render = (routes = [...FIXTURE_SHEET, RETIRED]) =>
    renderWithStore(<CalculatorPanels />, {
      initial: {
        sheetRoutes: routes,
        ...oneEndpoint({ routeId: RETIRED.id, workload: { requestsPerMonth: 1000 } }),
      },
    });
  const notice = () => screen.getByRole('region', { name: 'Retired route' });

  it('opens with its own prices, says it is retired, and switches to the successor in one click', async () => {
    const { user } = render();
    expect(notice()).toHaveTextContent(
      'Kimi K2 (0905) via Moonshot AI was retired on 2026-05-25: it is no longer served.',
    );
    // 2M × $0.60 + 0.5M × $2.50 = $2.45 at the retired route's prices.
    expect(numberField(INPUT_PRICE)).toHaveValue('0.60');
    expect(figure('Monthly cost')).toBe('$2.45');

    await user.click(within(notice()).getByRole('button', { name: 'Switch to Kimi K2.6 via Moonshot AI' }));
    expect(selectedText(combobox('Model'))).toBe('Kimi K2.6');
    expect(selectedText(combobox('Provider'))).toBe('Moonshot AI');
    // 2M × $0.95 + 0.5M × $4 = $3.90.
    expect(figure('Monthly cost')).toBe('$3.90');
    expect(screen.queryByRole('region', { name: 'Retired route' })).not.toBeInTheDocument();
  });

  it('says so when the sheet sells no successor, and offers no switch', () => {
    render([...FIXTURE_SHEET.filter((route) => route.modelId !== 'kimi-k2.6'), RETIRED]);
    expect(notice()).toHaveTextContent('The rate sheet sells no successor for it.');
    expect(within(notice()).queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows no notice on a route that is not retired', () => {
    renderApp();
    expect(selectedText(combobox('Provider'))).toBe('Moonshot AI');
    expect(screen.queryByRole('region', { name: 'Retired route' })).not.toBeInTheDocument();
  });
});

describe('RoutePanel: the route’s other terms', () => {
  // Rule: cache-write prices, tiers, the batch rule and tool fees are listed with their sources; a route
  // with none shows no table.
  it('lists a write price and a disagreeing tool fee with their sources, and nothing for a plain route', () => {
    const source = { label: 'vendor page', url: null, date: '2026-10-25', dateMeaning: 'test' };
    const route = makeRoute({
      modelId: 'kimi-k3.1-pro',
      providerName: 'Moonshot AI',
      terms: {
        cacheWrites: [{ price: '4', lifetimeMinutes: 60, source, basis: 'x' }],
        toolFees: [
          { tool: '$web_search', usdPerCall: '0.005', source: 'tools page' },
          { tool: '$web_search', usdPerCall: '0.004', source: 'help centre' },
        ],
      },
    });
    const plain = makeRoute({ modelId: 'kimi-k2.6', providerName: 'Plain Host' });
    const { unmount } = renderWithStore(<RoutePanel />, {
      initial: { routes: [route, plain], ...oneEndpoint({ routeId: route.id }) },
    });
    const terms = screen.getByRole('region', { name: 'Other prices and rules of this route' });
    const items = within(terms)
      .getAllByRole('definition')
      .map((item) => item.textContent);
    expect(
      within(terms)
        .getAllByRole('term')
        .map((item) => item.textContent),
    ).toEqual(['Cache write, 1-hour', '$web_search (sources disagree)', '$web_search (sources disagree)']);
    expect(items).toEqual([
      '$4.00 per 1M tokens — vendor page, 2026-10-25',
      '$0.005 per call — tools page',
      '$0.004 per call — help centre',
    ]);
    unmount();
    renderWithStore(<RoutePanel />, {
      initial: { routes: [route, plain], ...oneEndpoint({ routeId: plain.id }) },
    });
    expect(
      screen.queryByRole('region', { name: 'Other prices and rules of this route' }),
    ).not.toBeInTheDocument();
  });
});

describe('RoutePanel: the sources of its prices', () => {
  const SOURCE = (label: string, date: string) => ({ label, url: null, date, dateMeaning: 'checked' });
  /** K2.6 on Moonshot AI as the sheet has it, with a twin figure and a differing output price. */
  const K26 = {
    ...makeRoute({
      modelId: 'kimi-k2.6',
      modelName: 'Kimi K2.6',
      providerName: 'Moonshot AI',
      prices: { input: '0.95', cachedInput: '0.16', output: '4' },
    }),
    source: SOURCE('genai-prices (git)', '2026-05-22'),
    notes: 'maxOutput filled from litellm',
    references: [
      {
        prices: { input: '0.95', cachedInput: '0.16', output: '4.00' },
        source: SOURCE('litellm', '2026-06-21'),
        note: '',
      },
      {
        prices: { input: '0.95', cachedInput: '0.16', output: '4.5' },
        source: SOURCE('models.dev', '2026-07-02'),
        note: '',
      },
    ],
    disagrees: true,
  };
  const renderK26 = () =>
    renderWithStore(<RoutePanel />, { initial: { sheetRoutes: [K26, ...FIXTURE_SHEET.slice(1)] } });
  const pricesFrom = () => {
    const term = screen.getByText('Prices from', { selector: 'dt' });
    return term.nextElementSibling as HTMLElement;
  };

  it('names sources and fields in words, and says which price the sources disagree on', () => {
    renderK26();
    expect(pricesFrom()).toHaveTextContent('Pydantic genai-prices, 2026-05-22');
    expect(screen.getByText('Max output taken from LiteLLM')).toBeInTheDocument();
    expect(screen.getByText('Sources disagree on the output price: 2 other figures')).toBeInTheDocument();
    expect(screen.queryByText(/genai-prices \(git\)|maxOutput|litellm/)).not.toBeInTheDocument();
  });

  it('offers "Use this figure", and then names the source chosen even when it repeats the sheet', async () => {
    const { user } = renderK26();
    await user.click(screen.getByText(/^Sources disagree/));
    await user.click(
      screen.getByRole('button', {
        name: 'Use this figure from LiteLLM’s price list (2026-06-21): $0.95 input, $4.00 output, for Kimi K2.6 via Moonshot AI',
      }),
    );
    expect(pricesFrom()).toHaveTextContent('LiteLLM’s price list, 2026-06-21');
    await user.click(screen.getByRole('button', { name: /^Use this figure from models\.dev/ }));
    expect(pricesFrom()).toHaveTextContent('models.dev, 2026-07-02');
    expect(numberField(OUTPUT_PRICE)).toHaveValue('4.50');
  });
});
