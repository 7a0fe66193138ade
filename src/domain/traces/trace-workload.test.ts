import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTraceText } from '../../testing/trace-samples';
import { DEFAULT_CONVERSATION_SHAPE } from '../workload/shape-kinds';
import { validateShape } from '../workload/shape-ranges';
import { DEFAULT_CALL_OPTIONS } from '../workload/shapes';
import { endpointDrafts, newShapeFromTrace, shapeFromTrace, traceWorkload } from './trace-workload';

// Ten requests over nine hours: input 100…1,000, output 10…100, cached a tenth of the input.
const LOG = [
  'timestamp,input_tokens,cached_tokens,output_tokens,tag',
  ...Array.from({ length: 10 }, (_, index) => {
    const n = index + 1;
    return `2026-01-01T${String(index).padStart(2, '0')}:00:00Z,${n * 100},${n * 10},${n * 10},${n <= 7 ? 'chat' : '<b>search</b>'}`;
  }),
].join('\n');

describe('the workload a log sets', () => {
  const report = parseTraceText(LOG);

  // Requests per month: 10 × 2,629,800,000 ÷ 32,400,000 (nine hours) = 811.66… → 812.
  // Mean input 5,500 ÷ 10 = 550; p50 = rank 5 = 500; p90 = rank 9 = 900; p99 = rank 10 = 1,000.
  // Cache hit rate: 550 ÷ 5,500 = 10%, whatever the statistic.
  it.each([
    ['mean', 550, 55],
    ['p50', 500, 50],
    ['p90', 900, 90],
    ['p99', 1000, 100],
  ] as const)('with the %s: %d input and %d output tokens', (statistic, input, output) => {
    expect(traceWorkload(report.overall, statistic)).toEqual({
      requestsPerMonth: 812,
      inputTokensPerRequest: input,
      outputTokensPerRequest: output,
      cacheHitRatePercent: 10,
    });
  });

  it('rounds a mean half up to a whole token', () => {
    const halves = parseTraceText('input,output\n1,0\n2,1\n');
    expect(traceWorkload(halves.overall, 'mean')).toMatchObject({
      inputTokensPerRequest: 2,
      outputTokensPerRequest: 1,
    });
  });

  it('makes one endpoint per tag, named as text', () => {
    expect(endpointDrafts(report.groups, 'mean')).toEqual([
      {
        name: 'chat',
        // 7 of the 10 requests: 7 × 2,629,800,000 ÷ 32,400,000 = 568.16… → 568; mean input 2,800 ÷ 7 = 400.
        workload: {
          requestsPerMonth: 568,
          inputTokensPerRequest: 400,
          outputTokensPerRequest: 40,
          cacheHitRatePercent: 10,
        },
      },
      {
        name: '<b>search</b>',
        workload: {
          requestsPerMonth: 244,
          inputTokensPerRequest: 900,
          outputTokensPerRequest: 90,
          cacheHitRatePercent: 10,
        },
      },
    ]);
  });

  it('stays inside the workload ranges, whatever the log', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            input: fc.nat({ max: 10_000_000 }),
            cached: fc.nat({ max: 10_000_000 }),
            output: fc.nat({ max: 10_000_000 }),
            ms: fc.nat({ max: 5000 }),
          }),
          { minLength: 1, maxLength: 20 },
        ),
        fc.constantFrom('mean', 'p50', 'p90', 'p99'),
        (rows, statistic) => {
          const text = `input,cached,output,timestamp\n${rows
            .map(
              (row) =>
                `${row.input},${Math.min(row.cached, row.input)},${row.output},${1_767_225_600_000 + row.ms}`,
            )
            .join('\n')}`;
          const workload = traceWorkload(parseTraceText(text).overall, statistic);
          expect(validateShape(newShapeFromTrace(workload))).toEqual([]);
        },
      ),
    );
  });
});

describe('applying a log to an endpoint', () => {
  const workload = {
    requestsPerMonth: 12_000,
    inputTokensPerRequest: 1_800,
    outputTokensPerRequest: 240,
    cacheHitRatePercent: 37.5,
  };

  it('turns any shape into single requests of the log’s size, keeping its retry buffer and extras', () => {
    const chat = { ...DEFAULT_CONVERSATION_SHAPE, retryBufferPercent: 5, reasoningTokensPerCall: 100 };
    expect(shapeFromTrace(chat, workload)).toEqual({
      ...DEFAULT_CALL_OPTIONS,
      ...workload,
      kind: 'requests',
      consumer: null,
      retryBufferPercent: 5,
      reasoningTokensPerCall: 100,
    });
  });

  it('gives a new endpoint the log’s size with no retry buffer', () => {
    expect(newShapeFromTrace(workload)).toEqual({
      ...DEFAULT_CALL_OPTIONS,
      ...workload,
      kind: 'requests',
      consumer: null,
    });
  });
});
