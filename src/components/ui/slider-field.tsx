import { useId } from 'react';
import { QuantityInput } from './quantity-input';
import {
  LOG_SLIDER_STEPS,
  logPositionFromValue,
  logValueFromPosition,
  roundToTwoSignificant,
  type SliderRange,
} from './slider-scale';
import type { NumberTyping } from './use-draft';
import './slider-field.css';

/** A typed text read as the field's value, or the reason it is refused; `note` says how it was read. */
export type SliderReading =
  | { readonly ok: true; readonly value: number; readonly note: string | null }
  | { readonly ok: false; readonly message: string };

const KEY_DIRECTION: Record<string, 1 | -1> = {
  ArrowRight: 1,
  ArrowUp: 1,
  PageUp: 1,
  ArrowLeft: -1,
  ArrowDown: -1,
  PageDown: -1,
};

interface SliderFieldProps {
  readonly label: string;
  readonly value: number;
  readonly range: SliderRange;
  /** Reads the number field's text in the user's typing locale (range checks included). */
  readonly parse: (text: string, locale: string) => SliderReading;
  /** How the user types numbers: their locale, and the value in force written for it. */
  readonly typing: NumberTyping;
  readonly onChange: (value: number) => void;
  /** Formats a value for the field and for the slider's spoken value. */
  readonly format: (value: number) => string;
  readonly hint?: string;
  readonly warnings?: readonly string[];
  /** A rule beyond the field's range (e.g. across fields): the reason a value is refused, or null. */
  readonly check?: (value: number) => string | null;
}

/**
 * A slider for exploring and a number field for exact values, both named by the one visible label.
 * Logarithmic ranges move in round steps; the field takes any value in range.
 */
export function SliderField({
  label,
  value,
  range,
  parse,
  typing,
  onChange,
  format,
  hint,
  warnings = [],
  check,
}: SliderFieldProps) {
  const id = useId();
  const labelId = `${id}-label`;
  const hintId = `${id}-hint`;
  const warningId = `${id}-warning`;
  const isLog = range.sliderScale === 'log';
  const describedBy = [hint ? hintId : null, warnings.length > 0 ? warningId : null]
    .filter(Boolean)
    .join(' ');

  function step(direction: 1 | -1, large: boolean) {
    // Whole-number fields step at least 1; fields with decimals (a $0.005 fee) at least 0.001.
    const smallest = range.maxDecimals === 0 ? 1 : 10 ** -Math.min(range.maxDecimals, 3);
    const increment = isLog
      ? Math.max(smallest, roundToTwoSignificant(value * (large ? 0.5 : 0.1)))
      : large
        ? 10
        : 1;
    const next = Math.min(range.max, Math.max(range.min, value + direction * increment));
    onChange(isLog ? next : Math.round(next * 100) / 100);
  }

  return (
    <div className="slider-field">
      <div className="slider-field__head">
        <label id={labelId} htmlFor={`${id}-number`} className="slider-field__label">
          {label}
        </label>
        <QuantityInput
          id={`${id}-number`}
          labelId={labelId}
          shownText={format(value)}
          valueNow={value}
          valueMin={range.min}
          valueMax={range.max}
          describedBy={describedBy || undefined}
          onStep={step}
          typing={typing}
          read={(text, locale) => {
            const reading = parse(text, locale);
            if (!reading.ok) return reading;
            const refusal = check?.(reading.value) ?? null;
            return refusal === null
              ? { ok: true, commit: () => onChange(reading.value), note: reading.note ?? null }
              : { ok: false, message: refusal };
          }}
        />
      </div>
      <input
        type="range"
        className="slider-field__slider"
        aria-labelledby={labelId}
        aria-describedby={describedBy || undefined}
        aria-valuetext={format(value)}
        min={isLog ? 0 : range.min}
        max={isLog ? LOG_SLIDER_STEPS : range.max}
        step={1}
        value={isLog ? logPositionFromValue(value, range) : value}
        onChange={(event) => {
          const position = Number(event.target.value);
          onChange(isLog ? logValueFromPosition(position, range) : position);
        }}
        onKeyDown={(event) => {
          // One slider position can round back to the same value on a log scale, so arrow and page
          // keys step the value itself (by ~10 % or ~50 %) rather than the position.
          const direction = KEY_DIRECTION[event.key];
          if (!isLog || direction === undefined) return;
          event.preventDefault();
          step(direction, event.key === 'PageUp' || event.key === 'PageDown');
        }}
      />
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {warnings.length > 0 ? (
        <ul id={warningId} className="field-warning" aria-live="polite">
          {warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
