import './styles/tokens.css';
import './styles/base.css';
import './styles/shared.css';
import { OPENING_CLASS, SHOW_BELOW_FIRST_SCREEN_GLOBAL } from './app/opening-guard';

/**
 * The build's HTML already shows the default page: its first paint needs no script. The app's code is
 * fetched and run once that paint is on screen, so downloading, evaluating and hydrating it never
 * hold the paint back (modulepreloading it from index.html delayed the first paint by about 100 ms
 * on the benchmark machine). "On screen" is the first contentful paint as Paint Timing reports it:
 * a frame's callbacks run before the main thread hands the frame over, but the page is drawn later,
 * and code started then competed with drawing it (a trace showed the app's code running before the
 * first contentful paint was presented).
 * A page that opens something else (the opening guard hid the defaults) has nothing to paint first
 * and starts at once; so does a hidden tab.
 */
function boot(): void {
  // The prerendered sections below the first screen, held back from the first paint, are put in place
  // before the app hydrates them (the guard does it at the first paint; this covers an early start).
  const showBelowFirstScreen = (window as unknown as Record<string, unknown>)[SHOW_BELOW_FIRST_SCREEN_GLOBAL];
  if (typeof showBelowFirstScreen === 'function') showBelowFirstScreen();
  import('./app/boot').catch(() => {
    const alert = document.createElement('p');
    alert.setAttribute('role', 'alert');
    alert.className = 'boot-failure';
    alert.textContent = 'The calculator could not load its code. Check your connection and reload the page.';
    document.body.prepend(alert);
  });
}

/** If the browser never reports a contentful paint (or no Paint Timing at all), start anyway. */
const PAINT_WAIT_LIMIT_MS = 1500;

function afterFirstContentfulPaint(start: () => void): void {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    start();
  };
  if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    // The frame's callbacks run just before it paints; the task queued there runs just after.
    requestAnimationFrame(() => setTimeout(once, 0));
    return;
  }
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    once();
  });
  observer.observe({ type: 'paint', buffered: true });
  setTimeout(once, PAINT_WAIT_LIMIT_MS);
  // A tab hidden before it painted paints nothing: start now.
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && once(), {
    once: true,
  });
}

const nothingToPaintFirst =
  document.documentElement.classList.contains(OPENING_CLASS) || document.visibilityState === 'hidden';
if (nothingToPaintFirst) boot();
else afterFirstContentfulPaint(boot);
