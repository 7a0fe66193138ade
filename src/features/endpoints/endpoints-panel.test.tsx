import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CalculatorPanels } from '../../testing/calculator-panels';
import { numberField } from '../../testing/queries';
import { renderWithStore } from '../../testing/render-with-store';

function endpointRegion(name: string) {
  return within(screen.getByRole('region', { name }));
}

function figureIn(region: ReturnType<typeof within>, label: string): string {
  return region.getByLabelText(label).textContent ?? '';
}

describe('EndpointsPanel', () => {
  it('builds a two-endpoint scenario from presets; each endpoint has its own region and the total adds up', async () => {
    const { user } = renderWithStore(<CalculatorPanels />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Preset' }), 'Classification and tagging');
    await user.click(screen.getByRole('button', { name: 'Add preset endpoint' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Preset' }), 'Multi-turn support chat');
    await user.click(screen.getByRole('button', { name: 'Add preset endpoint' }));
    await user.click(screen.getByRole('button', { name: 'Endpoint 1' }));
    await user.click(screen.getByRole('button', { name: 'Remove endpoint' }));

    // Tagging: 200,000 × (450 × $0.95 + 10 × $4) / 1M = $93.50.
    expect(figureIn(endpointRegion('Classification and tagging'), 'Monthly cost')).toBe('$93.50');
    // Support chat: 20,000 × 6 turns: input 6 × 1,260 + 240 × 15 = 11,160, output 1,080 tokens a conversation:
    // 20,000 × (11,160 × 0.95 + 1,080 × 4) / 1M = $298.44.
    const chat = endpointRegion('Multi-turn support chat');
    expect(figureIn(chat, 'Monthly cost')).toBe('$298.44');
    expect(figureIn(chat, 'Cost per conversation')).toBe('$0.0149');
    const bill = within(screen.getByRole('region', { name: 'Monthly bill' }));
    expect(bill.getAllByLabelText('Monthly cost')[0]).toHaveTextContent('$391.94');
    expect(figureIn(endpointRegion('Classification and tagging'), 'Share of the bill')).toBe('24%');
    expect(figureIn(chat, 'Share of the bill')).toBe('76%');
  });

  it('edits the selected endpoint only: conversation fields for a chat, request fields for the other', async () => {
    const { user } = renderWithStore(<CalculatorPanels />);
    await user.click(screen.getByRole('button', { name: 'Add endpoint' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Workload shape' }), 'Conversations');
    expect(numberField('Turns per conversation')).toHaveValue('5');
    expect(screen.queryByRole('spinbutton', { name: 'Requests per month' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Endpoint 1' }));
    expect(numberField('Requests per month')).toHaveValue('10,000');
  });

  it('refuses zero turns and 501 steps with a clear message, and keeps the scenario', async () => {
    const { user, store } = renderWithStore(<CalculatorPanels />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Workload shape' }), 'Agent chains');
    await user.clear(numberField('Steps per task'));
    await user.type(numberField('Steps per task'), '501');
    expect(screen.getByText(/at most 500/)).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Workload shape' }), 'Conversations');
    await user.clear(numberField('Turns per conversation'));
    await user.type(numberField('Turns per conversation'), '0');
    expect(screen.getByText(/at least 1/)).toBeInTheDocument();
    expect(store.getState().endpoints[0]?.shape).toMatchObject({ turnsPerConversation: 5 });
  });

  it('shows names as text, refuses a 10,000-character name, and keeps the last good one', async () => {
    const { user, store } = renderWithStore(<CalculatorPanels />);
    const name = screen.getByRole('textbox', { name: 'Endpoint name' });
    await user.clear(name);
    await user.type(name, '<img src=x onerror=alert(1)>');
    expect(screen.getByRole('button', { name: '<img src=x onerror=alert(1)>' })).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
    await user.click(name);
    await user.paste('y'.repeat(10_000));
    // The paste lands after the 28 characters already there: the message counts them all.
    expect(screen.getByRole('alert')).toHaveTextContent('at most 80 characters (this one has 10,028)');
    expect(store.getState().endpoints[0]?.name).toBe('<img src=x onerror=alert(1)>');
  });

  it('duplicates and reorders endpoints, and cannot remove the last one', async () => {
    const { user, store } = renderWithStore(<CalculatorPanels />);
    expect(screen.getByRole('button', { name: 'Remove endpoint' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Duplicate endpoint' }));
    await user.click(screen.getByRole('button', { name: 'Move up' }));
    expect(store.getState().endpoints.map((endpoint) => endpoint.name)).toEqual([
      'Endpoint 1 (copy)',
      'Endpoint 1',
    ]);
  });
});
