import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { CalculatorStoreProvider } from '../../store/calculator-context';
import { createCalculatorStore } from '../../store/calculator-store';
import { FIXTURE_SHEET } from '../../testing/route-fixtures';
import { useChartsData } from './use-charts-data';

/**
 * The rule: the charts' data keeps its identity while the inputs it is drawn from are the same, so
 * recharts sees the same arrays and redraws nothing; a change to the compared routes alone (a pin)
 * leaves the bill's own charts as they were.
 */
function chartsOfStore() {
  const store = createCalculatorStore({ initial: { sheetRoutes: FIXTURE_SHEET } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <CalculatorStoreProvider store={store}>{children}</CalculatorStoreProvider>
  );
  return { store, ...renderHook(() => useChartsData(), { wrapper }) };
}

describe('useChartsData', () => {
  it('gives the very same data on a re-render and after a change the charts do not show', () => {
    const { store, result, rerender } = chartsOfStore();
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
    act(() => store.getState().setMonthlyBudget(100));
    expect(result.current).toBe(first);
  });

  it('rebuilds only the route charts when a route is pinned', () => {
    const { store, result } = chartsOfStore();
    const first = result.current;
    const other = FIXTURE_SHEET.find(
      (route) => !first.selection.routes.some((shown) => shown.row.route.id === route.id),
    );
    if (!other) throw new Error('the fixture sheet has a route the charts do not show');
    act(() => store.getState().togglePinned(other.id));
    expect(result.current.split).toBe(first.split);
    expect(result.current.tornado).toBe(first.tornado);
    expect(result.current.routeSplit).not.toBe(first.routeSplit);
    expect(result.current.selection.routes.map((route) => route.row.route.id)).toContain(other.id);
  });
});
