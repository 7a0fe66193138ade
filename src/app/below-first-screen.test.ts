/**
 * The sections below the first screen reach the page as text in a <noscript> each (so the first paint
 * does not parse them) and are put back, exactly as React rendered them, by the opening guard.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { BELOW_FIRST_SCREEN_ATTRIBUTE, deferBelowFirstScreen } from './below-first-screen';
import { OPENING_GUARD_SCRIPT, SHOW_BELOW_FIRST_SCREEN_GLOBAL } from './opening-guard';

const PAGE =
  '<main><div id="top"><p>Monthly cost</p><output>$39.00</output></div>' +
  '<div id="section-a" class="page__section"><!--$--><section><div><div>a &lt;b&gt;</div></div>' +
  '<table><tbody><tr><td>1</td></tr></tbody></table></section><!--/$--></div>' +
  '<div id="section-b" tabindex="-1"><div><p>b</p></div></div></main>';

/** The page as the browser shows it once every marked <noscript> is replaced by its content. */
const unwrapped = (html: string) =>
  html.replaceAll(`<noscript ${BELOW_FIRST_SCREEN_ATTRIBUTE}>`, '').replaceAll('</noscript>', '');

describe('deferBelowFirstScreen', () => {
  it('wraps the content of each named element, and nothing else', () => {
    const page = deferBelowFirstScreen(PAGE, ['section-a', 'section-b']);
    expect(page).toBe(
      '<main><div id="top"><p>Monthly cost</p><output>$39.00</output></div>' +
        `<div id="section-a" class="page__section"><noscript ${BELOW_FIRST_SCREEN_ATTRIBUTE}><!--$--><section><div><div>a &lt;b&gt;</div></div>` +
        '<table><tbody><tr><td>1</td></tr></tbody></table></section><!--/$--></noscript></div>' +
        `<div id="section-b" tabindex="-1"><noscript ${BELOW_FIRST_SCREEN_ATTRIBUTE}><div><p>b</p></div></noscript></div></main>`,
    );
    expect(unwrapped(page)).toBe(PAGE);
  });

  it('refuses an id the page lacks, or content that would end the <noscript> early', () => {
    expect(() => deferBelowFirstScreen(PAGE, ['section-gone'])).toThrow(/no element with id "section-gone"/);
    const nested = PAGE.replace('<p>b</p>', '<noscript>b</noscript>');
    expect(() => deferBelowFirstScreen(nested, ['section-b'])).toThrow(/<noscript> of its own/);
  });
});

describe("the opening guard's sections below the first screen", () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  /** The page as a browser with scripting parses it: each marked <noscript> holds its HTML as text. */
  function loadDeferredPage(): void {
    const deferred = deferBelowFirstScreen(PAGE, ['section-a', 'section-b']);
    document.body.innerHTML = unwrapped(deferred);
    for (const id of ['section-a', 'section-b']) {
      const section = document.getElementById(id) as HTMLElement;
      const holder = document.createElement('noscript');
      holder.setAttribute(BELOW_FIRST_SCREEN_ATTRIBUTE, '');
      holder.textContent = section.innerHTML;
      section.replaceChildren(holder);
    }
  }

  it('puts each section back exactly as rendered, once however often it is called', () => {
    loadDeferredPage();
    expect(document.querySelector('#section-a table')).toBeNull();
    new Function(OPENING_GUARD_SCRIPT)();
    const show = (window as unknown as Record<string, () => void>)[SHOW_BELOW_FIRST_SCREEN_GLOBAL];
    show?.();
    show?.();
    expect(document.body.innerHTML).toBe(PAGE);
    expect(document.querySelector('#section-a td')?.textContent).toBe('1');
  });

  it('waits for the whole page when the first paint comes before the parser is done', () => {
    loadDeferredPage();
    const section = document.getElementById('section-b') as HTMLElement;
    const notYetParsed = section.firstElementChild as Element;
    notYetParsed.remove();
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    new Function(OPENING_GUARD_SCRIPT)();
    (window as unknown as Record<string, () => void>)[SHOW_BELOW_FIRST_SCREEN_GLOBAL]?.();
    expect(document.querySelector('#section-a table')).toBeNull();
    // The parser reaches the last section, and is done.
    section.append(notYetParsed);
    Reflect.deleteProperty(document, 'readyState');
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(document.body.innerHTML).toBe(PAGE);
  });
});
