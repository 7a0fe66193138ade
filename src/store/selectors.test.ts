import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../domain/scenario/scenario';
import { createCalculatorStore } from './calculator-store';
import { selectScenario } from './selectors';

describe('selectScenario', () => {
  it('is the same object while the scenario is the same, and a new one holding the change after it', () => {
    const store = createCalculatorStore();
    const before = selectScenario(store.getState());
    store.getState().setShapeValue('requestsPerMonth', 5);
    const changed = selectScenario(store.getState());
    expect(changed).not.toBe(before);
    expect(changed.endpoints).toBe(store.getState().endpoints);
    expect(before.endpoints).toEqual(DEFAULT_SCENARIO.endpoints);
    expect(changed.endpoints).not.toEqual(before.endpoints);
    // Reading it again (another component, the next render) gives the very same object.
    expect(selectScenario(store.getState())).toBe(changed);
  });
});
