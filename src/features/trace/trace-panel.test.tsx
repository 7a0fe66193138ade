import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { aRoute } from '../../testing/builders';
import { TracePanel, type TracePanelProps } from './trace-panel';

// Three requests over one day; totals by hand: input 6,000, cached 1,200 (20%), output 600.
const CSV = [
  'timestamp,input_tokens,cached_tokens,output_tokens,endpoint',
  '2026-01-01T00:00:00Z,1000,200,100,chat',
  '2026-01-01T12:00:00Z,3000,0,300,search',
  '2026-01-02T00:00:00Z,2000,1000,200,chat',
].join('\n');

const ROUTES = [aRoute('Moonshot AI', { cachedInput: '0.1' }), aRoute('Other', { input: '2', output: '8' })];

function renderPanel(props: Partial<TracePanelProps> = {}) {
  const onApply = vi.fn();
  const onCreateEndpoints = vi.fn();
  const user = userEvent.setup();
  render(
    <TracePanel
      routes={ROUTES}
      priceOverrides={{}}
      activeRouteId="Moonshot AI"
      endpoints={[
        { id: 'e1', name: 'Chat' },
        { id: 'e2', name: 'Search' },
      ]}
      selectedEndpointId="e1"
      onApply={onApply}
      onCreateEndpoints={onCreateEndpoints}
      {...props}
    />,
  );
  return { user, onApply, onCreateEndpoints };
}

async function readPasted(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.click(screen.getByRole('textbox', { name: 'Paste request log' }));
  await user.paste(text);
  await user.click(screen.getByRole('button', { name: 'Read log' }));
  await screen.findByRole('region', { name: 'Log summary' });
}

const figure = (name: string) => screen.getByLabelText(name, { exact: true }).textContent;

