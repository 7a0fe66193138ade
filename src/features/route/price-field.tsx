import { useId } from 'react';
import { QuantityInput } from '../../components/ui/quantity-input';
import { toScaledInteger } from '../../domain/money/decimal';
import { readQuantity } from '../../domain/money/quantity';
import {
  formatPriceText,
  PRICE_DECIMALS,
  PRICE_RANGE,
  type PriceText,
  priceToText,
  stepPrice,
} from '../../domain/rates/prices';
import { useNumberTyping } from '../../lib/typing-locale';

interface PriceFieldProps {
  /** "Input price": the field is labelled "Input price per 1M tokens". */
  readonly name: string;
  readonly price: PriceText | null;
  readonly isCustom: boolean;
  /** Whether an empty field means "no price" (cached input) rather than an error. */
  readonly allowNone?: boolean;
  readonly noneNote?: string;
  readonly onChange: (price: PriceText | null) => void;
  readonly onReset: () => void;
}

/** The field shows the price without its dollar sign (the sign sits beside the field). */
function shownPrice(price: PriceText | null): string {
  return formatPriceText(price)?.slice(1) ?? '';
}

/** A price in USD per 1M tokens that the user can edit; an edited price is marked custom. */
export function PriceField({
  name,
  price,
  isCustom,
  allowNone = false,
  noneNote,
  onChange,
  onReset,
}: PriceFieldProps) {
  const typing = useNumberTyping();
  const id = useId();
  const labelId = `${id}-label`;
  const noteId = `${id}-note`;
  const label = `${name} per 1M tokens`;
  const showNone = price === null && noneNote;
  return (
    <div className="price-field">
      <label id={labelId} htmlFor={`${id}-input`} className="price-field__label">
        {label}
      </label>
      <div className="price-field__control">
        <span className="price-field__currency" aria-hidden="true">
          $
        </span>
        <QuantityInput
          id={`${id}-input`}
          labelId={labelId}
          shownText={shownPrice(price)}
          placeholder={allowNone ? 'none' : undefined}
          describedBy={showNone ? noteId : undefined}
          onStep={(direction, large) => onChange(priceToText(stepPrice(price, direction, large)))}
          typing={typing}
          read={(text, locale) => {
            if (allowNone && text.trim() === '') return { ok: true, commit: () => onChange(null) };
            const reading = readQuantity(text, PRICE_RANGE, locale);
            if (!reading.ok) return reading;
            const micro = toScaledInteger(reading.exact, PRICE_DECIMALS) as bigint;
            return { ok: true, commit: () => onChange(priceToText(micro)), note: reading.note };
          }}
        />
        {isCustom ? (
          <>
            <span className="badge">custom</span>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                onReset();
                // The button disappears with the custom price: keep keyboard focus on the field.
                document.getElementById(`${id}-input`)?.focus();
              }}
            >
              Reset {name.toLowerCase()}
            </button>
          </>
        ) : null}
      </div>
      {showNone ? (
        <p id={noteId} className="field-hint">
          {noneNote}
        </p>
      ) : null}
    </div>
  );
}
