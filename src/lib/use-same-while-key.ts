import { useMemo } from 'react';

/**
 * `value` as it was when `key` last changed: a list or map rebuilt on every render (a slider step
 * costs every row anew) keeps its identity while its contents, told by `key`, read the same, so what
 * is memoised on it does not render again for nothing.
 */
export function useSameWhileKey<T>(value: T, key: string): T {
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new value only when its key changes.
  return useMemo(() => value, [key]);
}