describe('TracePanel', () => {
  it('offers labelled controls in a region named “Calibrate from real usage”', () => {
    renderPanel();
    const region = within(screen.getByRole('region', { name: 'Calibrate from real usage' }));
    expect(region.getByRole('textbox', { name: 'Paste request log' })).toBeInTheDocument();
    expect(region.getByLabelText('Log file')).toHaveAttribute('type', 'file');
    expect(region.getByRole('button', { name: 'Read log' })).toBeEnabled();
    expect(region.getByText(/input_tokens excludes the cache/)).toBeInTheDocument();
  });

  it('summarises a pasted log', async () => {
    const { user } = renderPanel();
    await readPasted(user, CSV);
    expect(screen.getByText(/^Read as CSV: 3 requests from 4 non-blank lines\./)).toBeInTheDocument();
    expect(figure('Requests in the log')).toBe('3');
    expect(figure('Requests a month, from the log')).toBe('91');
    expect(figure('Observed cache hit rate')).toBe('20%');
    const stats = within(screen.getByRole('table', { name: 'Tokens per request' }));
    expect(stats.getByRole('row', { name: 'Input 2,000.0 2,000 3,000 3,000' })).toBeInTheDocument();
    expect(stats.getByRole('row', { name: 'Output 200.0 200 300 300' })).toBeInTheDocument();
    const histogram = within(screen.getByRole('table', { name: /log-spaced bins/ }));
    expect(histogram.getByRole('row', { name: '1,000–1,999 1 0' })).toBeInTheDocument();
    const groups = within(screen.getByRole('table', { name: 'Requests by tag or endpoint' }));
    expect(groups.getByRole('row', { name: 'chat 2 61 1,500.0 150.0 2,000 200 40%' })).toBeInTheDocument();
  });

  it('applies the chosen statistic to the chosen endpoint, with the choice in view', async () => {
    const { user, onApply } = renderPanel();
    await readPasted(user, CSV);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Apply to endpoint' }), 'Search');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Use' }), 'p90');
    expect(
      screen.getByText(
        /^With the p90: 91 requests a month × 3,000 input and 300 output tokens, 20% cached\./,
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Apply to endpoint' }));
    expect(onApply).toHaveBeenCalledWith('e2', {
      requestsPerMonth: 91,
      inputTokensPerRequest: 3000,
      outputTokensPerRequest: 300,
      cacheHitRatePercent: 20,
    });
    expect(screen.getByText(/^Applied the p90 of the log to Search:/)).toHaveAttribute('role', 'status');
  });

  it('applies one tag of the log', async () => {
    const { user, onApply } = renderPanel();
    await readPasted(user, CSV);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Requests from' }), 'chat');
    await user.click(screen.getByRole('button', { name: 'Apply to endpoint' }));
    expect(onApply).toHaveBeenCalledWith('e1', {
      requestsPerMonth: 61,
      inputTokensPerRequest: 1500,
      outputTokensPerRequest: 150,
      cacheHitRatePercent: 40,
    });
  });

  it('creates one endpoint per tag in one step', async () => {
    const { user, onCreateEndpoints } = renderPanel();
    await readPasted(user, CSV);
    await user.click(screen.getByRole('button', { name: 'Create endpoints from groups' }));
    expect(onCreateEndpoints).toHaveBeenCalledWith([
      {
        name: 'chat',
        workload: {
          requestsPerMonth: 61,
          inputTokensPerRequest: 1500,
          outputTokensPerRequest: 150,
          cacheHitRatePercent: 40,
        },
      },
      {
        name: 'search',
        workload: {
          requestsPerMonth: 30,
          inputTokensPerRequest: 3000,
          outputTokensPerRequest: 300,
          cacheHitRatePercent: 0,
        },
      },
    ]);
  });

  it('costs the log on every route and compares with the average-based estimate', async () => {
    const { user } = renderPanel();
    await readPasted(user, CSV);
    const table = within(screen.getByRole('table', { name: 'Trace cost by route' }));
    // Moonshot AI: 4,800 × $1 + 1,200 × $0.10 + 600 × $4 per 1M = $0.00732.
    expect(
      table.getByRole('row', { name: 'Kimi K2.6 via Moonshot AI $0.00732 $0.00732 $0.00' }),
    ).toBeInTheDocument();
    // Other (no cached price): 6,000 × $2 + 600 × $8 per 1M = $0.0168, a unit cost below $1: three
    // significant digits, like the $0.00732 above.
    expect(table.getByRole('row', { name: 'Kimi K2.6 via Other $0.0168 $0.0168 $0.00' })).toBeInTheDocument();
    expect(
      screen.getByText(/^On Kimi K2\.6 via Moonshot AI the log costs \$0\.00732 request by request/),
    ).toHaveTextContent(/exactly the same\.$/);
  });

  it('reads a chosen file at once', async () => {
    const { user } = renderPanel();
    await user.upload(screen.getByLabelText('Log file'), new File([CSV], 'usage.csv', { type: 'text/csv' }));
    await screen.findByRole('region', { name: 'Log summary' });
    expect(screen.getByText(/Source: usage\.csv\./)).toBeInTheDocument();
    expect(figure('Requests in the log')).toBe('3');
  });

  it('lists bad rows with line numbers and shows markup from the file as text', async () => {
    const { user } = renderPanel();
    await readPasted(user, 'input,output,tag\n5,1,"<img src=x onerror=alert(1)>"\n-1,1,a\n7,abc,b\n');
    expect(screen.getByText('2 bad rows were skipped: none of them is in any figure.')).toBeInTheDocument();
    expect(screen.getByText('Line 3: input tokens “-1” is negative')).toBeInTheDocument();
    expect(screen.getByText('Line 4: output tokens “abc” is not a number')).toBeInTheDocument();
    expect(screen.getAllByText('<img src=x onerror=alert(1)>').length).toBeGreaterThan(0);
    expect(document.querySelector('img')).toBeNull();
  });

  it('explains a file it cannot read', async () => {
    const { user } = renderPanel();
    await user.upload(screen.getByLabelText('Log file'), new File([], 'empty.csv'));
    expect(await screen.findByText('The log is empty.')).toBeInTheDocument();
    expect(
      screen.getByText('No valid requests were found, so there is nothing to summarise.'),
    ).toBeInTheDocument();
  });

  it('shows progress while reading and cancels on request', async () => {
    const { user } = renderPanel();
    // 8 MB: eight chunks, read with a pause for the page between chunks.
    const big = `input,output\n${'1234,56\n'.repeat(1_000_000)}`;
    await user.upload(screen.getByLabelText('Log file'), new File([big], 'big.csv'));
    expect(screen.getByRole('progressbar', { name: 'Reading log' })).toBeInTheDocument();
    expect(await screen.findByText(/^\d+%: [\d,]+ requests read from big\.csv\.$/)).toBeInTheDocument();
    // Synchronous, so the reading cannot finish between finding the button and pressing it.
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Cancel' })));
    expect(screen.getByText('Reading cancelled; nothing was kept.')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Read log' })).toHaveFocus();
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Log summary' })).not.toBeInTheDocument(),
    );
  });
});
