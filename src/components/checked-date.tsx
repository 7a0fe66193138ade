import { type PriceAge, parseSourceDate } from '../domain/rates/provenance';
import { describePriceAge } from '../domain/rates/rate-list';
import './checked-date.css';

interface CheckedDateProps {
  readonly date: string;
  /** What the date means (shown as the date's title). */
  readonly meaning: string;
  readonly age: PriceAge | null;
}

/**
 * The date a price was checked, marked "Possibly stale" with its age in words when it may be more than
 * 90 days old today (the age comes from priceAge against the day the app shell read).
 */
export function CheckedDate({ date, meaning, age }: CheckedDateProps) {
  const words = age === null ? null : describePriceAge(age, date);
  const dated = parseSourceDate(date) !== null;
  return (
    <span className="checked-date">
      {dated ? (
        <time dateTime={date} title={meaning}>
          {date}
        </time>
      ) : (
        <span className="unknown">undated</span>
      )}
      {words === null ? null : (
        <span className="checked-date__stale">
          <span className="badge badge--stale">Possibly stale</span> <span>{words}</span>
        </span>
      )}
    </span>
  );
}
