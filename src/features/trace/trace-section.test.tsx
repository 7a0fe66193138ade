import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../testing/render-with-store';
import { TraceSection } from './trace-section';

const CSV = ['timestamp,input_tokens,cached_tokens,output_tokens', '2026-01-01T00:00:00Z,1000,200,100'].join(
  '\n',
);

describe('TraceSection', () => {
  it('offers every endpoint by name, following renames and additions, and applies the log to the one chosen', async () => {
    const { store, user } = renderWithStore(<TraceSection />);
    await user.click(screen.getByRole('textbox', { name: 'Paste request log' }));
    await user.paste(CSV);
    await user.click(screen.getByRole('button', { name: 'Read log' }));
    await screen.findByRole('region', { name: 'Log summary' });
    const options = () =>
      within(screen.getByRole('combobox', { name: 'Apply to endpoint' }))
        .getAllByRole('option')
        .map((option) => option.textContent);
    expect(options()).toEqual(['Endpoint 1']);

    act(() => {
      store.getState().renameEndpoint('e1', 'Support chat');
      store.getState().addEndpoint({ name: 'Tagging' });
      store.getState().setShapeValue('requestsPerMonth', 5);
    });
    expect(options()).toEqual(['Support chat', 'Tagging']);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Apply to endpoint' }), 'Tagging');
    await user.click(screen.getByRole('button', { name: 'Apply to endpoint' }));
    const [chat, tagging] = store.getState().endpoints;
    expect(chat?.shape).toMatchObject({ requestsPerMonth: 10_000 });
    expect(tagging?.shape).toMatchObject({ inputTokensPerRequest: 1_000, outputTokensPerRequest: 100 });
  });
});
