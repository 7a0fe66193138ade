import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SETTLE_MS } from '../../lib/use-settled-value';
import { CalculatorStoreProvider } from '../../store/calculator-context';
import { CalculatorPanels } from '../../testing/calculator-panels';
import { renderWithStore } from '../../testing/render-with-store';
import { ChartsPanel } from './charts-panel';

const billFigure = (name: string) =>
  within(screen.getByRole('region', { name: 'Monthly bill' })).getByLabelText(name).textContent;
/** The "Total" row of "Where the money goes"'s data table: the charts' monthly bill. */
const chartTotal = () => {
  const table = screen.getByRole('table', { name: 'Data: Where the money goes' });
  const total = within(table).getByRole('rowheader', { name: 'Total' }).closest('tr');
  return total?.querySelectorAll('td')[0]?.textContent;
};

/** Every chart's "Show data" table, as text: what the five charts show. */
const chartTables = (container: HTMLElement) =>
  within(container)
    .getAllByRole('table')
    .filter((table) => table.querySelector('caption')?.textContent?.startsWith('Data: '))
    .map((table) => table.textContent);

describe('ChartsPanel', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps its figures while a slider steps, and shows the bill’s once the slider settles', () => {
    renderWithStore(
      <>
        <CalculatorPanels />
        <ChartsPanel />
      </>,
    );
    expect(chartTotal()).toBe(billFigure('Monthly cost'));
    const before = chartTotal();
    const slider = screen.getByRole('slider', { name: 'Requests per month' });
    for (let step = 0; step < 3; step += 1) {
      act(() => {
        fireEvent.keyDown(slider, { key: 'ArrowRight' });
      });
      act(() => vi.advanceTimersByTime(SETTLE_MS / 2));
    }
    expect(billFigure('Monthly cost')).not.toBe(before);
    expect(chartTotal()).toBe(before);
    act(() => vi.advanceTimersByTime(SETTLE_MS));
    expect(chartTotal()).toBe(billFigure('Monthly cost'));
  });

  it('brings every chart to the settled scenario once the slider settles, the same as a fresh draw', () => {
    const { container, store } = renderWithStore(
      <>
        <CalculatorPanels />
        <ChartsPanel />
      </>,
    );
    const before = chartTables(container);
    expect(before).toHaveLength(5);
    const slider = screen.getByRole('slider', { name: 'Requests per month' });
    for (let step = 0; step < 3; step += 1) {
      act(() => {
        fireEvent.keyDown(slider, { key: 'ArrowRight' });
      });
      act(() => vi.advanceTimersByTime(SETTLE_MS / 2));
      expect(chartTables(container)).toEqual(before);
    }
    // Settled: the charts follow one at a time, each a frame after the one before.
    act(() => vi.advanceTimersByTime(SETTLE_MS));
    for (let frame = 0; frame < 5; frame += 1) act(() => vi.advanceTimersByTime(50));
    const fresh = render(
      <CalculatorStoreProvider store={store}>
        <ChartsPanel />
      </CalculatorStoreProvider>,
    );
    const expected = chartTables(fresh.container);
    // Every chart's figures follow the requests per month.
    expected.forEach((table, index) => {
      expect(table).not.toBe(before[index]);
    });
    expect(chartTables(container)).toEqual(expected);
  });
});
