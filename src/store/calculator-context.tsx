import { createContext, type ReactNode, useContext } from 'react';
import { useStore } from 'zustand';
import type { CalculatorState, CalculatorStore } from './calculator-store';

const CalculatorStoreContext = createContext<CalculatorStore | null>(null);

export function CalculatorStoreProvider({
  store,
  children,
}: {
  store: CalculatorStore;
  children: ReactNode;
}) {
  return <CalculatorStoreContext.Provider value={store}>{children}</CalculatorStoreContext.Provider>;
}

/** Reads one slice of the calculator store. Select single fields: a new object each call re-renders forever. */
export function useCalculator<T>(selector: (state: CalculatorState) => T): T {
  const store = useContext(CalculatorStoreContext);
  if (!store) throw new Error('useCalculator must be used inside <CalculatorStoreProvider>');
  return useStore(store, selector);
}

/** The store itself, for reading a snapshot in an event handler without subscribing. */
export function useCalculatorStore(): CalculatorStore {
  const store = useContext(CalculatorStoreContext);
  if (!store) throw new Error('useCalculatorStore must be used inside <CalculatorStoreProvider>');
  return store;
}
