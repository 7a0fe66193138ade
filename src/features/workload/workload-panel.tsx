import { useCallback, useMemo } from 'react';
import { Card } from '../../components/ui/card';
import { SelectField } from '../../components/ui/select-field';
import { providerDefaults } from '../../domain/cost/tariff';
import { selectedEndpoint } from '../../domain/scenario/scenario';
import {
  cacheWriteCapNote,
  checkConsumerField,
  fitWarningsByField,
  type ShapeField,
  shapeFieldValue,
} from '../../domain/workload/shape-fields';
import { SHAPE_KIND_LABELS, type ShapeKind } from '../../domain/workload/shape-kinds';
import type { WorkloadShape } from '../../domain/workload/shapes';
import { useNumberTyping } from '../../lib/typing-locale';
import { useCalculator, useCalculatorStore } from '../../store/calculator-context';
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
import { WorkloadSlider } from './workload-slider';
import './workload.css';

const KINDS = Object.keys(SHAPE_KIND_LABELS) as ShapeKind[];

/**
 * The selected endpoint's workload: its shape, traffic and tokens, caching, retries and the extras.
 * The fields are memoised with stable handlers, so a step re-renders the slider that moved and the
 * fields whose value or warnings changed, not every field.
 */
export function WorkloadPanel() {
  const typing = useNumberTyping();
  const endpoint = useSelectedEndpoint();
  const endpointCount = useCalculator((state) => state.endpoints.length);
  const setShapeValue = useCalculator((state) => state.setShapeValue);
  const setShapeKind = useCalculator((state) => state.setShapeKind);
  const setConsumerTraffic = useCalculator((state) => state.setConsumerTraffic);
  const { route } = useActiveRoute();
  const store = useCalculatorStore();
  const { shape } = endpoint;
  // Read at call time: two quick steps on different sliders each check against the shape in force.
  const checkField = useCallback(
    (field: ShapeField, value: number) =>
      checkConsumerField(selectedEndpoint(store.getState()).shape, field, value),
    [store],
  );
  const setCap = useCallback(
    (value: number | null) => setShapeValue('maxOutputTokensPerCall', value),
    [setShapeValue],
  );
  const setLifetime = useCallback(
    (minutes: number) => setShapeValue('cacheWriteLifetimeMinutes', minutes),
    [setShapeValue],
  );

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
        onChange={setShapeValue}
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
        onChange={setShapeValue}
      />
    ) : (
      <WorkloadSlider
        key={view.field}
        view={view}
        value={shapeFieldValue(shape, view.field)}
        typing={typing}
        warnings={view.field === 'cacheWriteRatePercent' && writeCap ? [writeCap] : warnings[view.field]}
        check={checkField}
        onChange={setShapeValue}
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
        <CacheLifetimeField minutes={shape.cacheWriteLifetimeMinutes} onChange={setLifetime} />
      ) : null}
      {CACHE_AND_RETRY_VIEWS.slice(2).map(renderField)}
      <fieldset className="workload-panel__extras">
        <legend>Reasoning, output cap and batch</legend>
        {CALL_EXTRA_VIEWS.slice(0, 1).map(renderField)}
        <OutputCapField
          cap={shape.maxOutputTokensPerCall}
          startValue={typicalOutput(shape) + shape.reasoningTokensPerCall}
          onChange={setCap}
        />
        {CALL_EXTRA_VIEWS.slice(1).map(renderField)}
      </fieldset>
      <p className="field-hint">
        Switching the shape keeps caching, retries and the extras; its other fields come back as you left them
        for this endpoint, or start from typical values for that shape.
      </p>
    </Card>
  );
}

/** A call's usual output in the shape, where a new output cap starts (with the reasoning). */
function typicalOutput(shape: WorkloadShape): number {
  return shape.kind === 'conversation'
    ? shape.replyTokensPerTurn
    : shape.kind === 'agent-chain'
      ? shape.outputTokensPerStep
      : shape.outputTokensPerRequest;
}
