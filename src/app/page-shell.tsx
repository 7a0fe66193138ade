import { StrictMode, useEffect, useState } from 'react';
import { ErrorBoundary } from '../components/ui/error-boundary';
import { IslandsProvider, useIslandsHydrated } from '../components/ui/hydration-island';
import { takeEarlyInput } from '../lib/early-input';
import { TodayProvider } from '../lib/today';
import { TypingLocaleProvider } from '../lib/typing-locale';
import { CalculatorStoreProvider } from '../store/calculator-context';
import type { CalculatorStore } from '../store/calculator-store';
import { CalculatorApp } from './calculator-app';
import { EmbedApp } from './embed-app';
import { EARLY_INPUT_GLOBAL } from './opening-guard';
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
   * matches that HTML exactly, and the browser's own facts follow in the next renders.
   */
  readonly prerendered?: ShellFacts;
}

/** The whole page, as the browser renders it and as the build prerenders it. */
export function PageShell({ startup, store, session, facts, prerendered }: PageShellProps) {
  const first = prerendered ?? facts;
  // The page's address is a prop: it follows at once, without touching an island still waiting.
  const [appUrl, setAppUrl] = useState(first.appUrl);
  useEffect(() => setAppUrl(facts.appUrl), [facts.appUrl]);
  // Today and the locale are shared by context: they follow once no island waits (see LazyIsland).
  const [today, setToday] = useState(first.today);
  const [locale, setLocale] = useState(first.locale);
  const { registry, allHydrated } = useIslandsHydrated();
  useEffect(() => {
    if (!allHydrated) return;
    setToday(facts.today);
    setLocale(facts.locale);
  }, [allHydrated, facts.today, facts.locale]);
  // What the reader typed into the prerendered HTML before it hydrated is put back: now, and again
  // once every island has hydrated too.
  const hydrates = prerendered !== undefined;
  useEffect(() => takeEarlyInput(EARLY_INPUT_GLOBAL, { replay: hydrates, stop: !hydrates }), [hydrates]);
  useEffect(() => {
    if (allHydrated) takeEarlyInput(EARLY_INPUT_GLOBAL, { replay: hydrates, stop: true });
  }, [allHydrated, hydrates]);
  const page = { ...startup, appUrl };
  return (
    <StrictMode>
      {/* The last line of defence: each panel has its own boundary, this one holds the page around them. */}
      <ErrorBoundary name="The calculator">
        <IslandsProvider registry={registry}>
          <TodayProvider today={today}>
            <TypingLocaleProvider locale={locale}>
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
