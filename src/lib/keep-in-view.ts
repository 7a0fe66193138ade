/** How long a part jumped to is kept in view while the parts above it finish loading. */
export const KEEP_IN_VIEW_MS = 2_000;

/**
 * Scrolls `target` into view and keeps it there for KEEP_IN_VIEW_MS while it (or a control inside it)
 * has the focus: lazy parts above it (charts, rates) may load just then and push it down, and it is
 * brought back whenever the page's size changes. Once the reader moves the focus away, it stays put.
 */
export function keepInView(target: HTMLElement, block: ScrollLogicalPosition): void {
  target.scrollIntoView({ block });
  if (typeof ResizeObserver !== 'function') return;
  const follow = new ResizeObserver(() => {
    if (target.contains(document.activeElement)) target.scrollIntoView({ block });
  });
  follow.observe(document.body);
  window.setTimeout(() => follow.disconnect(), KEEP_IN_VIEW_MS);
}
