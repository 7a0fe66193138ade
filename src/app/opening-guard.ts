/**
 * The one inline script of the built page (its SHA-256 is in the Content-Security-Policy), run in
 * <head> before the prerendered default page paints. Two jobs:
 * - when the address carries a scenario or embed options, or this browser has saved work, the page
 *   that opens is not the default one, so the prerendered default figures are hidden (and "Opening
 *   your scenario…" shown) until the app renders the right page: never flash the defaults as if they
 *   were the link's;
 * - what the reader types or slides into the prerendered page before the app's code runs is kept
 *   (the last value of each field, by id), and the app replays it once it has hydrated
 *   (lib/early-input.ts), so nothing typed in the first moments is lost.
 */
// With its extension: vite.config.ts imports this file, and Node resolves no extensionless import.
import { LEGACY_SCENARIO_KEY, SAVED_SCENARIOS_KEY } from '../lib/storage-keys.ts';

/** The class on <html> while the page that opens is not the prerendered one. */
export const OPENING_CLASS = 'is-opening-scenario';

/** The attribute on #root that holds the prerender's facts (JSON), set by the build. */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered';

/** Where the guard keeps the early input: `window[EARLY_INPUT_GLOBAL]` (see lib/early-input.ts). */
export const EARLY_INPUT_GLOBAL = '__kimiEarlyInput';

const hide = `d.classList.add(${JSON.stringify(OPENING_CLASS)})`;
const savedWork = [SAVED_SCENARIOS_KEY, LEGACY_SCENARIO_KEY]
  .map((key) => `localStorage.getItem(${JSON.stringify(key)})!==null`)
  .join('||');

export const OPENING_GUARD_SCRIPT = [
  '(function(){var d=document.documentElement,l=location;',
  `try{if(l.hash.length>1||l.search.length>1||${savedWork})${hide}}catch(e){${hide}}`,
  'var kept={},keep=function(e){var t=e.target;if(t&&t.id&&/^(INPUT|SELECT|TEXTAREA)$/.test(t.tagName))',
  'kept[t.id]={value:t.value,checked:t.checked}};',
  "document.addEventListener('input',keep,true);document.addEventListener('change',keep,true);",
  `window[${JSON.stringify(EARLY_INPUT_GLOBAL)}]={fields:kept,stop:function(){`,
  "document.removeEventListener('input',keep,true);document.removeEventListener('change',keep,true)}}",
  '})();',
].join('');
