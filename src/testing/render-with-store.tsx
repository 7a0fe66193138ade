import { type RenderOptions, type RenderResult, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { CalculatorStoreProvider } from '../store/calculator-context';
import { type CalculatorStore, createCalculatorStore, type InitialInputs } from '../store/calculator-store';
import { FIXTURE_SHEET } from './route-fixtures';

export interface RenderWithStoreOptions extends Omit<RenderOptions, 'wrapper'> {
  /**
   * Inputs the store starts from; anything left out takes the app's defaults, except the rate sheet:
   * without `sheetRoutes` or `routes` it is the small FIXTURE_SHEET, so no UI test depends on a
   * third-party price or on the size of the bundled sheet (pass BUNDLED_ROUTES to test against it).
   */
  readonly initial?: InitialInputs;
}

export interface RenderWithStoreResult extends RenderResult {
  /** The real store behind the UI: read its state or call its actions directly. */
  readonly store: CalculatorStore;
  /** A user-event session bound to this render. */
  readonly user: ReturnType<typeof userEvent.setup>;
}

/**
 * Renders `ui` inside a real calculator store (no mocks), so a test drives the UI as a user would
 * and can check both what is shown and what the store holds.
 */
export function renderWithStore(
  ui: ReactElement,
  { initial, ...options }: RenderWithStoreOptions = {},
): RenderWithStoreResult {
  const sheet = initial?.sheetRoutes || initial?.routes ? {} : { sheetRoutes: FIXTURE_SHEET };
  const store = createCalculatorStore({ initial: { ...sheet, ...initial } });
  const user = userEvent.setup();
  const result = render(ui, {
    ...options,
    wrapper: ({ children }) => <CalculatorStoreProvider store={store}>{children}</CalculatorStoreProvider>,
  });
  return { ...result, store, user };
}
