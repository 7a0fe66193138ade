import { useMemo } from 'react';
import { Card } from '../../components/ui/card';
import { SelectField } from '../../components/ui/select-field';
import { SliderField } from '../../components/ui/slider-field';
import { providerDefaults } from '../../domain/cost/tariff';
import {
  cacheWriteCapNote,
  checkConsumerField,
  fitWarningsByField,
  shapeFieldValue,
} from '../../domain/workload/shape-fields';
import { SHAPE_KIND_LABELS, type ShapeKind } from '../../domain/workload/shape-kinds';
import { useNumberTyping } from '../../lib/typing-locale';
import { useCalculator } from '../../store/calculator-context';
import { useActiveRoute, useSelectedEndpoint } from '../../store/use-active-route';
import { CacheLifetimeField } from './cache-lifetime-field';
import { OutputCapField } from './output-cap-field';
import { ProviderRuleField } from './provider-rule-field';
import {
  CACHE_AND_RETRY_VIEWS,
  CALL_EXTRA_VIEWS,
  CONSUMER_FIELD_VIEWS,
  SHAPE_FIELD_VIEWS,
  type WorkloadFieldView,
} from './workload-fields';
import './workload.css';

const KINDS = Object.keys(SHAPE_KIND_LABELS) as ShapeKind[];

/** The selected endpoint's workload: its shape, traffic and tokens, caching, retries and the extras. */
export function WorkloadPanel() {
  const typing = useNumberTyping();
  const endpoint = useSelectedEndpoint();
  const endpointCount = useCalculator((state) => state.endpoints.length);
  const setShapeValue = useCalculator((state) => state.setShapeValue);
  const setShapeKind = useCalculator((state) => state.setShapeKind);
  const setConsumerTraffic = useCalculator((state) => state.setConsumerTraffic);
  const { route } = useActiveRoute();
  const { shape } = endpoint;

  const warnings = useMemo(() => fitWarningsByField(shape, route), [shape, route]);
  const provider = useMemo(() => providerDefaults(route), [route]);
  const writeCap = cacheWriteCapNote(shape);

  const consumer = shape.kind === 'requests' ? shape.consumer : null;
  const trafficViews =
    shape.kind === 'requests' && consumer
      ? [...CONSUMER_FIELD_VIEWS, ...SHAPE_FIELD_VIEWS.requests.slice(1)]
      : SHAPE_FIELD_VIEWS[shape.kind];

  const renderField = (view: WorkloadFieldView) =>
    view.field === 'batchPriceMultiplierPercent' ? (
      <ProviderRuleField
        key={view.field}
        view={view}
        value={shape.batchPriceMultiplierPercent}
        providerValue={provider.batchPercent ?? 100}
        checkLabel="Use each provider's batch rule"
        providerHint={
          provider.batchPercent === null
            ? `${route.providerName} publishes no batch rule: batched traffic is billed at the standard price.`
            : `${route.providerName} bills batch at ${provider.batchPercent}% of the standard price (its published rule).`
        }
        onChange={(value) => setShapeValue(view.field, value)}
      />
    ) : view.field === 'toolCallFeeUsd' && shape.kind === 'agent-chain' ? (
      <ProviderRuleField
        key={view.field}
        view={view}
        value={shape.toolCallFeeUsd}
        providerValue={provider.toolFeeUsd ?? 0}
        checkLabel="Use each provider's tool fee"
        providerHint={
          provider.toolFeeUsd === null
            ? `${route.providerName} publishes no tool fee: tool calls are billed at $0.`
            : `${route.providerName} publishes $${provider.toolFeeUsd} per tool call.`
        }
        onChange={(value) => setShapeValue(view.field, value)}
      />
    ) : (
      <SliderField
        key={view.field}
        label={view.label}
        hint={view.hint}
        format={view.format}
        value={shapeFieldValue(shape, view.field)}
        range={view.range}
        parse={view.parse}
        typing={typing}
        warnings={view.field === 'cacheWriteRatePercent' && writeCap ? [writeCap] : warnings[view.field]}
        check={(value) => checkConsumerField(shape, view.field, value)}
        onChange={(value) => setShapeValue(view.field, value)}
      />
    );

  return (
    <Card title="Workload" className="workload-panel">
      {endpointCount > 1 ? <p className="field-hint">For the endpoint “{endpoint.name}”.</p> : null}
      <SelectField
        label="Workload shape"
        value={shape.kind}
        onChange={(event) => {
          const kind = KINDS.find((candidate) => candidate === event.target.value);
          if (kind) setShapeKind(kind);
        }}
      >
        {KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {SHAPE_KIND_LABELS[kind]}
          </option>
        ))}
      </SelectField>
      {shape.kind === 'requests' ? (
        <label className="check-field">
          <input
            type="checkbox"
            checked={consumer !== null}
            onChange={(event) => setConsumerTraffic(event.target.checked)}
          />
          Count users instead of requests
        </label>
      ) : null}
      {trafficViews.map(renderField)}
      {CACHE_AND_RETRY_VIEWS.slice(0, 2).map(renderField)}
      {shape.cacheWriteRatePercent > 0 ? (
        <CacheLifetimeField
          minutes={shape.cacheWriteLifetimeMinutes}
          onChange={(minutes) => setShapeValue('cacheWriteLifetimeMinutes', minutes)}
        />
      ) : null}
      {CACHE_AND_RETRY_VIEWS.slice(2).map(renderField)}
      <fieldset className="workload-panel__extras">
        <legend>Reasoning, output cap and batch</legend>
        {CALL_EXTRA_VIEWS.slice(0, 1).map(renderField)}
        <OutputCapField shape={shape} onChange={(value) => setShapeValue('maxOutputTokensPerCall', value)} />
        {CALL_EXTRA_VIEWS.slice(1).map(renderField)}
      </fieldset>
      <p className="field-hint">
        Switching the shape keeps caching, retries and the extras; its other fields come back as you left them
        for this endpoint, or start from typical values for that shape.
      </p>
    </Card>
  );
}
