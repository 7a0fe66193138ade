import { type RefObject, useEffect, useState } from 'react';

/** "Near": within one and a half screens above or below the visible part of the page. */
export const NEAR_MARGIN = '150% 0px 150% 0px';

/**
 * Whether the element is near the viewport now: heavy parts (the charts) are drawn only when someone
 * may look at them, and follow new figures only while they are near. Observed against the element's
 * own document, so inside an iframe the margin still counts. Where IntersectionObserver is missing
 * (jsdom, old browsers) the element counts as near, always.
 */
export function useNearViewport(ref: RefObject<Element | null>, rootMargin: string = NEAR_MARGIN): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (typeof IntersectionObserver === 'undefined' || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries.at(-1);
        if (entry) setNear(entry.isIntersecting);
      },
      { root: element.ownerDocument, rootMargin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, rootMargin]);
  return near;
}
