import { type RefObject, useEffect, useState } from 'react';

/** "Near": within one and a half screens above or below the visible part of the page. */
export const NEAR_MARGIN = '150% 0px 150% 0px';

/**
 * True once the element has come near the viewport (and from then on): heavy parts (the charts) are
 * drawn only when someone may look at them. Observed against the element's own document, so inside an
 * iframe the margin still counts. Where IntersectionObserver is missing (jsdom, old browsers) the
 * element counts as near at once.
 */
export function useNearViewport(ref: RefObject<Element | null>, rootMargin: string = NEAR_MARGIN): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { root: element.ownerDocument, rootMargin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, near, rootMargin]);
  return near;
}
