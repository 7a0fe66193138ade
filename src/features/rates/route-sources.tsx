import { CheckedDate } from '../../components/checked-date';
import { FigureChoiceCell } from '../../components/figure-choice-cell';
import { PRICE_KIND_LABELS, PRICE_KINDS } from '../../domain/rates/prices';
import type { ReferenceEntry, ReferenceKey } from '../../domain/rates/provenance';
import { noteForPeople } from '../../domain/rates/source-words';
import { PriceTextCell } from './price-text';
import { SourceLabel } from './source-label';

interface RouteSourcesProps {
  /** "Kimi K2.6 via Moonshot AI": names the table and the buttons. */
  readonly routeName: string;
  readonly entries: readonly ReferenceEntry[];
  readonly onChoose: (key: ReferenceKey) => void;
}

/**
 * Every published figure for a route side by side (listReferences), the one in force marked "In use";
 * any other can be put in force with "Use this figure". The rates view shows it in a row of its own,
 * the table's full width, under the route's row ("Sources (n)" opens it).
 */
export function RouteSources({ routeName, entries, onChoose }: RouteSourcesProps) {
  return (
    <div className="route-sources">
      <table className="route-sources__table">
        <caption className="visually-hidden">Published prices for {routeName}</caption>
        <thead>
          <tr>
            <th scope="col">Source</th>
            {PRICE_KINDS.map((kind) => (
              <th key={kind} scope="col">
                {PRICE_KIND_LABELS[kind]}
              </th>
            ))}
            <th scope="col">Checked</th>
            <th scope="col">
              <span className="visually-hidden">In use</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.key} className={entry.inUse ? 'is-in-use' : undefined}>
              <th scope="row">
                {entry.source === null ? 'Your prices' : <SourceLabel source={entry.source} />}
                {entry.note ? <span className="route-sources__note">{noteForPeople(entry.note)}</span> : null}
              </th>
              <td>
                <PriceTextCell price={entry.prices.input} />
              </td>
              <td>
                <PriceTextCell price={entry.prices.cachedInput} />
              </td>
              <td>
                <PriceTextCell price={entry.prices.output} />
              </td>
              <td>
                {entry.source === null ? (
                  <span className="unknown">typed by you</span>
                ) : (
                  <CheckedDate date={entry.source.date} meaning={entry.source.dateMeaning} age={entry.age} />
                )}
              </td>
              <FigureChoiceCell entry={entry} routeName={routeName} onChoose={onChoose} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
