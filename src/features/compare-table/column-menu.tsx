import { useId, useRef, useState } from 'react';
import { useCalculator } from '../../store/calculator-context';
import type { ColumnVisibility } from './use-column-visibility';

/**
 * "Columns": a button that opens a list of checkboxes, one per column the table can show (Model and
 * Provider always show). Escape closes it and gives focus back to the button.
 */
export function ColumnMenu({ choices }: { readonly choices: ColumnVisibility['choices'] }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const setColumnChoice = useCalculator((state) => state.setColumnChoice);
  return (
    <div className="column-menu">
      <button
        ref={button}
        type="button"
        className="small-button column-menu__button"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        onClick={() => setOpen((was) => !was)}
      >
        Columns
      </button>
      {open ? (
        <fieldset
          id={`${id}-list`}
          className="column-menu__list"
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            setOpen(false);
            button.current?.focus();
          }}
        >
          <legend>Columns shown in the table</legend>
          {choices.map(({ column, shown }) => (
            <div key={column.id} className="checkbox-field">
              <input
                id={`${id}-${column.id}`}
                type="checkbox"
                checked={shown}
                onChange={(event) => setColumnChoice(column.id, event.target.checked)}
              />
              <label htmlFor={`${id}-${column.id}`}>{column.header}</label>
            </div>
          ))}
        </fieldset>
      ) : null}
    </div>
  );
}
