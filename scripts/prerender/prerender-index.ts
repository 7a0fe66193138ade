/**
 * Prerenders the default page into dist/index.html (run by `npm run build`, after `vite build`):
 * React renders the page to static HTML, so the first figure paints before any script runs, and the
 * browser hydrates it (src/main.tsx). The page is rendered through Vite's SSR loader, so it is the
 * same source as the client bundle; stylesheets are already linked by the built index.html.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { deferBelowFirstScreen } from '../../src/app/below-first-screen';
import { PRERENDERED_ATTRIBUTE } from '../../src/app/opening-guard';
import { PAGE_SECTIONS } from '../../src/app/page-sections';
import type { ShellFacts } from '../../src/app/shell-facts';
import { localDate } from '../../src/lib/local-date';

// The page hydrates with React's production build: prerender with the same one.
process.env.NODE_ENV = 'production';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The built site to fill: dist/, or the directory given as the first argument. */
const INDEX = join(process.argv[2] ?? join(ROOT, 'dist'), 'index.html');
const EMPTY_ROOT = '<div id="root"></div>';

function escapeAttribute(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

const vite = await createServer({
  root: ROOT,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
});
try {
  const { prerenderDefaultPage } = (await vite.ssrLoadModule('/src/app/prerender-page.tsx')) as {
    prerenderDefaultPage: (facts: ShellFacts) => Promise<string>;
  };
  // The page's address is only known in the browser: the prerender links relative to itself.
  const facts: ShellFacts = { appUrl: './', today: localDate(new Date()), locale: 'en-US' };
  const rendered = await prerenderDefaultPage(facts);
  // React streams a part that suspended with an inline script to put it in place: the CSP forbids
  // it, and the prerender must be the whole page as it first paints.
  if (rendered.includes('<script') || rendered.includes('<!--$?-->')) {
    throw new Error('the prerendered page has a part that suspended (it would need an inline script)');
  }
  // The CSP allows no inline style attribute either (a style React sets in the browser is allowed).
  if (/<[^>]+\sstyle="/.test(rendered)) throw new Error('the prerendered page has an inline style attribute');
  // The first paint parses only the first screen; the sections below it come right after.
  const html = deferBelowFirstScreen(
    rendered,
    PAGE_SECTIONS.map((section) => section.id),
  );
  const index = readFileSync(INDEX, 'utf8');
  if (!index.includes(EMPTY_ROOT)) throw new Error(`dist/index.html has no ${EMPTY_ROOT} to fill`);
  const filled = index.replace(
    EMPTY_ROOT,
    () => `<div id="root" ${PRERENDERED_ATTRIBUTE}="${escapeAttribute(JSON.stringify(facts))}">${html}</div>`,
  );
  writeFileSync(INDEX, filled);
  console.log(
    `prerendered the default page into dist/index.html (${(html.length / 1000).toFixed(1)} kB of HTML)`,
  );
} finally {
  await vite.close();
}
