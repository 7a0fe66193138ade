import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Route } from '../../domain/rates/route';
import { joinAddedRoutes } from '../../domain/rates/route-merge';
import { downloadText } from '../../lib/download';
import { aRoute } from '../../testing/builders';
import { APP_ENTRY, LITELLM_SAMPLE, sheetOf } from '../../testing/rate-sheet-samples';
import { RateSheetImport } from './rate-sheet-import';

vi.mock('../../lib/download', () => ({ downloadText: vi.fn() }));

/** Three good entries and, second, one bad one. */
const SHEET = JSON.stringify(
  sheetOf(
    { ...APP_ENTRY, provider: 'Alpha Host' },
    { ...APP_ENTRY, provider: 'Broken Host', prices: { input: 'abc', output: '1' } },
    { ...APP_ENTRY, provider: 'Beta Host' },
    { ...APP_ENTRY, provider: 'Gamma Host', model: '<img src=x onerror=alert(1)>' },
  ),
);

/**
 * The import panel over `routes` (the user's routes, which "Export rate sheet" writes too) and a
 * bundled `sheet`; imported routes join as the store joins them.
 */
function renderImport(
  routes: readonly Route[] = [aRoute('kimi-k2.6@alpha-host', {})],
  sheet: readonly Route[] = [],
) {
  const onImport = vi.fn((incoming: readonly Route[]) => joinAddedRoutes(sheet, routes, incoming));
  const user = userEvent.setup();
  render(<RateSheetImport routes={routes} onImport={onImport} today="2026-08-02" />);
  return { user, onImport };
}

