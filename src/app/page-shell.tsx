import { StrictMode, useEffect, useState } from 'react';
import { ErrorBoundary } from '../components/ui/error-boundary';
import { IslandsProvider, useIslandsHydrated } from '../components/ui/hydration-island';
import { TodayProvider } from '../lib/today';
import { TypingLocaleProvider } from '../lib/typing-locale';
import { CalculatorStoreProvider } from '../store/calculator-context';
import type { CalculatorStore } from '../store/calculator-store';
import { CalculatorApp } from './calculator-app';
import { EmbedApp } from './embed-app';
import type { ScenarioSession } from './session-types';
import type { ShellFacts } from './shell-facts';
import type { Startup } from './startup';

interface PageShellProps {
  readonly startup: Startup;
  readonly store: CalculatorStore;
  readonly session?: ScenarioSession;
  readonly facts: ShellFacts;
  /**
   * The facts the page was prerendered with, when it hydrates the build's HTML: the first render
   * matches that HTML exactly, and the browser's own facts follow in the next render.
   */
  readonly prerendered?: ShellFacts;
}

/** The whole page, as the browser renders it and as the build prerenders it. */
export function PageShell({ startup, store, session, facts, prerendered }: PageShellProps) {
  const [shown, setShown] = useState<ShellFacts>(prerendered ?? facts);
  const { registry, allHydrated } = useIslandsHydrated();
  // The browser's facts replace the prerender's once no island waits for its code (see LazyIsland).
  useEffect(() => {
    if (allHydrated) setShown(facts);
  }, [allHydrated, facts]);
  const page = { ...startup, appUrl: shown.appUrl };
  return (
    <StrictMode>
      {/* The last line of defence: each panel has its own boundary, this one holds the page around them. */}
      <ErrorBoundary name="The calculator">
        <IslandsProvider registry={registry}>
          <TodayProvider today={shown.today}>
            <TypingLocaleProvider locale={shown.locale}>
              <CalculatorStoreProvider store={store}>
                {startup.embed.embed ? (
                  <EmbedApp startup={page} options={startup.embed} session={session} />
                ) : (
                  <CalculatorApp startup={page} session={session} />
                )}
              </CalculatorStoreProvider>
            </TypingLocaleProvider>
          </TodayProvider>
        </IslandsProvider>
      </ErrorBoundary>
    </StrictMode>
  );
}
