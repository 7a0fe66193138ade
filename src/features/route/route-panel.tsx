import { CheckedDate } from '../../components/checked-date';
import { PriceReferences } from '../../components/price-references';
import { SourceNote } from '../../components/source-note';
import { Card } from '../../components/ui/card';
import { formatCount } from '../../domain/money/format-number';
import { PRICE_KIND_LABELS } from '../../domain/rates/prices';
import { listReferences } from '../../domain/rates/provenance';
import { noteForPeople } from '../../domain/rates/source-words';
import { selectedEndpoint } from '../../domain/scenario/scenario';
import { useToday } from '../../lib/today';
import { useCalculator } from '../../store/calculator-context';
import { useActiveRoute } from '../../store/use-active-route';
import { useRoutes } from '../../store/use-routes';
import { PriceField } from './price-field';
import { RetiredRouteNotice } from './retired-route-notice';
import { RoutePicker } from './route-picker';
import './route-panel.css';
import { RouteTerms } from './route-terms';

function limitText(tokens: number | null): string {
  return tokens === null ? 'not published' : formatCount(tokens, 'token');
}

/**
 * The selected endpoint's route: its pickers (unless the page shows them elsewhere, as the full page
 * does at its top), its prices, where they come from and its limits.
 */
export function RoutePanel({ withPicker = true }: { readonly withPicker?: boolean }) {
  const routes = useRoutes();
  const priceOverrides = useCalculator((state) => state.priceOverrides);
  const selectRoute = useCalculator((state) => state.selectRoute);
  const setPrice = useCalculator((state) => state.setPrice);
  const resetPrice = useCalculator((state) => state.resetPrice);
  const { route, prices } = useActiveRoute();
  const endpointName = useCalculator((state) => selectedEndpoint(state).name);
  const endpointCount = useCalculator((state) => state.endpoints.length);
  const overrides = priceOverrides[route.id] ?? {};
  const today = useToday();
  const chosen = useCalculator((state) => state.chosenReferences[route.id]);
  const chooseReference = useCalculator((state) => state.chooseReference);
  // Every figure for the route; the one in force (the sheet's, another source's the user chose with
  // "Use this figure", or their own) names the source and date shown.
  const entries = listReferences(route, overrides, today, chosen);
  const inUse = entries.find((entry) => entry.inUse);

  return (
    <Card title="Route" className="route-panel">
      {endpointCount > 1 ? <p className="field-hint">For the endpoint “{endpointName}”.</p> : null}
      <RetiredRouteNotice routes={routes} route={route} onSwitch={selectRoute} />
      {withPicker ? <RoutePicker className="route-panel__pickers" /> : null}

      <div className="route-panel__prices">
        {(['input', 'cachedInput', 'output'] as const).map((kind) => (
          <PriceField
            key={`${route.id}-${kind}`}
            name={`${PRICE_KIND_LABELS[kind]} price`}
            price={prices[kind]}
            isCustom={overrides[kind] !== undefined}
            allowNone={kind === 'cachedInput'}
            noneNote={
              kind === 'cachedInput'
                ? 'No cached-input price published for this route: cache hits are billed at the full input price.'
                : undefined
            }
            onChange={(price) => setPrice(kind, price)}
            onReset={() => resetPrice(kind)}
          />
        ))}
      </div>

      <dl className="route-panel__facts">
        <div>
          <dt>Prices from</dt>
          <dd>{inUse?.source ? <SourceNote source={inUse.source} /> : 'Your prices'}</dd>
        </div>
        <div>
          <dt>Checked</dt>
          <dd>
            {inUse?.source ? (
              <CheckedDate date={inUse.source.date} meaning={inUse.source.dateMeaning} age={inUse.age} />
            ) : (
              <span className="unknown">typed by you</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Context window</dt>
          <dd>{limitText(route.contextWindow)}</dd>
        </div>
        <div>
          <dt>Max output</dt>
          <dd>{limitText(route.maxOutput)}</dd>
        </div>
      </dl>
      <RouteTerms route={route} />
      {route.notes ? <p className="route-panel__notes">{noteForPeople(route.notes)}</p> : null}
      <PriceReferences
        route={route}
        choice={{ entries, onChoose: (key) => chooseReference(route.id, key) }}
      />
    </Card>
  );
}
