import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ENDPOINT } from '../../domain/scenario/endpoint';
import { CalculatorPanels } from '../../testing/calculator-panels';
import { numberField } from '../../testing/queries';
import { renderWithStore } from '../../testing/render-with-store';
import { UndoNotice } from './undo-notice';

/** The panels with three endpoints, "Tagging" selected, and the undo notice. */
async function threeEndpoints(timeoutMs?: number) {
  const endpoints = ['Endpoint 1', 'Tagging', 'Search'].map((name, index) => ({
    ...DEFAULT_ENDPOINT,
    id: `e${index + 1}`,
    name,
  }));
  return renderWithStore(
    <>
      <CalculatorPanels />
      <UndoNotice timeoutMs={timeoutMs} />
    </>,
    { initial: { endpoints, selectedEndpointId: 'e2' } },
  );
}

/** The undo notice: the live region holding the message. */
const notice = (message: string) => screen.getByText(message).closest('[role="status"]');

const endpointNames = () =>
  within(screen.getByRole('list', { name: 'Endpoints' }))
    .getAllByRole('button')
    .map((button) => button.textContent);

describe('the undo notice', () => {
  it('after Remove endpoint, says what happened, puts focus on the endpoint now selected, and a second Enter removes nothing', async () => {
    const { user } = await threeEndpoints();
    await user.click(screen.getByRole('button', { name: 'Remove endpoint' }));
    expect(endpointNames()).toEqual(['Endpoint 1', 'Search']);
    expect(notice('Removed the endpoint “Tagging”.')).toHaveClass('undo-notice');
    expect(screen.getByRole('button', { name: 'Search' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(endpointNames()).toEqual(['Endpoint 1', 'Search']);
  });

  it('puts the removed endpoint back with Undo, selected and with its workload, and returns focus', async () => {
    const { user, store } = await threeEndpoints();
    await user.clear(numberField('Requests per month'));
    await user.type(numberField('Requests per month'), '777');
    const before = store.getState().endpoints;
    await user.click(screen.getByRole('button', { name: 'Remove endpoint' }));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(store.getState().endpoints).toBe(before);
    expect(endpointNames()).toEqual(['Endpoint 1', 'Tagging', 'Search']);
    expect(screen.getByRole('button', { name: 'Tagging' })).toHaveAttribute('aria-pressed', 'true');
    expect(numberField('Requests per month')).toHaveValue('777');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    // Back where the user was when the notice appeared: the endpoint the removal selected.
    expect(screen.getByRole('button', { name: 'Search' })).toHaveFocus();
  });

  it('stays while focus is inside it, and goes once its time is up', async () => {
    const { user } = await threeEndpoints(150);
    await user.click(screen.getByRole('button', { name: 'Remove endpoint' }));
    const undo = screen.getByRole('button', { name: 'Undo' });
    act(() => undo.focus());
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument();
    act(() => screen.getByRole('button', { name: 'Search' }).focus());
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull());
    expect(endpointNames()).toEqual(['Endpoint 1', 'Search']);
  });

  it('closes with Close or Escape, and the removal stays', async () => {
    const { user, store } = await threeEndpoints();
    await user.click(screen.getByRole('button', { name: 'Remove endpoint' }));
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    act(() => store.getState().reset());
    act(() => screen.getByRole('button', { name: 'Undo' }).focus());
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(store.getState().endpoints).toHaveLength(1);
  });

  it('is a polite status that is always in the page, so screen readers announce each offer', () => {
    const { store } = renderWithStore(<UndoNotice />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    act(() => store.getState().reset());
    act(() => store.getState().setMonthlyBudget(5));
    act(() => store.getState().reset());
    expect(screen.getByRole('status')).toHaveTextContent('Reset the scenario to the defaults.UndoClose');
  });
});
