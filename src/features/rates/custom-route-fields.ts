import { CUSTOM_ROUTE_LIMITS, type CustomRouteField } from '../../domain/rates/custom-route';
import { PRICE_KIND_LABELS } from '../../domain/rates/prices';

export interface CustomRouteFieldSpec {
  readonly field: CustomRouteField;
  readonly label: string;
  readonly hint?: string;
  readonly inputMode?: 'text' | 'decimal' | 'numeric';
  readonly maxLength: number;
  readonly multiline?: boolean;
}

/** The form's fields in order; each label is the field's accessible name. */
export const CUSTOM_ROUTE_FIELDS: readonly CustomRouteFieldSpec[] = [
  { field: 'modelName', label: 'Model name', maxLength: CUSTOM_ROUTE_LIMITS.name },
  { field: 'providerName', label: 'Provider name', maxLength: CUSTOM_ROUTE_LIMITS.name },
  {
    field: 'input',
    label: `${PRICE_KIND_LABELS.input} price ($ per 1M tokens)`,
    inputMode: 'decimal',
    maxLength: 40,
  },
  {
    field: 'cachedInput',
    label: `${PRICE_KIND_LABELS.cachedInput} price ($ per 1M tokens)`,
    hint: 'Leave empty if the provider publishes none: cache hits are then billed at the input price.',
    inputMode: 'decimal',
    maxLength: 40,
  },
  {
    field: 'output',
    label: `${PRICE_KIND_LABELS.output} price ($ per 1M tokens)`,
    inputMode: 'decimal',
    maxLength: 40,
  },
  {
    field: 'contextWindow',
    label: 'Context window (tokens)',
    hint: 'Leave empty if unknown.',
    inputMode: 'numeric',
    maxLength: 40,
  },
  {
    field: 'maxOutput',
    label: 'Max output (tokens)',
    hint: 'Leave empty if unknown.',
    inputMode: 'numeric',
    maxLength: 40,
  },
  {
    field: 'sourceNote',
    label: 'Source note',
    hint: 'Optional: where these prices come from, e.g. a pricing page or a quote.',
    maxLength: CUSTOM_ROUTE_LIMITS.note,
    multiline: true,
  },
];
