import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { activeRouteId, oneEndpoint } from '../../testing/endpoint-builders';
import { renderWithStore } from '../../testing/render-with-store';
import { PlainAnswersPanel } from './plain-answers-panel';

describe('PlainAnswersPanel', () => {
  it('states the saving in a sentence and switches the endpoint to that route', async () => {
    // Fixture sheet, default workload: $39.00 on Moonshot, $29.05 on Host Alpha (see plain-answers.test.ts).
    const { store, user } = renderWithStore(<PlainAnswersPanel />, { initial: oneEndpoint() });
    expect(
      screen.getByText(
        'Cheapest host of the same model: Kimi K2.6 via Host Alpha costs $29.05 — saves $9.95 a month (26 %).',
      ),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Switch to Kimi K2.6 via Host Alpha' }));
    expect(activeRouteId(store.getState())).toBe('kimi-k2.6@host-alpha');
    expect(
      await screen.findByText('You are already on the cheapest host of Kimi K2.6 that fits.'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Switch to Kimi K2.6 via Host Alpha' }),
    ).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Switch to Kimi K2.5 via Host Alpha' })).toBeInTheDocument();
  });
});
