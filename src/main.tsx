import './styles/tokens.css';
import './styles/base.css';
import './styles/shared.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CalculatorApp } from './app/calculator-app';
import { EmbedApp } from './app/embed-app';
import { connectPersistence } from './app/persistence';
import { readStartup } from './app/startup';
import { ErrorBoundary } from './components/ui/error-boundary';
import { localDate } from './lib/local-date';
import { applyTheme } from './lib/theme';
import { TodayProvider } from './lib/today';
import { CalculatorStoreProvider } from './store/calculator-context';
import { createCalculatorStore } from './store/calculator-store';

const root = document.getElementById('root');
if (root) {
  const startup = await readStartup(window.location);
  const { embed } = startup;
  applyTheme(embed.theme);
  if (embed.embed) document.documentElement.classList.add('is-embedded');
  const store = createCalculatorStore({ initial: startup.decoded.scenario });
  const session = connectPersistence(store, startup);
  // The one place the page reads the date: everything measured against "today" gets it from here.
  const today = localDate(new Date());
  createRoot(root).render(
    <StrictMode>
      {/* The last line of defence: each panel has its own boundary, this one holds the page around them. */}
      <ErrorBoundary name="The calculator">
        <TodayProvider today={today}>
          <CalculatorStoreProvider store={store}>
            {embed.embed ? (
              <EmbedApp startup={startup} options={embed} session={session} />
            ) : (
              <CalculatorApp startup={startup} session={session} />
            )}
          </CalculatorStoreProvider>
        </TodayProvider>
      </ErrorBoundary>
    </StrictMode>,
  );
}
