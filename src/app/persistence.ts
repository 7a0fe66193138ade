import { COMFORTABLE_LINK_LENGTH, encodeScenario, MAX_SCENARIO_FILE_LENGTH } from '../domain/share-link';
import { MAX_LINKED_CUSTOM_ROUTES } from '../domain/share-link-extras';
import { compressFragment } from '../lib/link-compression';
import { saveScenario } from '../lib/safe-storage';
import { createUrlWriter } from '../lib/scenario-url';
import { type CalculatorStore, selectScenario } from '../store/calculator-store';

/**
 * Keeps the URL fragment (and, outside embeds, local storage) in step with the scenario: every change
 * is encoded once; unchanged encodings are skipped; the URL is written at most every 300 ms, and
 * compressed when the plain link would be too long for chat apps.
 */
/** What local storage keeps: every added route when they fit in a scenario file's size, else the link. */
function savedForm(state: ReturnType<CalculatorStore['getState']>, link: string): string {
  if (state.customRoutes.length <= MAX_LINKED_CUSTOM_ROUTES) return link;
  const full = encodeScenario(selectScenario(state), { routes: state.routes }, { allCustomRoutes: true });
  return full.length <= MAX_SCENARIO_FILE_LENGTH ? full : link;
}

export function connectPersistence(
  store: CalculatorStore,
  { saveLocally }: { saveLocally: boolean },
): () => void {
  const writer = createUrlWriter(300);
  let last = '';
  const persist = () => {
    const state = store.getState();
    const encoded = encodeScenario(selectScenario(state), { routes: state.routes });
    if (encoded === last) return;
    last = encoded;
    if (saveLocally) saveScenario(savedForm(state, encoded));
    if (encoded.length <= COMFORTABLE_LINK_LENGTH) {
      writer.write(encoded);
      return;
    }
    // Large scenarios go into the URL compressed; a newer change wins over a slower compression.
    void compressFragment(encoded)
      .then((compressed) => {
        if (last === encoded) writer.write(compressed);
      })
      .catch(() => {
        if (last === encoded) writer.write(encoded);
      });
  };
  persist();
  const unsubscribe = store.subscribe(persist);
  const flush = () => writer.flush();
  window.addEventListener('pointerup', flush);
  window.addEventListener('pagehide', flush);
  return () => {
    unsubscribe();
    window.removeEventListener('pointerup', flush);
    window.removeEventListener('pagehide', flush);
  };
}
