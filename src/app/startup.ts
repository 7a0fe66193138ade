import { BUNDLED_ROUTES } from '../data/rate-sheet';
import { type EmbedOptions, readEmbedOptions } from '../domain/embed';
import { DEFAULT_SCENARIO } from '../domain/scenario';
import { type DecodedScenario, decodeScenario, MAX_SCENARIO_FILE_LENGTH } from '../domain/share-link';
import { expandFragment } from '../lib/link-compression';
import { loadSavedScenario } from '../lib/safe-storage';
import { scenarioTextFromUrl } from '../lib/scenario-url';

export interface Startup {
  readonly embed: EmbedOptions;
  readonly decoded: DecodedScenario;
  /** The calculator's address without query or fragment. */
  readonly appUrl: string;
}

/**
 * Reads the page's URL once (inflating a compressed link): embed options from the query, the scenario from the fragment (or the
 * query), else, outside embeds, the last scenario saved in this browser.
 */
export async function readStartup(location: Location): Promise<Startup> {
  const url = new URL(location.href);
  const embed = readEmbedOptions(url.searchParams);
  const context = { routes: BUNDLED_ROUTES };
  const expanded = await expandFragment(scenarioTextFromUrl(url));
  // A compressed link was checked for length before it was inflated; its text may be as long as a file.
  const maxLength = expanded.ok && expanded.compressed ? MAX_SCENARIO_FILE_LENGTH : undefined;
  let decoded = decodeScenario(expanded.ok ? expanded.text : '', context, maxLength);
  if (!expanded.ok) {
    decoded = {
      ...decoded,
      found: true,
      problems: [
        'The compressed link is damaged and could not be read; the calculator opened with its defaults.',
      ],
    };
  }
  if (!decoded.found && !embed.embed) {
    const saved = loadSavedScenario();
    // A saved scenario that no longer reads cleanly is dropped silently: it was never a link.
    if (saved) {
      const restored = decodeScenario(saved, context, MAX_SCENARIO_FILE_LENGTH);
      decoded = { ...restored, problems: [] };
    }
  }
  return { embed, decoded, appUrl: `${url.origin}${url.pathname}` };
}

/** No link, nothing saved: the defaults (tests and the benchmark page start here). */
export const PLAIN_STARTUP: Startup = {
  embed: readEmbedOptions(new URLSearchParams()),
  decoded: { scenario: DEFAULT_SCENARIO, problems: [], priceChanges: [], found: false },
  appUrl: './',
};
