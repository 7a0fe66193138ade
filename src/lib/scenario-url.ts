/**
 * The scenario lives in the URL fragment (never sent to a server); embed options live in the query.
 * Writes use history.replaceState (no history entries), at most every `minIntervalMs`, the last
 * write always lands, and identical URLs are skipped: browsers throttle the History API (Safari
 * throws after 100 calls in a short window).
 */
const EMBED_PARAMS = ['embed', 'theme', 'panels'] as const;

/** The scenario text from a URL: the fragment, or else the query without embed options. */
export function scenarioTextFromUrl(url: URL): string {
  if (url.hash.length > 1) return url.hash.slice(1);
  const query = new URLSearchParams(url.search);
  for (const name of EMBED_PARAMS) query.delete(name);
  return query.toString();
}

export interface UrlWriter {
  write(fragment: string): void;
  /**
   * Writes the address the page opens with at once, outside the rate limit: the reader's first edit
   * right after it is written at once too, so a reload straight after that edit reloads it.
   */
  writeOpening(fragment: string): void;
  flush(): void;
}

export function createUrlWriter(minIntervalMs = 300): UrlWriter {
  let pending: string | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastWrite = 0;

  /** Puts the fragment in the address; true when it was written. */
  function replace(fragment: string): boolean {
    const next = `#${fragment}`;
    if (window.location.hash === next) return false;
    try {
      window.history.replaceState(window.history.state, '', next);
      return true;
    } catch {
      // Throttled by the browser: the next change writes again.
      return false;
    }
  }

  function flush() {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (pending === null) return;
    const next = pending;
    pending = null;
    if (replace(next)) lastWrite = Date.now();
  }

  return {
    writeOpening(fragment) {
      if (pending === null) replace(fragment);
    },
    write(fragment) {
      pending = fragment;
      const wait = Math.max(0, lastWrite + minIntervalMs - Date.now());
      if (timer === null) timer = setTimeout(flush, wait);
    },
    flush,
  };
}
