/**
 * The one inline script of the built page (its SHA-256 is in the Content-Security-Policy), run in
 * <head> before the prerendered default page paints. Two jobs:
 * - when the address carries a scenario or embed options, or this browser has saved work, the page
 *   that opens is not the default one, so the prerendered default figures are hidden (and "Opening
 *   your scenario…" shown) until the app renders the right page: never flash the defaults as if they
 *   were the link's;
 * - what the reader types, slides or presses in the prerendered page before React has hydrated that
 *   part is kept, in order, and the app replays it once it has (lib/early-input.ts), so nothing done
 *   in the first moments is lost;
 * - the prerendered sections below the first screen, written as text in a <noscript> each so the
 *   first paint need not parse them (app/below-first-screen.ts), are put in place right after the
 *   first contentful paint, even when the app's code never arrives. The app calls the same function
 *   (`window[SHOW_BELOW_FIRST_SCREEN_GLOBAL]`) before it hydrates; it acts once.
 */
// With its extension: vite.config.ts imports this file, and Node resolves no extensionless import.
import { LEGACY_SCENARIO_KEY, SAVED_SCENARIOS_KEY } from '../lib/storage-keys.ts';
import { BELOW_FIRST_SCREEN_ATTRIBUTE } from './below-first-screen.ts';

/** The class on <html> while the page that opens is not the prerendered one. */
export const OPENING_CLASS = 'is-opening-scenario';

/** The attribute on #root that holds the prerender's facts (JSON), set by the build. */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered';

/** Where the guard keeps the early input: `window[EARLY_INPUT_GLOBAL]` (see lib/early-input.ts). */
export const EARLY_INPUT_GLOBAL = '__kimiEarlyInput';

/** `window[SHOW_BELOW_FIRST_SCREEN_GLOBAL]()` puts the sections below the first screen in place. */
export const SHOW_BELOW_FIRST_SCREEN_GLOBAL = '__kimiShowBelowFirstScreen';

/** Without Paint Timing, or in a tab that never paints, the sections come this long after `load`. */
const SHOW_WITHOUT_PAINT_MS = 1500;

const hide = `d.classList.add(${JSON.stringify(OPENING_CLASS)})`;
const savedWork = [SAVED_SCENARIOS_KEY, LEGACY_SCENARIO_KEY]
  .map((key) => `localStorage.getItem(${JSON.stringify(key)})!==null`)
  .join('||');

export const OPENING_GUARD_SCRIPT = [
  '(function(){var d=document.documentElement,l=location;',
  `try{if(l.hash.length>1||l.search.length>1||${savedWork})${hide}}catch(e){${hide}}`,
  // A node React has hydrated carries React's own key; what is not yet live is kept, in order. Each
  // act is numbered, and so is the last value given to each field, live or not: a field React took
  // over while the reader typed in it dropped their text unheard, and its number puts it back in turn.
  "var acts=[],n=0,order=new WeakMap(),live=function(t){return Object.keys(t).some(function(k){return k.indexOf('__reactFiber')===0})},",
  // A chosen file stays on its input (a script cannot set it again): its choice is kept, once.
  'keep=function(e){var t=e.target;if(!t||!/^(INPUT|SELECT|TEXTAREA)$/.test(t.tagName))return;n+=1;order.set(t,n);if(live(t))return;',
  "if(t.type==='file'){if(e.type==='change')acts.push({kind:'file',field:t,at:n})}",
  // A choice keeps the words the reader chose too: a list that depends on another choice (a model's
  // providers) changes once that choice is replayed, and the words find the same entry in it.
  "else acts.push({kind:'value',field:t,value:t.value,checked:t.checked,at:n,",
  "label:t.tagName==='SELECT'&&t.selectedIndex>=0?t.options[t.selectedIndex].text:''})},",
  "press=function(e){var t=e.target&&e.target.closest&&e.target.closest('button');",
  "if(t&&!live(t))acts.push({kind:'click',field:t,at:++n});",
  // An in-page link (the skip link) jumps as the app's own does, without writing "#id" into the
  // address: the fragment is the scenario's link, and the app would read "#main-content" as one.
  "var a=e.target&&e.target.closest&&e.target.closest('a[href^=\"#\"]'),to=a&&!live(a)&&document.getElementById(a.getAttribute('href').slice(1));",
  "if(to){e.preventDefault();to.scrollIntoView({block:'start'});to.focus({preventScroll:true})}};",
  "document.addEventListener('input',keep,true);document.addEventListener('change',keep,true);",
  // A slider's keys step it in the app's own way (a log scale steps the value, not the position):
  // the key is kept instead of its native step, and replayed as a key.
  "var stepKey=function(e){var t=e.target;if(t&&t.type==='range'&&!live(t)&&",
  '/^(Arrow(Up|Down|Left|Right)|Page(Up|Down)|Home|End)$/.test(e.key)){e.preventDefault();',
  "acts.push({kind:'key',field:t,key:e.key,at:++n})}};",
  "document.addEventListener('click',press,true);document.addEventListener('keydown',stepKey,true);",
  `window[${JSON.stringify(EARLY_INPUT_GLOBAL)}]={acts:acts,order:order,stop:function(){`,
  "document.removeEventListener('input',keep,true);document.removeEventListener('change',keep,true);",
  "document.removeEventListener('click',press,true);document.removeEventListener('keydown',stepKey,true)}};",
  // The sections below the first screen: each <noscript>'s text is the HTML React rendered.
  // The first paint can come before the parser is done (a slow machine, the "Opening…" notice): the
  // sections are put in place once the whole page is parsed, so none is left behind.
  "var shown=false,show=function(){if(shown)return;if(document.readyState==='loading'){",
  "document.addEventListener('DOMContentLoaded',show);return}shown=true;",
  `document.querySelectorAll('noscript[${BELOW_FIRST_SCREEN_ATTRIBUTE}]').forEach(function(n){`,
  "var t=document.createElement('template');t.innerHTML=n.textContent;n.replaceWith(t.content)})};",
  `window[${JSON.stringify(SHOW_BELOW_FIRST_SCREEN_GLOBAL)}]=show;`,
  "try{new PerformanceObserver(function(l,o){if(l.getEntriesByName('first-contentful-paint').length){o.disconnect();show()}})",
  ".observe({type:'paint',buffered:true})}catch(e){}",
  `addEventListener('load',function(){setTimeout(show,${SHOW_WITHOUT_PAINT_MS})});`,
  '})();',
].join('');
