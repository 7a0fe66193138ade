import { memo } from 'react';
import { SelectField } from '../../components/ui/select-field';

const LIFETIMES = [
  { minutes: 5, label: '5 minutes' },
  { minutes: 60, label: '1 hour' },
] as const;

/**
 * How long cache writes must live: a route with a 5-minute and a 1-hour write price bills the one
 * chosen; a route with one write price bills that one.
 */
export const CacheLifetimeField = memo(function CacheLifetimeField({
  minutes,
  onChange,
}: {
  readonly minutes: number;
  readonly onChange: (minutes: number) => void;
}) {
  // A link may carry any lifetime from 5 to 60 minutes; it shows as the choice that bills the same way.
  const shown = minutes > 5 ? 60 : 5;
  return (
    <div className="cache-lifetime">
      <SelectField
        label="Cache lifetime"
        value={String(shown)}
        onChange={(event) => onChange(Number(event.target.value))}
      >
        {LIFETIMES.map((lifetime) => (
          <option key={lifetime.minutes} value={lifetime.minutes}>
            {lifetime.label}
          </option>
        ))}
      </SelectField>
      <p className="field-hint">
        Routes that publish a 1-hour write price (such as Kimi K3.1 Pro) bill longer-lived writes at it;
        others bill their one write price.
      </p>
    </div>
  );
});