const status = () => screen.getByRole('status');
const problems = () =>
  within(screen.getByRole('list', { name: 'Import problems' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('RateSheetImport', () => {
  it('imports a pasted sheet, reports each bad entry by position and reason, and hands over the good ones', async () => {
    const { user, onImport } = renderImport();
    expect(screen.getByRole('heading', { name: 'Import and export prices' })).toBeInTheDocument();
    await user.click(screen.getByRole('textbox', { name: 'Paste rate sheet' }));
    await user.paste(SHEET);
    await user.click(screen.getByRole('button', { name: 'Import prices' }));

    expect(await screen.findByText(/^Imported 3 routes; 1 entry skipped\./)).toBe(status());
    expect(status()).toHaveTextContent(
      'Imported 3 routes; 1 entry skipped. 1 route replaces the route with the same id.',
    );
    expect(problems()).toEqual(['Entry 2 (“Kimi K2.6”) skipped: prices.input “abc” is not a number.']);
    expect(onImport).toHaveBeenCalledTimes(1);
    const routes = onImport.mock.calls[0]?.[0] as Route[];
    expect(routes.map((route) => route.providerName)).toEqual(['Alpha Host', 'Beta Host', 'Gamma Host']);
    expect(routes[0]?.id).toBe('kimi-k2.6@alpha-host');
    expect(document.querySelector('img')).toBeNull();
  });

  it('imports a chosen file and names it in the report', async () => {
    const { user, onImport } = renderImport([]);
    const file = new File([SHEET], 'prices.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Rate sheet file'), file);
    expect(
      await screen.findByText('Imported 3 routes; 1 entry skipped from prices.json.'),
    ).toBeInTheDocument();
    expect(onImport).toHaveBeenCalledTimes(1);
  });

  it('never replaces a bundled route: one with its id joins under an id of its own, and is listed', async () => {
    const bundled = aRoute('kimi-k2.6@alpha-host', { input: '0.95' }, { providerName: 'Alpha Host' });
    const { user, onImport } = renderImport([], [bundled]);
    await user.click(screen.getByRole('textbox', { name: 'Paste rate sheet' }));
    await user.paste(SHEET);
    await user.click(screen.getByRole('button', { name: 'Import prices' }));

    expect(await screen.findByText(/^Imported 3 routes; 1 entry skipped\./)).toBe(status());
    expect(status()).toHaveTextContent(
      'Imported 3 routes; 1 entry skipped. 1 route has the id of a bundled route and was added as your own; the bundled prices stay.',
    );
    expect(
      within(screen.getByRole('list', { name: 'Routes added under ids of their own' })).getByRole('listitem'),
    ).toHaveTextContent(
      '“Kimi K2.6 via Alpha Host” has the id of a route in the rate sheet (kimi-k2.6@alpha-host), so it was added as a route of your own (custom-kimi-k2.6@alpha-host)',
    );
    expect(onImport.mock.results[0]?.value.joined.map((route: Route) => route.id)).toEqual([
      'custom-kimi-k2.6@alpha-host',
      'kimi-k2.6@beta-host',
      'img-src-x-onerror-alert-1@gamma-host',
    ]);
  });

  it('refuses a file over 64 MB without reading it', async () => {
    const { user, onImport } = renderImport();
    const file = new File(['{}'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(file, 'size', { value: 70 * 1024 * 1024 });
    await user.upload(screen.getByLabelText('Rate sheet file'), file);
    expect(status()).toHaveTextContent('Imported 0 routes; 0 entries skipped from huge.json.');
    expect(problems()).toEqual(['The file: The file is larger than 16 MB; it was not read.']);
    expect(onImport).not.toHaveBeenCalled();
  });

  it('imports LiteLLM entries, only those matching when asked, with per-1M prices', async () => {
    const { user, onImport } = renderImport([]);
    await user.type(screen.getByRole('textbox', { name: 'Only LiteLLM entries containing' }), 'kimi');
    await user.click(screen.getByRole('textbox', { name: 'Paste rate sheet' }));
    await user.paste(JSON.stringify(LITELLM_SAMPLE));
    await user.click(screen.getByRole('button', { name: 'Import prices' }));

    expect(await screen.findByText(/^Imported 2 routes; 1 entry skipped\./)).toBeInTheDocument();
    expect(problems()).toEqual([
      expect.stringMatching(
        /^Entry 3 \(“fireworks_ai\/.*kimi-k2p6”\) imported with a change: max_input_tokens/,
      ),
      'Entry 6 (“openrouter/moonshotai/kimi-k2”) skipped: It has no per-token input and output prices.',
    ]);
    const routes = onImport.mock.calls[0]?.[0] as Route[];
    expect(routes[0]?.prices).toEqual({ input: '0.6', cachedInput: '0.15', output: '2.5' });
    expect(routes[0]?.source.date).toBe('2026-08-02');
  });

  it('lists the first 100 problems and counts the rest', async () => {
    const { user, onImport } = renderImport([]);
    await user.click(screen.getByRole('textbox', { name: 'Paste rate sheet' }));
    await user.paste(JSON.stringify(sheetOf(...Array<unknown>(150).fill(42))));
    await user.click(screen.getByRole('button', { name: 'Import prices' }));

    expect(await screen.findByText(/^Imported 0 routes; 150 entries skipped\./)).toBeInTheDocument();
    expect(problems()).toHaveLength(100);
    expect(screen.getByText('150 problems, the first 100 listed:')).toBeInTheDocument();
    expect(screen.getByText('…and 50 more problems not listed.')).toBeInTheDocument();
    expect(onImport).not.toHaveBeenCalled();
  });

  it('reports a file that is not a rate sheet as a whole', async () => {
    const { user } = renderImport();
    await user.click(screen.getByRole('textbox', { name: 'Paste rate sheet' }));
    await user.paste('<html>not json</html>');
    await user.click(screen.getByRole('button', { name: 'Import prices' }));
    await screen.findByText(/^Imported 0 routes/);
    expect(problems()).toEqual([
      'The file: The file is not JSON, so it is neither a rate sheet nor a LiteLLM price file.',
    ]);
  });

  it('asks for text before importing an empty paste', async () => {
    const { user, onImport } = renderImport();
    await user.click(screen.getByRole('button', { name: 'Import prices' }));
    expect(screen.getByRole('textbox', { name: 'Paste rate sheet' })).toHaveAccessibleDescription(
      /^Paste the text of a rate sheet first\./,
    );
    expect(onImport).not.toHaveBeenCalled();
  });

  it('exports the given routes as a rate-sheet file', async () => {
    const routes = [aRoute('a', { input: '0.5' }), aRoute('b', {})];
    const { user } = renderImport(routes);
    await user.click(screen.getByRole('button', { name: 'Export rate sheet' }));
    expect(downloadText).toHaveBeenCalledTimes(1);
    const [name, text] = vi.mocked(downloadText).mock.calls[0] ?? [];
    expect(name).toBe('kimi-rate-sheet.json');
    const document = JSON.parse(text ?? '');
    expect(document).toMatchObject({ schema: 'kimi-cost-calculator/rate-sheet', version: 1 });
    expect(document.routes.map((route: { id: string }) => route.id)).toEqual(['a', 'b']);
  });
});
