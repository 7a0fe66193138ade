import { createContext, type ReactNode, useContext } from 'react';
import { localDate } from './local-date';

/**
 * Today's date, YYYY-MM-DD in the user's time zone, read once by the app shell (main.tsx) and passed
 * down: staleness ("checked more than 90 days before today"), the date of a route the user adds and of
 * an import are all measured against it, and the domain never reads the clock.
 */
const TodayContext = createContext<string | null>(null);

export function TodayProvider({ today, children }: { readonly today: string; readonly children: ReactNode }) {
  return <TodayContext.Provider value={today}>{children}</TodayContext.Provider>;
}

/** Today as the shell read it; a part mounted without the shell (a test) reads the clock itself. */
export function useToday(): string {
  return useContext(TodayContext) ?? localDate();
}
