import { describe, expect, it } from 'vitest';
import { aRoute, aWorkload, billInputsOf } from '../../testing/builders';
import type { Endpoint } from '../scenario/endpoint';
import { requestShapeFromWorkload } from '../workload/shapes';
import { describeBillNotes } from './bill-notes';
import { billScenario } from './bill-scenario';

const MOONSHOT = aRoute('moonshot', { input: '0.95', cachedInput: '0.16', output: '4' });
const NO_CACHE = aRoute('nocache', { input: '1', cachedInput: null, output: '4' });
const shape = (retryBufferPercent: number, cacheHitRatePercent = 0) =>
  requestShapeFromWorkload(
    aWorkload({
      requestsPerMonth: 1_000,
      inputTokensPerRequest: 2_000,
      retryBufferPercent,
      cacheHitRatePercent,
    }),
  );
/** Endpoint i on routes[i]. */
const notes = (shapes: ReturnType<typeof shape>[], routeIds: string[]) => {
  const endpoints = billInputsOf(shapes).endpoints.map(
    (endpoint, index): Endpoint => ({ ...endpoint, routeId: routeIds[index] ?? 'moonshot' }),
  );
  return describeBillNotes(billScenario({ endpoints, priceOverrides: {} }, [MOONSHOT, NO_CACHE]), '$0.19');
};

describe('describeBillNotes', () => {
  // Rule: one route by name, else endpoints on routes; the one rate, else the buffers together; a
  // cached-price note only when a route in use bills cache hits at the input price.
  it.each([
    {
      name: 'one endpoint, no buffer',
      notes: notes([shape(0)], ['moonshot']),
      expected: { routeText: 'Kimi K2.6 via moonshot', retry: '', cachedPrice: '' },
    },
    {
      name: 'one endpoint with a 10% buffer and cache hits on a route without a cached price',
      notes: notes([shape(10, 50)], ['nocache']),
      expected: {
        routeText: 'Kimi K2.6 via nocache',
        retry: 'Includes a 10% retry buffer: $0.19 a month. ',
        cachedPrice:
          'This route publishes no cached-input price, so cache hits are billed at the full input price. ',
      },
    },
    {
      name: 'two endpoints on two routes, one with a buffer',
      notes: notes([shape(0), shape(5, 20)], ['moonshot', 'nocache']),
      expected: {
        routeText: '2 endpoints on 2 routes',
        retry: 'Includes retry buffers: $0.19 a month. ',
        cachedPrice:
          'A route here publishes no cached-input price, so its cache hits are billed at the full input price. ',
      },
    },
    {
      name: 'two endpoints on one route',
      notes: notes([shape(0), shape(0)], ['moonshot', 'moonshot']),
      expected: { routeText: 'Kimi K2.6 via moonshot', retry: '', cachedPrice: '' },
    },
  ])('$name', ({ notes: shown, expected }) => {
    expect(shown).toEqual(expected);
  });
});
