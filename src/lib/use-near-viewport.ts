import { type RefObject, useEffect, useState } from 'react';

/** "Near": within one and a half screens above or below the visible part of the page. */
export const NEAR_MARGIN = '150% 0px 150% 0px';

export interface Nearness {
  /** The element is near the viewport now. */
  readonly near: boolean;
  /** It has been near at least once. */
  readonly reached: boolean;
}

const ALWAYS: Nearness = { near: true, reached: true };

/**
 * Whether the element is near the viewport now, and whether it has ever been: heavy parts (the charts)
 * are drawn only when someone may look at them, and follow new figures only while they are near.
 * Observed against the element's own document, so inside an iframe the margin still counts. Where
 * IntersectionObserver is missing (jsdom, old browsers) the element counts as near at once, always.
 */
export function useNearViewport(ref: RefObject<Element | null>, rootMargin: string = NEAR_MARGIN): Nearness {
  const [nearness, setNearness] = useState<Nearness>(() =>
    typeof IntersectionObserver === 'undefined' ? ALWAYS : { near: false, reached: false },
  );
  useEffect(() => {
    const element = ref.current;
    if (typeof IntersectionObserver === 'undefined' || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries.at(-1);
        if (!entry) return;
        const near = entry.isIntersecting;
        setNearness((current) =>
          current.near === near ? current : { near, reached: current.reached || near },
        );
      },
      { root: element.ownerDocument, rootMargin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, rootMargin]);
  return nearness;
}
