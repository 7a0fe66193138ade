import { useEffect, useRef, useState } from 'react';

/**
 * The value, updated at most once per `intervalMs` while it keeps changing, and always ending on
 * the latest value. Heavy views (charts) follow a slider with it, so their commits do not land
 * between every pair of key presses.
 */
export function useThrottledValue<T>(value: T, intervalMs: number): T {
  const [throttled, setThrottled] = useState(value);
  const lastUpdate = useRef(0);
  useEffect(() => {
    if (Object.is(value, throttled)) return;
    const wait = lastUpdate.current + intervalMs - Date.now();
    if (wait <= 0) {
      lastUpdate.current = Date.now();
      setThrottled(value);
      return;
    }
    const timer = setTimeout(() => {
      lastUpdate.current = Date.now();
      setThrottled(value);
    }, wait);
    return () => clearTimeout(timer);
  }, [value, throttled, intervalMs]);
  return throttled;
}
