import { memo, useCallback } from 'react';
import { SliderField } from '../../components/ui/slider-field';
import type { NumberTyping } from '../../components/ui/use-draft';
import type { ShapeField } from '../../domain/workload/shape-fields';
import type { WorkloadFieldView } from './workload-fields';

interface WorkloadSliderProps {
  readonly view: WorkloadFieldView;
  readonly value: number;
  readonly typing: NumberTyping;
  readonly warnings?: readonly string[];
  /** Sets a field of the selected endpoint's shape (stable: the store's action). */
  readonly onChange: (field: ShapeField, value: number) => void;
  /** The reason a value of a field is refused against the latest shape, or null (stable). */
  readonly check?: (field: ShapeField, value: number) => string | null;
}

/**
 * One workload field's slider. Memoised on its own value and warnings: a step re-renders only the
 * slider that moved and the fields whose value or warnings changed; the handlers are stable and the
 * check reads the shape when it is called, never the one of the render before.
 */
export const WorkloadSlider = memo(function WorkloadSlider({
  view,
  value,
  typing,
  warnings,
  onChange,
  check,
}: WorkloadSliderProps) {
  const { field } = view;
  const change = useCallback((next: number) => onChange(field, next), [onChange, field]);
  const checkValue = useCallback((next: number) => check?.(field, next) ?? null, [check, field]);
  return (
    <SliderField
      label={view.label}
      hint={view.hint}
      format={view.format}
      value={value}
      range={view.range}
      parse={view.parse}
      typing={typing}
      warnings={warnings}
      check={checkValue}
      onChange={change}
    />
  );
}, sameSliderProps);

/** The same props, warnings compared by their sentences (the panel works them out afresh each step). */
function sameSliderProps(before: WorkloadSliderProps, after: WorkloadSliderProps): boolean {
  return (
    before.view === after.view &&
    before.value === after.value &&
    before.typing === after.typing &&
    before.onChange === after.onChange &&
    before.check === after.check &&
    sameList(before.warnings, after.warnings)
  );
}

export function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((item, index) => item === b[index]);
}
