import { SourceNote } from '../../components/source-note';
import { Notice } from '../../components/ui/notice';
import {
  describePriceChange,
  type PriceChange,
  routesWithPriceChanges,
} from '../../domain/share-link/price-change';
import { useCalculator } from '../../store/calculator-context';
import './link-price-notice.css';
import { useRoutes } from '../../store/use-routes';

interface LinkPriceNoticeProps {
  readonly priceChanges: readonly PriceChange[];
  /** Called when the user chose: the notice is done. */
  readonly onDone: () => void;
}

/**
 * "Prices from this link": the link's prices of rate-sheet routes that differ from the sheet, each
 * beside the sheet's figure, with the sheet's source and date, and one click back to the sheet. Its
 * region keeps the name "Prices changed since this link was made" (checks outside the suite use it).
 */
export function LinkPriceNotice({ priceChanges, onDone }: LinkPriceNoticeProps) {
  const routes = useRoutes();
  const resetPrice = useCalculator((state) => state.resetPrice);
  return (
    <Notice label="Prices changed since this link was made">
      <h2 className="notice__title">Prices from this link</h2>
      <p>
        This link carries prices for routes of the rate sheet that are not the sheet's (it may be older than
        the sheet, or someone changed them). The figures on this page use the link's prices:
      </p>
      <ul>
        {priceChanges.map((change) => (
          <li key={`${change.routeId}-${change.kind}`}>{describePriceChange(change, routes)}</li>
        ))}
      </ul>
      <ul className="notice__sources">
        {routesWithPriceChanges(priceChanges, routes).map(({ routeId, name, sheetSource }) =>
          sheetSource ? (
            <li key={routeId}>
              The sheet's prices for {name}: <SourceNote source={sheetSource} />
            </li>
          ) : null,
        )}
      </ul>
      <button
        type="button"
        onClick={() => {
          for (const change of priceChanges) resetPrice(change.kind, change.routeId);
          onDone();
        }}
      >
        Use the sheet's prices
      </button>{' '}
      <button type="button" onClick={onDone}>
        Keep the link's prices
      </button>
    </Notice>
  );
}
