import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Route } from '../../domain/rates/route';
import { aRoute } from '../../testing/builders';
import { CustomRouteForm } from './custom-route-form';

const LABELS = [
  'Model name',
  'Provider name',
  'Input price ($ per 1M tokens)',
  'Cached input price ($ per 1M tokens)',
  'Output price ($ per 1M tokens)',
  'Context window (tokens)',
  'Max output (tokens)',
  'Source note',
];
const field = (name: string) => screen.getByRole('textbox', { name });

function renderForm(
  editing: Route | null = null,
  routes: readonly Route[] = [aRoute('kimi-k2.6@moonshot-ai', {})],
) {
  const onSave = vi.fn();
  const onCancel = vi.fn();
  const user = userEvent.setup();
  const view = render(
    <CustomRouteForm
      routes={routes}
      sheetDate="2026-07-24"
      editing={editing}
      onSave={onSave}
      onCancel={onCancel}
      today="2026-08-02"
    />,
  );
  return { user, onSave, onCancel, ...view };
}

async function fill(user: ReturnType<typeof userEvent.setup>, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) {
    await user.clear(field(name));
    if (value) await user.type(field(name), value);
  }
}

describe('CustomRouteForm', () => {
  it('names every field by its visible label', () => {
    renderForm();
    expect(screen.getByRole('heading', { name: 'Add a route' })).toBeInTheDocument();
    for (const label of LABELS) expect(field(label)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add route' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
  });

  it('adds a route with exact prices, dated today, and clears the form', async () => {
    const { user, onSave } = renderForm();
    await fill(user, {
      'Model name': 'Kimi K2.6',
      'Provider name': 'My Host',
      'Input price ($ per 1M tokens)': '$0.80',
      'Output price ($ per 1M tokens)': '3.5',
      'Context window (tokens)': '256k',
      'Source note': '<b>quote</b> from sales',
    });
    await user.click(screen.getByRole('button', { name: 'Add route' }));

    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0]?.[0]).toMatchObject({
      id: 'custom-kimi-k2.6@my-host',
      prices: { input: '0.8', cachedInput: null, output: '3.5' },
      contextWindow: 256_000,
      maxOutput: null,
      notes: '<b>quote</b> from sales',
      source: { label: 'Added by you', url: null, date: '2026-08-02' },
    });
    expect(screen.getByRole('status')).toHaveTextContent('Added Kimi K2.6 via My Host.');
    expect(field('Model name')).toHaveValue('');
  });

  it('shows each problem next to its field and moves focus to the first one', async () => {
    const { user, onSave } = renderForm();
    await fill(user, { 'Model name': 'Kimi', 'Output price ($ per 1M tokens)': 'cheap' });
    await user.click(screen.getByRole('button', { name: 'Add route' }));

    expect(onSave).not.toHaveBeenCalled();
    expect(field('Provider name')).toHaveFocus();
    expect(field('Provider name')).toBeInvalid();
    expect(field('Provider name')).toHaveAccessibleDescription('Enter the provider name.');
    expect(field('Input price ($ per 1M tokens)')).toHaveAccessibleDescription('Enter a number.');
    expect(field('Output price ($ per 1M tokens)')).toHaveAccessibleDescription(
      '“cheap” is not a number. Type digits, e.g. 1000 or 2.5k.',
    );
    expect(field('Model name')).toBeValid();

    // Problems follow the corrections.
    await user.type(field('Provider name'), 'Host');
    expect(field('Provider name')).toBeValid();
    expect(field('Input price ($ per 1M tokens)')).toBeInvalid();
  });

  it('reads prices the way a German browser types them, and says how it read them', async () => {
    const language = vi.spyOn(navigator, 'language', 'get').mockReturnValue('de-DE');
    const { user, onSave } = renderForm();
    await fill(user, {
      'Model name': 'Kimi K2.6',
      'Provider name': 'My Host',
      'Input price ($ per 1M tokens)': '0,95',
      'Output price ($ per 1M tokens)': '1,000',
    });
    expect(field('Input price ($ per 1M tokens)')).toHaveAccessibleDescription('Read as 0.95');
    await user.click(screen.getByRole('button', { name: 'Add route' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(field('Output price ($ per 1M tokens)')).toHaveAccessibleDescription(
      '“1,000” could mean 1000 (comma between thousands) or 1 (decimal comma). Type 1000 or 1 instead.',
    );

    await fill(user, { 'Output price ($ per 1M tokens)': '4,5' });
    await user.click(screen.getByRole('button', { name: 'Add route' }));
    expect(onSave.mock.calls[0]?.[0]).toMatchObject({ prices: { input: '0.95', output: '4.5' } });
    language.mockRestore();
  });

  it('edits a custom route: its texts filled in, its id kept', async () => {
    const mine = aRoute(
      'custom-kimi@mine',
      { input: '0.5', cachedInput: '0.05' },
      { modelName: 'Kimi', providerName: 'Mine', contextWindow: 131_072, maxOutput: null, notes: 'n' },
    );
    const { user, onSave } = renderForm(mine, [mine]);
    expect(screen.getByRole('heading', { name: 'Edit route' })).toBeInTheDocument();
    expect(field('Model name')).toHaveFocus();
    expect(field('Input price ($ per 1M tokens)')).toHaveValue('0.5');
    expect(field('Cached input price ($ per 1M tokens)')).toHaveValue('0.05');
    expect(field('Context window (tokens)')).toHaveValue('131,072');
    expect(field('Source note')).toHaveValue('n');

    await fill(user, { 'Provider name': 'Mine, renamed', 'Output price ($ per 1M tokens)': '2' });
    await user.click(screen.getByRole('button', { name: 'Save route' }));
    expect(onSave.mock.calls[0]?.[0]).toMatchObject({
      id: 'custom-kimi@mine',
      providerName: 'Mine, renamed',
      prices: { input: '0.5', cachedInput: '0.05', output: '2' },
    });
  });

  it('starts again from the route when another one is chosen for editing', () => {
    const first = aRoute('custom-a@x', {}, { modelName: 'First' });
    const second = aRoute('custom-b@x', {}, { modelName: 'Second' });
    const { rerender } = renderForm(first, [first, second]);
    expect(field('Model name')).toHaveValue('First');
    expect(field('Model name')).toHaveFocus();
    const props = { routes: [first, second], sheetDate: '2026-07-24', onSave: vi.fn(), onCancel: vi.fn() };
    rerender(<CustomRouteForm {...props} editing={second} />);
    expect(field('Model name')).toHaveValue('Second');
    rerender(<CustomRouteForm {...props} editing={null} />);
    expect(field('Model name')).toHaveValue('');
    expect(screen.getByRole('heading', { name: 'Add a route' })).toBeInTheDocument();
  });

  it('cancels: the typed texts go and the owner is told', async () => {
    const { user, onCancel } = renderForm();
    await user.type(field('Model name'), 'Kimi');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(field('Model name')).toHaveValue('');
  });

  it('submits with the Enter key', async () => {
    const { user, onSave } = renderForm();
    await fill(user, {
      'Model name': 'K',
      'Provider name': 'P',
      'Input price ($ per 1M tokens)': '1',
      'Output price ($ per 1M tokens)': '2',
    });
    await user.keyboard('{Enter}');
    expect(onSave).toHaveBeenCalledTimes(1);
  });
});
