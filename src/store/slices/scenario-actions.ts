/** Actions on the whole scenario (every slice at once): put one in place, open a file, reset, undo. */
import type { StateCreator } from 'zustand/vanilla';
import { loadInto } from '../../domain/scenario/custom-routes';
import { DEFAULT_SCENARIO, type Scenario } from '../../domain/scenario/scenario';
import type { CalculatorState, UndoOffer } from '../calculator-store';
import { named, undoable } from './undo';

export interface ScenarioActions {
  /** The last destructive action's undo, while it may still be used. */
  readonly undoOffer: UndoOffer | null;
  /** Puts a whole scenario in place, added routes included (a link, a restore, another tab's edit). */
  replaceScenario(scenario: Scenario): void;
  /**
   * Opens a scenario file the user imported (`from`: its name), undoably: the scenario replaces the
   * current one, the rate sheet stays, and the file's routes join the ones added in this session.
   */
  importScenario(scenario: Scenario, from: string): void;
  /** Back to the default scenario; the bundled rate sheet stays. Undoable. */
  reset(): void;
  /** Puts back the inputs the offered action replaced, exactly; nothing without an offer. */
  undo(): void;
  dismissUndo(): void;
}

export const createScenarioActions: StateCreator<CalculatorState, [], [], ScenarioActions> = (
  set,
  get,
  store,
) => ({
  undoOffer: null,

  replaceScenario(scenario) {
    // Nothing the user did is being undone here, and an older offer no longer fits what is shown.
    set({ ...loadInto(get().sheetRoutes, [], scenario), undoOffer: null });
  },

  importScenario(scenario, from) {
    // The file's routes join the ones already added in this session (same id: the file's wins).
    undoable(store, `Opened the scenario file ${named(from)}.`, () =>
      set(loadInto(get().sheetRoutes, get().customRoutes, scenario)),
    );
  },

  reset() {
    // Back to the default endpoint, route and view; the bundled rate sheet stays.
    undoable(store, 'Reset the scenario to the defaults.', () => set({ ...DEFAULT_SCENARIO }));
  },

  undo() {
    const offer = get().undoOffer;
    if (offer) set({ ...offer.previous, undoOffer: null });
  },

  dismissUndo() {
    if (get().undoOffer) set({ undoOffer: null });
  },
});
