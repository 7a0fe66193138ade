import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Workload } from '../../domain/workload/workload';
import { oneEndpoint } from '../../testing/endpoint-builders';
import { figure } from '../../testing/queries';
import { renderWithStore } from '../../testing/render-with-store';
import { FIXTURE_SHEET, makeRoute } from '../../testing/route-fixtures';
import { BreakdownPanel } from './breakdown-panel';

const NO_CACHED_PRICE_NOTE =
  'This route publishes no cached-input price, so cache hits are billed at the full input price.';

/** The bill on the fixture sheet (route-fixtures.ts), on Kimi K2.6 via Moonshot AI unless told. */
function renderPanel(workload: Partial<Workload> = {}, routeId?: string) {
  return renderWithStore(<BreakdownPanel />, { initial: oneEndpoint({ workload, routeId }) });
}

function dollars(text: string): number {
  return Number(text.replace(/[$,]/g, ''));
}

describe('BreakdownPanel', () => {
  it('shows the seed example: 1,000 requests × 2,000 in × 500 out on Kimi K2.6 via Moonshot AI cost $3.90', () => {
    renderPanel({ requestsPerMonth: 1000 });
    expect(screen.getByText('Kimi K2.6 via Moonshot AI')).toBeInTheDocument();
    expect(figure('Input cost')).toBe('$1.90');
    expect(figure('Cached input cost')).toBe('$0.00');
    expect(figure('Output cost')).toBe('$2.00');
    expect(figure('Monthly cost')).toBe('$3.90');
    expect(figure('Yearly cost')).toBe('$46.80');
    expect(figure('Cost per request')).toBe('$0.00390');
  });

  it('names the biggest part of the bill: output is 51% of the default workload', () => {
    renderPanel();
    expect(figure('Monthly cost')).toBe('$39.00');
    expect(screen.getByText('Output is 51% of this bill.')).toBeInTheDocument();
  });

  it('says when input dominates instead', () => {
    renderPanel({ outputTokensPerRequest: 100 });
    // 20M input × $0.95 = $19.00; 1M output × $4 = $4.00; 19 / 23 = 82.6 %.
    expect(screen.getByText('Input is 83% of this bill.')).toBeInTheDocument();
  });

  it('bills cache hits at the cached-input price', () => {
    renderPanel({ cacheHitRatePercent: 25 });
    // 15M × $0.95 = $14.25; 5M × $0.16 = $0.80; 5M × $4 = $20.00.
    expect(figure('Input cost')).toBe('$14.25');
    expect(figure('Cached input cost')).toBe('$0.80');
    expect(figure('Monthly cost')).toBe('$35.05');
    expect(screen.queryByText(NO_CACHED_PRICE_NOTE, { exact: false })).not.toBeInTheDocument();
  });

  describe('on a route that publishes no cached-input price (Kimi K2.6 via Host Gamma)', () => {
    it('says nothing about cache hits while the cache hit rate is 0', () => {
      renderPanel({ cacheHitRatePercent: 0 }, 'kimi-k2.6@host-gamma');
      expect(screen.queryByText(NO_CACHED_PRICE_NOTE, { exact: false })).not.toBeInTheDocument();
    });

    it('notes that cache hits are billed at the full input price once the cache hit rate is above 0', () => {
      renderPanel({ cacheHitRatePercent: 25 }, 'kimi-k2.6@host-gamma');
      expect(screen.getByText(NO_CACHED_PRICE_NOTE, { exact: false })).toBeInTheDocument();
      expect(figure('Cached input cost')).toBe('$4.75');
      expect(figure('Monthly cost')).toBe('$39.00');
    });
  });

  it('shows the retry buffer it includes', () => {
    renderPanel({ retryBufferPercent: 10 });
    expect(figure('Monthly cost')).toBe('$42.90');
    expect(screen.getByText(/Includes a 10% retry buffer: \$3\.90 a month\./)).toBeInTheDocument();
  });

  it('shows line items that add up to the total shown, to the cent', () => {
    renderPanel({
      requestsPerMonth: 777,
      inputTokensPerRequest: 1234,
      outputTokensPerRequest: 321,
      cacheHitRatePercent: 33.33,
      retryBufferPercent: 7.5,
    });
    const lines = ['Input cost', 'Cached input cost', 'Output cost'] as const;
    const sumOfLines = lines.reduce((sum, label) => sum + Math.round(dollars(figure(label)) * 100), 0);
    expect(sumOfLines).toBe(Math.round(dollars(figure('Monthly cost')) * 100));
  });

  it('says a workload without tokens costs nothing', () => {
    renderPanel({ requestsPerMonth: 0 });
    expect(figure('Monthly cost')).toBe('$0.00');
    expect(figure('Cost per request')).toBe('$0.00390');
    expect(
      screen.getByText('This workload sends no billable tokens, so it costs nothing.'),
    ).toBeInTheDocument();
  });

  it('follows the store: a new workload or route updates every figure', () => {
    const { store } = renderPanel();
    act(() => store.getState().setShapeValue('requestsPerMonth', 1000));
    expect(figure('Monthly cost')).toBe('$3.90');

    act(() => store.getState().selectRoute('kimi-k2.6@host-alpha'));
    // 2M × $0.60 = $1.20; 0.5M × $3.41 = $1.705 → rounded so the lines still add up.
    expect(screen.getByText('Kimi K2.6 via Host Alpha')).toBeInTheDocument();
    expect(figure('Input cost')).toBe('$1.20');
    expect(figure('Monthly cost')).toBe('$2.91');
  });

  it('uses the prices the user typed for the route', () => {
    const { store } = renderPanel({ requestsPerMonth: 1000 });
    act(() => store.getState().setPrice('output', '8'));
    expect(figure('Output cost')).toBe('$4.00');
    expect(figure('Monthly cost')).toBe('$5.90');
  });
});

