// Kimi K2 API cost calculator: the host script for docs pages that embed it (README, "Embedding").
// Load it once per page from the calculator's own origin: <script src="https://…/embed.js" defer></script>
// It needs no inline script or style, so it works under a strict Content-Security-Policy
// (script-src for the calculator's origin, frame-src for the same origin).
//
// Every <iframe data-kimi-calculator> on the page, now or added later (client-side navigation):
// - grows and shrinks with its content: it accepts only a {type: 'kimi-calculator:height', height}
//   message whose source is that iframe's window and origin, with a finite numeric height of
//   100–20,000 px; everything else is ignored;
// - asks for its height when it attaches and when the frame loads (a page that loads this script late
//   still gets it);
// - follows the docs site's light/dark switch (Docusaurus html[data-theme], MkDocs Material
//   body[data-md-color-scheme], VitePress html.dark), unless the iframe says data-theme="fixed".
(() => {
  if (window.kimiCalculatorEmbed) return; // loaded twice: the first copy does the work
  window.kimiCalculatorEmbed = true;

  const HEIGHT = 'kimi-calculator:height';
  const MIN_HEIGHT = 100;
  const MAX_HEIGHT = 20000;
  const attached = new WeakSet();

  const frames = () => Array.from(document.querySelectorAll('iframe[data-kimi-calculator]'));

  function originOf(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch {
      return null;
    }
  }

  function send(frame, message) {
    const origin = originOf(frame);
    if (!origin || origin === 'null' || !frame.contentWindow || !loaded(frame)) return;
    try {
      frame.contentWindow.postMessage(message, origin);
    } catch {
      // The frame is navigating or gone: the next load asks again.
    }
  }

  /** The docs site's own theme, when it marks one; null when the site has no theme switch we know. */
  function siteTheme() {
    const html = document.documentElement;
    const docusaurus = html.getAttribute('data-theme');
    if (docusaurus === 'dark' || docusaurus === 'light') return docusaurus;
    const material = document.body?.getAttribute('data-md-color-scheme');
    if (material) return material === 'slate' ? 'dark' : 'light';
    if (
      document.querySelector('meta[name="generator"][content^="VitePress"]') ||
      html.classList.contains('dark')
    ) {
      return html.classList.contains('dark') ? 'dark' : 'light';
    }
    return null;
  }

  const sentTheme = new WeakMap();
  const awaitingHeight = new WeakSet(); // loaded, but its document has not posted a height yet

  function sendTheme(frame, again) {
    if (frame.getAttribute('data-theme') === 'fixed') return;
    const theme = siteTheme();
    if (!theme || (!again && sentTheme.get(frame) === theme)) return;
    sentTheme.set(frame, theme);
    send(frame, { type: 'kimi-calculator:theme', theme });
  }

  /** On attach and on every load of the frame (a new document there knows nothing yet). */
  function greet(frame) {
    awaitingHeight.add(frame);
    send(frame, { type: 'kimi-calculator:request-height' });
    sendTheme(frame, true);
  }

  /** True once the calculator's document is in the frame (before that it holds about:blank). */
  function loaded(frame) {
    try {
      return frame.contentWindow.location.href !== 'about:blank';
    } catch {
      return true; // another origin's document: the calculator
    }
  }

  function attach(frame) {
    if (attached.has(frame)) return;
    attached.add(frame);
    frame.style.width = '100%';
    frame.style.border = '0';
    frame.addEventListener('load', () => greet(frame));
    if (loaded(frame)) greet(frame);
  }

  window.addEventListener('message', (event) => {
    const data = event.data;
    if (typeof data !== 'object' || data === null || data.type !== HEIGHT) return;
    const height = data.height;
    if (typeof height !== 'number' || !Number.isFinite(height)) return;
    if (height < MIN_HEIGHT || height > MAX_HEIGHT) return;
    for (const frame of frames()) {
      if (event.source === frame.contentWindow && event.origin === originOf(frame)) {
        frame.style.height = `${Math.ceil(height)}px`;
        if (awaitingHeight.delete(frame)) sendTheme(frame, true);
      }
    }
  });

  const scan = () => {
    for (const frame of frames()) attach(frame);
  };
  scan();
  document.addEventListener('DOMContentLoaded', scan);
  // New frames: client-side navigation in VitePress and Docusaurus, MkDocs Material's instant loading.
  let scanning = false;
  new MutationObserver(() => {
    if (scanning) return;
    scanning = true;
    queueMicrotask(() => {
      scanning = false;
      scan();
    });
  }).observe(document.documentElement, { childList: true, subtree: true });
  // Theme switches: attributes and classes on <html> and <body>.
  const themeWatch = new MutationObserver(() => {
    for (const frame of frames()) sendTheme(frame, false);
  });
  const watch = (node) =>
    themeWatch.observe(node, {
      attributes: true,
      attributeFilter: ['class', 'data-theme', 'data-md-color-scheme'],
    });
  watch(document.documentElement);
  if (document.body) watch(document.body);
  else document.addEventListener('DOMContentLoaded', () => watch(document.body));
})();
