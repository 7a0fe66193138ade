import { describe, expect, it } from 'vitest';
import { aRoute, aWorkload } from '../../testing/builders';
import { DEFAULT_ENDPOINT } from '../scenario/endpoint';
import { requestShapeFromWorkload } from '../workload/shapes';
import { billScenario } from './bill-scenario';
import { usageByProvider } from './usage-by-provider';

const SEED = requestShapeFromWorkload(
  aWorkload({ requestsPerMonth: 1_000, inputTokensPerRequest: 2_000, outputTokensPerRequest: 500 }),
);
const routes = [
  aRoute('k26', { input: '0.95', cachedInput: '0.16', output: '4' }, { providerName: 'Moonshot AI' }),
  aRoute(
    'k25',
    { input: '0.6', cachedInput: '0.1', output: '3' },
    { providerName: 'Moonshot AI', modelName: 'Kimi K2.5' },
  ),
  aRoute('other', { input: '1', output: '4' }, { providerName: 'Other host' }),
];
const on = (id: string, routeId: string) => ({ ...DEFAULT_ENDPOINT, id, routeId, shape: SEED });

describe('usageByProvider', () => {
  // Rule: one bill per provider, summing its endpoints on all its routes; named by its route, or by
  // the provider and its routes when there are several.
  it('bills two Moonshot routes together ($3.90 + $2.70) and another host on its own', () => {
    const endpoints = [on('e1', 'k26'), on('e2', 'k25'), on('e3', 'other')];
    const usage = usageByProvider(billScenario({ endpoints, priceOverrides: {} }, routes));
    const dollars = (parts: readonly { amount: bigint }[]) =>
      Number(parts.reduce((sum, part) => sum + part.amount, 0n) / 10n ** 20n) / 10_000;
    expect(usage.map((bill) => [bill.name, bill.providerName, dollars(bill.parts)])).toEqual([
      ['Moonshot AI: Kimi K2.6 via Moonshot AI, Kimi K2.5 via Moonshot AI', 'Moonshot AI', 6.6],
      ['Kimi K2.6 via Other host', 'Other host', 4],
    ]);
    expect(usage[0]?.parts.map((part) => part.label)).toEqual(['Input', 'Cached input', 'Output']);
  });
});
