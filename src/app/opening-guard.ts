/**
 * The one inline script of the built page (its SHA-256 is in the Content-Security-Policy), run in
 * <head> before the prerendered default page paints: when the address carries a scenario or embed
 * options, or this browser has saved work, the page that opens is not the default one, so the
 * prerendered default figures are hidden (and "Opening your scenario…" shown) until main.tsx renders
 * the right page. Never flash the defaults as if they were the link's.
 */
// With its extension: vite.config.ts imports this file, and Node resolves no extensionless import.
import { LEGACY_SCENARIO_KEY, SAVED_SCENARIOS_KEY } from '../lib/storage-keys.ts';

/** The class on <html> while the page that opens is not the prerendered one. */
export const OPENING_CLASS = 'is-opening-scenario';

/** The attribute on #root that holds the prerender's facts (JSON), set by the build. */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered';

export const OPENING_GUARD_SCRIPT = `(function(){var d=document.documentElement,l=location;try{if(l.hash.length>1||l.search.length>1||localStorage.getItem(${JSON.stringify(SAVED_SCENARIOS_KEY)})!==null||localStorage.getItem(${JSON.stringify(LEGACY_SCENARIO_KEY)})!==null)d.classList.add(${JSON.stringify(OPENING_CLASS)})}catch(e){d.classList.add(${JSON.stringify(OPENING_CLASS)})}})();`;
