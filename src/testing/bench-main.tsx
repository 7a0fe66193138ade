/**
 * The full calculator over a rate sheet of `?rows=N` routes (the bundled sheet repeated with unique
 * ids), for `npm run bench` only: built by `vite build --mode bench`, never part of dist/. It starts
 * like src/main.tsx (the link or saved scenario, the URL and saved-scenario writer), so the benchmark
 * measures the same work per slider step as the page, URL writes included. (Without main.tsx's
 * TodayProvider, the parts that need today's date read the clock themselves.)
 */
import '../styles/tokens.css';
import '../styles/base.css';
import '../styles/shared.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CalculatorApp } from '../app/calculator-app';
import { connectPersistence } from '../app/persistence';
import { readStartup } from '../app/startup';
import { ErrorBoundary } from '../components/ui/error-boundary';
import { BUNDLED_ROUTES } from '../data/rate-sheet';
import { CalculatorStoreProvider } from '../store/calculator-context';
import { createCalculatorStore } from '../store/calculator-store';
import { largeSheet } from './large-sheet';

const rows = Number(new URLSearchParams(window.location.search).get('rows') ?? BUNDLED_ROUTES.length);
const root = document.getElementById('root');
if (root) {
  const startup = await readStartup(window.location);
  const store = createCalculatorStore({ initial: { ...startup.decoded.scenario, routes: largeSheet(rows) } });
  const session = connectPersistence(store, startup);
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary name="The calculator">
        <CalculatorStoreProvider store={store}>
          <CalculatorApp startup={startup} session={session} />
        </CalculatorStoreProvider>
      </ErrorBoundary>
    </StrictMode>,
  );
}
