/**
 * The full calculator over a rate sheet of `?rows=N` routes (the bundled sheet repeated with unique
 * ids), for `npm run bench` only: built by `vite build --mode bench`, never part of dist/.
 */
import '../styles/tokens.css';
import '../styles/base.css';
import '../styles/shared.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CalculatorApp } from '../app/calculator-app';
import { BUNDLED_ROUTES } from '../data/rate-sheet';
import { CalculatorStoreProvider } from '../store/calculator-context';
import { createCalculatorStore } from '../store/calculator-store';
import { largeSheet } from './large-sheet';

const rows = Number(new URLSearchParams(window.location.search).get('rows') ?? BUNDLED_ROUTES.length);
const store = createCalculatorStore({ initial: { routes: largeSheet(rows) } });
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <CalculatorStoreProvider store={store}>
        <CalculatorApp />
      </CalculatorStoreProvider>
    </StrictMode>,
  );
}
