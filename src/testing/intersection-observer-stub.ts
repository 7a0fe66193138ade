import { vi } from 'vitest';

/**
 * Replaces `IntersectionObserver` with one the test moves: the returned `scrollTo(near)` tells every
 * observed element that it has come near the viewport (`true`) or gone far from it (`false`).
 * `scrollTo` does not wrap itself in `act`: the caller does, as each test lets its own number of frames pass after it.
 */
export function stubIntersectionObserver(): (near: boolean) => void {
  const observers: { callback: IntersectionObserverCallback; targets: Element[] }[] = [];
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      readonly record: { callback: IntersectionObserverCallback; targets: Element[] };
      constructor(callback: IntersectionObserverCallback) {
        this.record = { callback, targets: [] };
        observers.push(this.record);
      }
      observe(target: Element) {
        this.record.targets.push(target);
      }
      disconnect() {
        this.record.targets = [];
      }
    },
  );
  return (near) => {
    for (const { callback, targets } of observers) {
      const entries = targets.map(
        (target) => ({ isIntersecting: near, target }) as IntersectionObserverEntry,
      );
      if (entries.length > 0) callback(entries, {} as IntersectionObserver);
    }
  };
}
