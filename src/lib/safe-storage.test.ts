import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearSavedScenario, loadSavedScenario, saveScenario } from './safe-storage';

describe('safe storage', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    localStorage.clear();
  });

  it('saves, loads and clears the scenario', () => {
    saveScenario('v=1&n=5');
    expect(loadSavedScenario()).toBe('v=1&n=5');
    clearSavedScenario();
    expect(loadSavedScenario()).toBeNull();
  });

  it('reads nothing, and never throws, when storage is full, blocked or holds something huge', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => saveScenario('v=1')).not.toThrow();
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(loadSavedScenario()).toBeNull();
    vi.spyOn(Storage.prototype, 'getItem').mockReturnValue('x'.repeat(200_001));
    expect(loadSavedScenario()).toBeNull();
  });
});
