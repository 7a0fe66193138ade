/**
 * The prerendered sections below the first screen are written into index.html inside a <noscript>
 * each. A browser with scripting parses a <noscript>'s content as plain text (a fast scan, no
 * elements), and Chrome paints a page it has in full only once it has parsed all of it: the first
 * figure no longer waits for the comparison table's thousands of elements (measured: about 40 ms of
 * the main thread before the first paint). The opening guard (app/opening-guard.ts) puts each part
 * in place right after the first contentful paint, and the app does it before it hydrates, so React
 * finds exactly the HTML it rendered. With scripting off, a <noscript> shows its content as it is.
 *
 * Build time only (scripts/prerender): plain string work on React's own output.
 */

/** The attribute that marks such a <noscript>. */
export const BELOW_FIRST_SCREEN_ATTRIBUTE = 'data-below-first-screen';

/**
 * Where the element that starts at `start` (its "<tag") ends: just after its closing tag. React's HTML
 * escapes "<" in text and attribute values, so every "<tag" and "</tag" in it is a tag.
 */
function elementEnd(html: string, start: number, tag: string): number {
  const tags = new RegExp(`<(/?)${tag}[\\s>]`, 'g');
  tags.lastIndex = start;
  let depth = 0;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] === '/' ? -1 : 1;
    if (depth === 0) return html.indexOf('>', match.index) + 1;
  }
  throw new Error(`the <${tag}> at ${start} is never closed`);
}

/**
 * The page with the content of each element whose id is in `ids` (the element itself stays, so the
 * header's links to it work) wrapped in a marked <noscript>. Throws when an id is missing or its
 * content could end the <noscript> early: the page would be wrong, not merely slower.
 */
export function deferBelowFirstScreen(html: string, ids: readonly string[]): string {
  let page = html;
  for (const id of ids) {
    const at = page.indexOf(` id="${id}"`);
    const start = page.lastIndexOf('<', at);
    const tag = /^<([a-z0-9]+)/.exec(page.slice(start))?.[1];
    if (at < 0 || !tag) throw new Error(`the prerendered page has no element with id "${id}"`);
    const contentStart = page.indexOf('>', at) + 1;
    const end = elementEnd(page, start, tag);
    const contentEnd = end - `</${tag}>`.length;
    const content = page.slice(contentStart, contentEnd);
    if (/<\/?noscript/i.test(content)) throw new Error(`#${id} holds a <noscript> of its own`);
    page = `${page.slice(0, contentStart)}<noscript ${BELOW_FIRST_SCREEN_ATTRIBUTE}>${content}</noscript>${page.slice(contentEnd)}`;
  }
  return page;
}
