/**
 * Undo for the destructive actions: the inputs an action replaced, offered back as one undo. The rules:
 * - an action that changes nothing makes no offer and keeps the current one;
 * - every offer has a new id, so the notice can tell a new offer from the one it shows;
 * - editing the scenario (endpoints, prices, pins, budget, routes, billing extras) ends the offer;
 *   selecting an endpoint, filtering or sorting the table keeps it.
 */
import type { StoreApi } from 'zustand/vanilla';
import { plainText } from '../../domain/rates/provenance';
import type { CalculatorInputs, CalculatorState, UndoSnapshot } from '../calculator-store';

const SNAPSHOT_KEYS = [
  'endpoints',
  'selectedEndpointId',
  'priceOverrides',
  'pinnedRouteIds',
  'routeFilter',
  'tableSort',
  'monthlyBudgetUsd',
  'customRoutes',
  'billingExtras',
] as const satisfies readonly (keyof UndoSnapshot)[];
/** Changing these is editing the scenario: it ends an undo offer. Selection, filter and sort do not. */
const EDIT_KEYS = [
  'endpoints',
  'priceOverrides',
  'pinnedRouteIds',
  'monthlyBudgetUsd',
  'customRoutes',
  'billingExtras',
] as const satisfies readonly (keyof UndoSnapshot)[];

function snapshotOf(state: CalculatorInputs): UndoSnapshot {
  return Object.fromEntries(SNAPSHOT_KEYS.map((key) => [key, state[key]])) as unknown as UndoSnapshot;
}

function sameInputs(a: UndoSnapshot, b: UndoSnapshot, keys: readonly (keyof UndoSnapshot)[]): boolean {
  return keys.every((key) => a[key] === b[key]);
}

/** A name inside an undo message: plain text, short. */
export function named(text: string): string {
  return plainText(text, 80).text;
}

/** Offers made so far, per store. */
const offers = new WeakMap<object, number>();

/**
 * Runs a destructive action and offers its undo: the inputs before it. When it changed nothing,
 * no offer is made and the current one stays (a second Reset must not offer the defaults back).
 */
export function undoable(store: StoreApi<CalculatorState>, message: string, action: () => void): void {
  const before = snapshotOf(store.getState());
  action();
  if (sameInputs(before, snapshotOf(store.getState()), SNAPSHOT_KEYS)) return;
  const id = (offers.get(store) ?? 0) + 1;
  offers.set(store, id);
  store.setState({ undoOffer: { id, message, previous: before } });
}

/** Editing the scenario after a destructive action ends its offer: undoing it then would lose the edit. */
export function endOfferOnEdit(store: StoreApi<CalculatorState>): void {
  store.subscribe((state, previous) => {
    if (state.undoOffer === null || state.undoOffer !== previous.undoOffer) return;
    if (!sameInputs(snapshotOf(state), snapshotOf(previous), EDIT_KEYS)) store.setState({ undoOffer: null });
  });
}
