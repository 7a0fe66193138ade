/**
 * The build's prerender (scripts/prerender/prerender-index.ts loads this through Vite): the default
 * page, with no link and nothing saved, rendered to HTML for dist/index.html. The browser paints it at
 * once and main.tsx hydrates it when the visitor opens that same default page.
 */
import { prerender } from 'react-dom/static';
import { createCalculatorStore } from '../store/calculator-store';
import { PageShell } from './page-shell';
import type { ShellFacts } from './shell-facts';
import { PLAIN_STARTUP } from './startup';

/** The page's HTML with every part in place, lazily loaded parts included. */
export async function prerenderDefaultPage(facts: ShellFacts): Promise<string> {
  const store = createCalculatorStore({ initial: PLAIN_STARTUP.decoded.scenario });
  const { prelude } = await prerender(<PageShell startup={PLAIN_STARTUP} store={store} facts={facts} />, {
    // React outlines a large part (moved into place by an inline script, which the CSP forbids).
    progressiveChunkSize: Number.POSITIVE_INFINITY,
  });
  return new Response(prelude).text();
}
