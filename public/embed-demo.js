// Demo only: inserts the embed snippet from the template. `?app=<url>` points it at a calculator on
// another origin (the e2e suite serves this page from a second origin); otherwise this site's copy.
(() => {
  const template = document.getElementById('calculator-embed');
  const slot = document.getElementById('calculator-slot');
  if (!template || !slot) return;
  const app = new URLSearchParams(window.location.search).get('app');
  const base = app && /^https?:\/\//.test(app) ? app : window.location.href;
  const content = template.content.cloneNode(true);
  for (const frame of content.querySelectorAll('iframe')) {
    frame.setAttribute('src', new URL(frame.getAttribute('src') || './', base).href);
  }
  slot.replaceWith(content);
})();
