import { type BoundFunctions, type queries, screen, within } from '@testing-library/react';

/** Where to look: the whole document (default) or one region, e.g. `billRegion()`. */
export type Scope = BoundFunctions<typeof queries>;

/** The number field of a labelled quantity ("Requests per month", "Input price per 1M tokens", …). */
export function numberField(name: string, scope: Scope = screen): HTMLInputElement {
  return scope.getByRole('spinbutton', { name }) as HTMLInputElement;
}

/** The slider of a workload field, named by the same visible label as its number field. */
export function slider(name: string, scope: Scope = screen): HTMLInputElement {
  return scope.getByRole('slider', { name }) as HTMLInputElement;
}

export function combobox(name: 'Model' | 'Provider', scope: Scope = screen): HTMLSelectElement {
  return scope.getByRole('combobox', { name }) as HTMLSelectElement;
}

/**
 * The "Monthly bill" panel. In the whole app, label queries over every element are slow (the
 * comparison table has thousands of cells), so whole-app tests look for figures inside this region.
 */
export function billRegion(): Scope {
  return within(screen.getByRole('region', { name: 'Monthly bill' }));
}

export type FigureLabel =
  | 'Monthly cost'
  | 'Yearly cost'
  | 'Cost per request'
  | 'Input cost'
  | 'Cached input cost'
  | 'Output cost';

const FIGURE_LABELS: readonly FigureLabel[] = [
  'Monthly cost',
  'Yearly cost',
  'Cost per request',
  'Input cost',
  'Cached input cost',
  'Output cost',
];

/** The amount shown for a figure, exactly as a user reads it: "$3.90". */
export function figure(label: FigureLabel, scope: Scope = screen): string {
  return scope.getByLabelText(label, { exact: true }).textContent ?? '';
}

/** Every amount of the bill, for asserting that a change left the figures as they were. */
export function allFigures(scope: Scope = screen): Record<FigureLabel, string> {
  return Object.fromEntries(FIGURE_LABELS.map((label) => [label, figure(label, scope)])) as Record<
    FigureLabel,
    string
  >;
}
