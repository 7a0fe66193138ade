/**
 * The full calculator over a rate sheet of `?rows=N` routes (the bundled sheet repeated with unique
 * ids), for `npm run bench` only: built by `vite build --mode bench`, never part of dist/. It starts
 * like src/main.tsx (the link or saved scenario, the URL and saved-scenario writer), so the benchmark
 * measures the same work per slider step as the page, URL writes included, in the same page shell
 * (never prerendered: it always renders in the browser).
 */
import '../styles/tokens.css';
import '../styles/base.css';
import '../styles/shared.css';
import { createRoot } from 'react-dom/client';
import { PageShell } from '../app/page-shell';
import { connectPersistence } from '../app/persistence';
import { readStartup } from '../app/startup';
import { BUNDLED_ROUTES } from '../data/rate-sheet';
import { createCalculatorStore } from '../store/calculator-store';
import { largeSheet } from './large-sheet';

const rows = Number(new URLSearchParams(window.location.search).get('rows') ?? BUNDLED_ROUTES.length);
const root = document.getElementById('root');
if (root) {
  const startup = await readStartup(window.location);
  const store = createCalculatorStore({ initial: { ...startup.decoded.scenario, routes: largeSheet(rows) } });
  const session = connectPersistence(store, startup);
  const facts = { appUrl: startup.appUrl, today: new Date().toISOString().slice(0, 10), locale: 'en-US' };
  createRoot(root).render(<PageShell startup={startup} store={store} session={session} facts={facts} />);
}