describe('BreakdownPanel route limits', () => {
  const limits = () => screen.queryByRole('list', { name: 'Route limits' });
  // Rule: the bill warns when the workload does not fit its own route, and when a limit it needs is
  // not published; a workload known to fit gets no warning.
  it('says nothing when the workload is known to fit its route', () => {
    renderPanel({ requestsPerMonth: 1000 });
    expect(limits()).not.toBeInTheDocument();
  });

  it('warns when the output does not fit the route, and still bills it', () => {
    // Host Alpha's K2.6 serves at most 16,384 output tokens a request.
    renderPanel({ requestsPerMonth: 1000, outputTokensPerRequest: 20_000 }, 'kimi-k2.6@host-alpha');
    expect(limits()).toHaveTextContent(
      "This workload does not fit Kimi K2.6 via Host Alpha: 20,000 output tokens exceed this route's maximum output of 16,384 tokens per request.",
    );
    expect(figure('Monthly cost')).not.toBe('$0.00');
  });

  it('warns that it may not fit when the route does not publish a limit the workload needs', () => {
    const vague = makeRoute({
      modelId: 'kimi-k2.6',
      modelName: 'Kimi K2.6',
      providerName: 'Vague Host',
      contextWindow: null,
    });
    renderWithStore(<BreakdownPanel />, {
      initial: { sheetRoutes: [...FIXTURE_SHEET, vague], ...oneEndpoint({ routeId: vague.id }) },
    });
    expect(limits()).toHaveTextContent(
      'This workload may not fit (limit not published) on Kimi K2.6 via Vague Host: Context window not published.',
    );
  });

  it('shows the cost per request to three significant digits: 2,000 in / 2,500 out at $0.95 / $4.00 is $0.0119', () => {
    // 2,000 × $0.95 + 2,500 × $4.00 per 1M = $0.0019 + $0.01 = $0.0119 (not "$0.01").
    renderPanel({ requestsPerMonth: 1000, inputTokensPerRequest: 2000, outputTokensPerRequest: 2500 });
    expect(figure('Cost per request')).toBe('$0.0119');
    expect(figure('Monthly cost')).toBe('$11.90');
    expect(figure('Yearly cost')).toBe('$142.80');
  });

  it('reads "< $0.01" for a bill that costs something but less than half a cent, and "1 token"', () => {
    // 1 request × 1 input token × $0.95 per 1M = $0.00000095.
    renderPanel({ requestsPerMonth: 1, inputTokensPerRequest: 1, outputTokensPerRequest: 0 });
    expect(figure('Monthly cost')).toBe('< $0.01');
    expect(figure('Input cost')).toBe('< $0.01');
    expect(figure('Output cost')).toBe('$0.00');
    expect(figure('Cost per request')).toBe('$0.000000950');
    expect(screen.getByText(/· 1 token$/)).toBeInTheDocument();
  });

  it('"Show exact amounts" writes each line unrounded and says how the rounded lines make the total', async () => {
    // 777 × (1,234 × 33.33 % cached at $0.16 + the rest at $0.95, + 321 × $4) per 1M.
    const { user } = renderPanel({
      requestsPerMonth: 777,
      inputTokensPerRequest: 1234,
      outputTokensPerRequest: 321,
      cacheHitRatePercent: 33.33,
    });
    expect(screen.queryByText(/^exactly /)).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Show exact amounts' }));
    const exact = screen.getAllByText(/^exactly \$/).map((node) => node.textContent);
    // 958,818 input tokens: 66.67 % of them (639,243.9606) × $0.95 = $0.60728176257; 33.33 %
    // (319,574.0394) × $0.16 = $0.051131846304; output 249,417 × $4 = $0.997668. Total $1.656081608874.
    expect(exact).toEqual(['exactly $0.60728176257', 'exactly $0.051131846304', 'exactly $0.997668']);
    expect(screen.getByText(/^The exact monthly total is \$1\.656081608874\./)).toHaveTextContent(
      'The yearly cost is 12 × the monthly cost shown.',
    );
  });
});
