import './styles/tokens.css';
import './styles/base.css';
import './styles/shared.css';
import { OPENING_CLASS } from './app/opening-guard';

/**
 * The build's HTML already shows the default page: its first paint needs no script. The app's code is
 * fetched and run once that paint is on screen, so downloading, evaluating and hydrating it never
 * hold the paint back (modulepreloading it from index.html delayed the first paint by about 100 ms
 * on the benchmark machine). A page that opens something else (the opening guard hid
 * the defaults) has nothing to paint first and starts at once; so does a hidden tab.
 */
function boot(): void {
  import('./app/boot').catch(() => {
    const alert = document.createElement('p');
    alert.setAttribute('role', 'alert');
    alert.className = 'boot-failure';
    alert.textContent = 'The calculator could not load its code. Check your connection and reload the page.';
    document.body.prepend(alert);
  });
}

const nothingToPaintFirst =
  document.documentElement.classList.contains(OPENING_CLASS) || document.visibilityState === 'hidden';
if (nothingToPaintFirst) boot();
// The frame's callbacks run just before it paints; the task queued there runs just after.
else requestAnimationFrame(() => setTimeout(boot, 0));
