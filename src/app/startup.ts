import { BUNDLED_ROUTES } from '../data/rate-sheet';
import { type EmbedOptions, readEmbedOptions } from '../domain/embed';
import { mergeRoutes } from '../domain/rates/route-merge';
import {
  findSaved,
  newestSaved,
  type SavedScenario,
  type SavedScenarios,
} from '../domain/scenario/saved-scenarios';
import { DEFAULT_SCENARIO, type Scenario } from '../domain/scenario/scenario';
import { type DecodedScenario, decodeScenario } from '../domain/share-link/decode-scenario';
import { encodeScenario } from '../domain/share-link/encode-scenario';
import { decodeCustomRoutes } from '../domain/share-link/link-extras';
import { type LinkContext, MAX_EXPANDED_LINK_LENGTH } from '../domain/share-link/link-format';
import { MAX_SCENARIO_FILE_LENGTH } from '../domain/share-link/scenario-file';
import { wellFormed } from '../domain/text';
import { readBlob } from '../lib/blob-store';
import { type Expanded, expandFragment } from '../lib/link-compression';
import { loadSavedScenarios, loadTabSession } from '../lib/saved-scenarios-storage';
import { scenarioTextFromUrl } from '../lib/scenario-url';

/** The scenario shown before the current one, which the page offers back. */
export interface PreviousScenario {
  readonly scenario: Scenario;
  /** The saved scenario it is, so that editing it after a restore continues it. */
  readonly entryId: string | null;
}

export interface Startup {
  readonly embed: EmbedOptions;
  /** What the page opens with; its problems and price changes are the link's (none when restored). */
  readonly decoded: DecodedScenario;
  /** The calculator's address without query or fragment. */
  readonly appUrl: string;
  /** The saved scenario this tab goes on editing; null: its first edit starts a new one. */
  readonly entryId: string | null;
  /** The user's own saved work that a link replaced on screen, offered back in one click. */
  readonly previous: PreviousScenario | null;
  /** True when the address bar should keep the link as it is (it had problems) until an edit. */
  readonly keepAddress: boolean;
}

const CONTEXT: LinkContext = { routes: BUNDLED_ROUTES };

/** A fragment's link text, inflated when compressed; a damaged compressed link reads as a problem. */
export async function readLink(fragment: string, context: LinkContext = CONTEXT): Promise<DecodedScenario> {
  return decodeExpanded(await expandFragment(wellFormed(fragment)), context);
}

function decodeExpanded(expanded: Expanded, context: LinkContext = CONTEXT): DecodedScenario {
  if (!expanded.ok) {
    return {
      scenario: DEFAULT_SCENARIO,
      problems: [
        'The compressed link is damaged and could not be read; the calculator opened with its defaults.',
      ],
      priceChanges: [],
      found: true,
    };
  }
  // A compressed link was checked for length before it was inflated; its text may be as long as a file.
  return decodeScenario(expanded.text, context, expanded.compressed ? MAX_EXPANDED_LINK_LENGTH : undefined);
}

/** A saved scenario with every added route it had (those past a link's share live in a blob). */
export async function readSaved(entry: SavedScenario, context: LinkContext = CONTEXT): Promise<Scenario> {
  const { scenario } = decodeScenario(entry.text, context, MAX_SCENARIO_FILE_LENGTH);
  if (!entry.routes) return scenario;
  const blob = await readBlob(entry.routes);
  if (blob === null) return scenario;
  const all = decodeCustomRoutes(blob).routes;
  return all.length === 0 ? scenario : { ...scenario, customRoutes: mergeRoutes(scenario.customRoutes, all) };
}

/** The whole scenario as text, added routes included: equal texts are the same scenario. */
export function scenarioIdentity(scenario: Scenario, context: LinkContext = CONTEXT): string {
  return encodeScenario(scenario, context, { allCustomRoutes: true });
}

function restored(scenario: Scenario): DecodedScenario {
  return { scenario, problems: [], priceChanges: [], found: true };
}

/**
 * What a tab opens with:
 * - a reload of this tab (the address holds what the tab last saved): the newest edit of its scenario;
 * - a link: the link's scenario; the newest saved one, when it differs, is offered back, and nothing is
 *   saved until the user edits (so a link never replaces saved work);
 * - no link: the newest saved scenario, else the defaults.
 * Embeds never read or write saved scenarios.
 */
export async function readStartup(location: Location): Promise<Startup> {
  const url = new URL(location.href);
  const embed = readEmbedOptions(url.searchParams);
  const appUrl = `${url.origin}${url.pathname}`;
  const fragment = scenarioTextFromUrl(url);
  const saved: SavedScenarios = embed.embed ? { entries: [] } : loadSavedScenarios();
  const session = embed.embed ? null : loadTabSession();
  const base = { embed, appUrl, previous: null, keepAddress: false };

  if (fragment === '') {
    const newest = newestSaved(saved);
    if (!newest) return { ...base, decoded: restored(DEFAULT_SCENARIO), entryId: null };
    return { ...base, decoded: restored(await readSaved(newest)), entryId: newest.id };
  }

  const expanded = await expandFragment(wellFormed(fragment));
  const own = findSaved(saved, session?.entryId ?? null);
  if (own && expanded.ok && expanded.text === session?.text) {
    // This tab's own address after a reload: the newest edit of its scenario (another tab may have
    // edited it since), not a link to take over.
    return { ...base, decoded: restored(await readSaved(own)), entryId: own.id };
  }
  const link = decodeExpanded(expanded);
  const keepAddress = link.problems.length > 0;
  const newest = newestSaved(saved);
  if (!newest) return { ...base, decoded: link, entryId: null, keepAddress };
  const previous = await readSaved(newest);
  if (scenarioIdentity(previous) === scenarioIdentity(link.scenario)) {
    return { ...base, decoded: link, entryId: newest.id, keepAddress };
  }
  return {
    ...base,
    decoded: link,
    entryId: null,
    keepAddress,
    previous: { scenario: previous, entryId: newest.id },
  };
}

/** No link, nothing saved: the defaults (tests and the benchmark page start here). */
export const PLAIN_STARTUP: Startup = {
  embed: readEmbedOptions(new URLSearchParams()),
  decoded: { scenario: DEFAULT_SCENARIO, problems: [], priceChanges: [], found: false },
  appUrl: './',
  entryId: null,
  previous: null,
  keepAddress: false,
};

/**
 * True when the page that opens is the build's prerendered one (the defaults, with nothing to say
 * about a link and nothing offered back), so the browser can hydrate that HTML instead of replacing it.
 */
export function opensDefaultPage(startup: Startup): boolean {
  const { decoded } = startup;
  return (
    !startup.embed.embed &&
    startup.previous === null &&
    !startup.keepAddress &&
    decoded.problems.length === 0 &&
    decoded.priceChanges.length === 0 &&
    scenarioIdentity(decoded.scenario) === scenarioIdentity(DEFAULT_SCENARIO)
  );
}
