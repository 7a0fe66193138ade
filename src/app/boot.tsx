/**
 * Starts the calculator (main.tsx loads this once the prerendered page has painted): reads what the
 * page opens with, then hydrates the build's HTML when it is that very page, or renders afresh.
 */
import { createRoot, hydrateRoot } from 'react-dom/client';
import { localDate } from '../lib/local-date';
import { applyTheme } from '../lib/theme';
import { typingLocale } from '../lib/typing-locale';
import { createCalculatorStore } from '../store/calculator-store';
import { OPENING_CLASS, PRERENDERED_ATTRIBUTE } from './opening-guard';
import { PageShell } from './page-shell';
import { connectPersistence } from './persistence';
import type { ShellFacts } from './shell-facts';
import { opensDefaultPage, readStartup } from './startup';

/** The facts the build prerendered the page with, if this HTML is the build's prerendered page. */
function prerenderedFacts(root: HTMLElement): ShellFacts | null {
  const text = root.getAttribute(PRERENDERED_ATTRIBUTE);
  if (text === null) return null;
  try {
    const facts = JSON.parse(text) as Partial<ShellFacts>;
    const { appUrl, today, locale } = facts;
    if (typeof appUrl !== 'string' || typeof today !== 'string' || typeof locale !== 'string') return null;
    return { appUrl, today, locale };
  } catch {
    return null;
  }
}

const root = document.getElementById('root');
if (root) {
  const startup = await readStartup(window.location);
  const { embed } = startup;
  applyTheme(embed.theme);
  if (embed.embed) document.documentElement.classList.add('is-embedded');
  const store = createCalculatorStore({ initial: startup.decoded.scenario });
  const session = connectPersistence(store, startup);
  // The one place the page reads the date and the locale: everything measured against "today" and
  // every number field get them from here.
  const facts: ShellFacts = { appUrl: startup.appUrl, today: localDate(new Date()), locale: typingLocale() };
  const prerendered = prerenderedFacts(root);
  if (prerendered && opensDefaultPage(startup)) {
    // The build's HTML is this very page: hydrate it (its first render matches the HTML exactly).
    hydrateRoot(
      root,
      <PageShell startup={startup} store={store} session={session} facts={facts} prerendered={prerendered} />,
    );
  } else {
    // A link, saved work or an embed: the prerendered defaults (hidden by the opening guard) go.
    root.replaceChildren();
    root.removeAttribute(PRERENDERED_ATTRIBUTE);
    createRoot(root).render(<PageShell startup={startup} store={store} session={session} facts={facts} />);
  }
  document.documentElement.classList.remove(OPENING_CLASS);
}
