import { type ReactNode, Suspense, useEffect, useRef, useState } from 'react';
import { type LazyLoader, LazyPart } from './retryable-lazy';

/** How near the viewport a part's placeholder must come for its code to load at once. */
const NEAR_MARGIN = '800px 0px';
/** The longest a part waits for an idle moment after the page has painted. */
const IDLE_TIMEOUT_MS = 3000;

/**
 * Calls `load` once, after the page has painted: when the placeholder is near the viewport or when the
 * browser is first idle, whichever comes first; where those APIs are missing (jsdom), at once.
 */
function whenNearOrIdle(placeholder: Element, load: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined' || typeof requestAnimationFrame === 'undefined') {
    load();
    return () => {};
  }
  let done = false;
  let near: IntersectionObserver | null = null;
  let idle: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let frame: number | null = null;
  function cleanup() {
    near?.disconnect();
    if (frame !== null) cancelAnimationFrame(frame);
    if (idle !== null) cancelIdleCallback(idle);
    if (timer !== null) clearTimeout(timer);
  }
  function once() {
    if (done) return;
    done = true;
    cleanup();
    load();
  }
  // The frame after next has painted the page's first figures.
  frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => {
      frame = null;
      near = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) once();
        },
        { rootMargin: NEAR_MARGIN },
      );
      near.observe(placeholder);
      if (typeof requestIdleCallback === 'function')
        idle = requestIdleCallback(once, { timeout: IDLE_TIMEOUT_MS });
      else timer = setTimeout(once, 200);
    });
  });
  return () => {
    done = true;
    cleanup();
  };
}

/**
 * A lazily loaded part of the page whose code is fetched only once the first figures have painted:
 * when it comes near the viewport, or when the browser is idle. Until then (and in the build's
 * prerendered HTML) it shows its placeholder. `placeholderClassName` gives the placeholder about the
 * room the part takes once loaded, so what is below it does not jump when it arrives.
 */
export function DeferredPart({
  loader,
  fallback,
  placeholderClassName,
}: {
  readonly loader: LazyLoader;
  readonly fallback: ReactNode;
  readonly placeholderClassName?: string;
}) {
  const placeholder = useRef<HTMLDivElement>(null);
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    const element = placeholder.current;
    if (wanted || !element) return;
    return whenNearOrIdle(element, () => setWanted(true));
  }, [wanted]);
  if (wanted) {
    return (
      <Suspense fallback={<div className={placeholderClassName}>{fallback}</div>}>
        <LazyPart loader={loader} />
      </Suspense>
    );
  }
  return (
    <div ref={placeholder} className={placeholderClassName}>
      {fallback}
    </div>
  );
}
