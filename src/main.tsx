import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CalculatorApp } from './app/calculator-app';
import { CalculatorStoreProvider } from './store/calculator-context';
import { createCalculatorStore } from './store/calculator-store';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  const store = createCalculatorStore();
  createRoot(root).render(
    <StrictMode>
      <CalculatorStoreProvider store={store}>
        <CalculatorApp />
      </CalculatorStoreProvider>
    </StrictMode>,
  );
}
