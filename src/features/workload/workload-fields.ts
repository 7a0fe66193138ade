import { formatQuantity } from '../../domain/format';
import type { WorkloadField } from '../../domain/workload';

interface WorkloadFieldView {
  /** Visible label and accessible name of both the slider and the number field (a contract). */
  readonly label: string;
  readonly hint: string;
  readonly format: (value: number) => string;
}

const count = (value: number) => formatQuantity(value, 0);
const percent = (value: number) => `${formatQuantity(value, 2)}%`;

export const WORKLOAD_FIELD_VIEWS: Readonly<Record<WorkloadField, WorkloadFieldView>> = {
  requestsPerMonth: {
    label: 'Requests per month',
    hint: '0 to 1,000,000,000,000. Accepts 250k, 1.5M, 2e9.',
    format: count,
  },
  inputTokensPerRequest: {
    label: 'Input tokens per request',
    hint: 'Prompt, system instructions, history and retrieved documents. 0 to 10,000,000.',
    format: count,
  },
  outputTokensPerRequest: {
    label: 'Output tokens per request',
    hint: 'Generated tokens, reasoning included. 0 to 10,000,000.',
    format: count,
  },
  cacheHitRatePercent: {
    label: 'Cache hit rate',
    hint: 'Share of input tokens billed at the cached-input price. 0 to 100%.',
    format: percent,
  },
  retryBufferPercent: {
    label: 'Retry buffer',
    hint: 'Extra traffic for retries and edge cases, added on top. 0 to 100%.',
    format: percent,
  },
};
