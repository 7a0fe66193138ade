import { useId, useMemo } from 'react';
import { Card } from '../../components/ui/card';
import { SliderField } from '../../components/ui/slider-field';
import { readQuantity } from '../../domain/money/quantity';
import { describeFitProblem, type FitProblem, findShapesFitProblems } from '../../domain/workload/fit';
import { SHAPE_KIND_LABELS, type ShapeKind } from '../../domain/workload/shape-kinds';
import { validateShape } from '../../domain/workload/shape-ranges';
import type { WorkloadShape } from '../../domain/workload/shapes';
import { numberTyping } from '../../lib/typing-locale';
import { useCalculator } from '../../store/calculator-context';
import { useActiveRoute, useSelectedEndpoint } from '../../store/use-active-route';
import { OutputCapField } from './output-cap-field';
import {
  CACHE_AND_RETRY_VIEWS,
  CALL_EXTRA_VIEWS,
  CONSUMER_FIELD_VIEWS,
  SHAPE_FIELD_VIEWS,
  type WorkloadFieldView,
} from './workload-fields';
import './workload.css';

/** Which field a route-limit warning sits beside, per shape kind. */
const WARNING_FIELDS: Readonly<Record<ShapeKind, Record<FitProblem['kind'], string>>> = {
  requests: {
    'input-exceeds-context': 'inputTokensPerRequest',
    'total-exceeds-context': 'inputTokensPerRequest',
    'output-exceeds-max-output': 'outputTokensPerRequest',
  },
  conversation: {
    'input-exceeds-context': 'turnsPerConversation',
    'total-exceeds-context': 'turnsPerConversation',
    'output-exceeds-max-output': 'replyTokensPerTurn',
  },
  'agent-chain': {
    'input-exceeds-context': 'stepsPerTask',
    'total-exceeds-context': 'stepsPerTask',
    'output-exceeds-max-output': 'outputTokensPerStep',
  },
};

const KINDS = Object.keys(SHAPE_KIND_LABELS) as ShapeKind[];

function fieldValue(shape: WorkloadShape, field: string): number {
  const source =
    shape.kind === 'requests' && shape.consumer && field in shape.consumer ? shape.consumer : shape;
  const value: unknown = Reflect.get(source, field);
  return typeof value === 'number' ? value : 0;
}

/** The selected endpoint's workload: its shape, traffic and tokens, caching, retries and the extras. */
export function WorkloadPanel() {
  const id = useId();
  const endpoint = useSelectedEndpoint();
  const endpointCount = useCalculator((state) => state.endpoints.length);
  const setShapeValue = useCalculator((state) => state.setShapeValue);
  const setShapeKind = useCalculator((state) => state.setShapeKind);
  const setConsumerTraffic = useCalculator((state) => state.setConsumerTraffic);
  const { route } = useActiveRoute();
  const { shape } = endpoint;

  const warnings = useMemo(() => {
    const byField: Record<string, string[]> = {};
    for (const problem of findShapesFitProblems([shape], route)) {
      const field = WARNING_FIELDS[shape.kind][problem.kind];
      byField[field] = [...(byField[field] ?? []), describeFitProblem(problem)];
    }
    return byField;
  }, [shape, route]);

  const consumer = shape.kind === 'requests' ? shape.consumer : null;
  const trafficViews =
    shape.kind === 'requests' && consumer
      ? [...CONSUMER_FIELD_VIEWS, ...SHAPE_FIELD_VIEWS.requests.slice(1)]
      : SHAPE_FIELD_VIEWS[shape.kind];

  const renderField = (view: WorkloadFieldView) => (
    <SliderField
      key={view.field}
      label={view.label}
      hint={view.hint}
      format={view.format}
      value={fieldValue(shape, view.field)}
      range={view.range}
      parse={(text, locale) => readQuantity(text, view.range, locale)}
      typing={numberTyping()}
      warnings={warnings[view.field]}
      check={(value) => {
        if (view.field !== 'usersPerMonth' && view.field !== 'requestsPerUser') return null;
        if (!consumer) return null;
        const next = { ...shape, consumer: { ...consumer, [view.field]: value } };
        return validateShape(next).find((problem) => problem.field === 'consumer')?.message ?? null;
      }}
      onChange={(value) => setShapeValue(view.field, value)}
    />
  );

  return (
    <Card title="Workload" className="workload-panel">
      {endpointCount > 1 ? <p className="field-hint">For the endpoint “{endpoint.name}”.</p> : null}
      <div className="select-field">
        <label htmlFor={`${id}-kind`}>Workload shape</label>
        <select
          id={`${id}-kind`}
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
        </select>
      </div>
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
      {CACHE_AND_RETRY_VIEWS.map(renderField)}
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
