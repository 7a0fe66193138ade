import { type RefObject, useLayoutEffect, useState } from 'react';

/**
 * The element's width in whole pixels, kept up to date as it resizes: what a drawing sized to its box
 * (a chart) needs before it can place anything. 0 until measured, and where ResizeObserver is missing
 * (jsdom), the width the element had when it mounted.
 */
export function useElementWidth(ref: RefObject<Element | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(Math.floor(element.getBoundingClientRect().width));
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
