import { describeDisputed, disputedKinds } from '../domain/rates/disagreement';
import { formatPriceText, PRICE_KIND_LABELS, PRICE_KINDS, type PriceText } from '../domain/rates/prices';
import type { ReferenceEntry, ReferenceKey } from '../domain/rates/provenance';
import { type Route, routeName } from '../domain/rates/route';
import { noteForPeople } from '../domain/rates/source-words';
import { FigureChoiceCell } from './figure-choice-cell';
import { SourceNote } from './source-note';
import './price-references.css';

function price(text: PriceText | null): string {
  return formatPriceText(text) ?? '—';
}

interface PriceReferencesProps {
  readonly route: Route;
  readonly compact?: boolean;
  /**
   * The route's figures side by side (provenance.ts listReferences) and what "Use this figure" does:
   * with them, the figure in force is marked "In use" and every other published one can be put in
   * force. Without them, the sheet's figure is listed as in use and the others as text.
   */
  readonly choice?: {
    readonly entries: readonly ReferenceEntry[];
    readonly onChoose: (key: ReferenceKey) => void;
  };
}

/** Other published figures for the route, shown on demand; flagged, with the prices in dispute, when they disagree. */
export function PriceReferences({ route, compact = false, choice }: PriceReferencesProps) {
  if (route.references.length === 0) return null;
  const disputed = route.disagrees ? disputedKinds(route) : [];
  const count = `${route.references.length} other ${route.references.length === 1 ? 'figure' : 'figures'}`;
  return (
    <details className="price-references">
      <summary>
        {disputed.length > 0 ? 'Sources disagree' : 'Other sources agree'}
        {compact ? '' : disputed.length > 0 ? ` on ${describeDisputed(disputed)}: ${count}` : `: ${count}`}
      </summary>
      <table>
        <caption className="visually-hidden">Other published prices for {route.modelName}</caption>
        <thead>
          <tr>
            <th scope="col">Source</th>
            {PRICE_KINDS.map((kind) => (
              <th key={kind} scope="col">
                {PRICE_KIND_LABELS[kind]}
              </th>
            ))}
            {choice ? (
              <th scope="col">
                <span className="visually-hidden">In use</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>{choice ? <ChoiceRows route={route} {...choice} /> : <PlainRows route={route} />}</tbody>
      </table>
    </details>
  );
}

function PriceCells({ prices }: { readonly prices: Route['prices'] }) {
  return (
    <>
      <td>{price(prices.input)}</td>
      <td>{price(prices.cachedInput)}</td>
      <td>{price(prices.output)}</td>
    </>
  );
}

/** The sheet's figure as in use, then the other figures. */
function PlainRows({ route }: { readonly route: Route }) {
  return (
    <>
      <tr className="price-references__current">
        <th scope="row">
          In use: <SourceNote source={route.source} />
        </th>
        <PriceCells prices={route.prices} />
      </tr>
      {route.references.map((reference) => (
        <tr key={`${reference.source.label}-${reference.source.date}-${JSON.stringify(reference.prices)}`}>
          <th scope="row">
            <SourceNote source={reference.source} />
            {reference.note ? (
              <span className="price-references__note">{noteForPeople(reference.note)}</span>
            ) : null}
          </th>
          <PriceCells prices={reference.prices} />
        </tr>
      ))}
    </>
  );
}

/** Every figure, the one in force marked "In use", any other with "Use this figure". */
function ChoiceRows({
  route,
  entries,
  onChoose,
}: { readonly route: Route } & NonNullable<PriceReferencesProps['choice']>) {
  const name = routeName(route);
  return (
    <>
      {entries.map((entry) => (
        <tr key={entry.key} className={entry.inUse ? 'price-references__current' : undefined}>
          <th scope="row">
            {entry.source === null ? 'Your prices' : <SourceNote source={entry.source} />}
            {entry.note && entry.key !== 'sheet' ? (
              <span className="price-references__note">{noteForPeople(entry.note)}</span>
            ) : null}
          </th>
          <PriceCells prices={entry.prices} />
          <FigureChoiceCell entry={entry} routeName={name} onChoose={onChoose} />
        </tr>
      ))}
    </>
  );
}
