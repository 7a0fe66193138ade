import { useId } from 'react';
import { PriceReferences } from '../../components/price-references';
import { SourceNote } from '../../components/source-note';
import { Card } from '../../components/ui/card';
import { formatTokens } from '../../domain/money/format-number';
import { PRICE_KIND_LABELS } from '../../domain/rates/prices';
import { providerLabel } from '../../domain/rates/route';
import { listModels, routesForModel } from '../../domain/rates/route-catalog';
import { selectedEndpoint } from '../../domain/scenario/scenario';
import { useCalculator } from '../../store/calculator-context';
import { useActiveRoute } from '../../store/use-active-route';
import { useRoutes } from '../../store/use-routes';
import { PriceField } from './price-field';
import './route-panel.css';

const MODEL_GROUPS = [
  { group: 'kimi', label: 'Kimi' },
  { group: 'comparison', label: 'Comparison models (not Kimi)' },
] as const;

function limitText(tokens: number | null): string {
  return tokens === null ? 'not published' : `${formatTokens(tokens)} tokens`;
}

export function RoutePanel() {
  const id = useId();
  const routes = useRoutes();
  const priceOverrides = useCalculator((state) => state.priceOverrides);
  const selectModel = useCalculator((state) => state.selectModel);
  const selectRoute = useCalculator((state) => state.selectRoute);
  const setPrice = useCalculator((state) => state.setPrice);
  const resetPrice = useCalculator((state) => state.resetPrice);
  const { route, prices } = useActiveRoute();
  const endpointName = useCalculator((state) => selectedEndpoint(state).name);
  const endpointCount = useCalculator((state) => state.endpoints.length);
  const overrides = priceOverrides[route.id] ?? {};
  const models = listModels(routes);
  const providers = routesForModel(routes, route.modelId);

  return (
    <Card title="Route" className="route-panel">
      {endpointCount > 1 ? <p className="field-hint">For the endpoint “{endpointName}”.</p> : null}
      <div className="route-panel__pickers">
        <div className="select-field">
          <label htmlFor={`${id}-model`}>Model</label>
          <select
            id={`${id}-model`}
            value={route.modelId}
            onChange={(event) => selectModel(event.target.value)}
          >
            {MODEL_GROUPS.map(({ group, label }) => (
              <optgroup key={group} label={label}>
                {models
                  .filter((model) => model.group === group)
                  .map((model) => (
                    <option key={model.modelId} value={model.modelId}>
                      {model.modelName}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="select-field">
          <label htmlFor={`${id}-provider`}>Provider</label>
          <select
            id={`${id}-provider`}
            value={route.id}
            onChange={(event) => selectRoute(event.target.value)}
          >
            {providers.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {providerLabel(candidate)}
              </option>
            ))}
          </select>
        </div>
      </div>

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
          <dd>
            <SourceNote source={route.source} />
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
      {route.notes ? <p className="route-panel__notes">{route.notes}</p> : null}
      <PriceReferences route={route} />
    </Card>
  );
}
