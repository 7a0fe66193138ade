/**
 * The first view, ours against a bare static page and against our own first screen as static HTML (no
 * script at all), in the same browser on the same server: each page is opened RUNS times in a fresh
 * context (empty cache), alternating, after one discarded warm-up each, at 1280×900 with the CPU
 * unthrottled.
 *
 * Per run it reads:
 * - first paint and first contentful paint (Paint Timing);
 * - when "Monthly cost" and its dollar figure are on screen: an init script looks, every animation
 *   frame from navigation start, for an element whose text is "Monthly cost" with a "$…" figure in the
 *   same parent, both laid out inside the viewport and not hidden. In the frame it finds them it marks
 *   both with `elementtiming`, so Element Timing reports when that frame was painted (the same clock
 *   as Paint Timing); if no entry arrives, the frame's time is used;
 * - the scripts it requested (Resource Timing), before that figure was on screen and in all once no
 *   request has started for SETTLE_MS, matched to the files in dist/ for their raw and gzip sizes.
 *   A lazy chunk is a script outside the first view (entry, modulepreloads and their static imports).
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Page } from '@playwright/test';
import { benchBrowser, median, sleep } from './bench-browser';
import { type Asset, firstViewScripts, readAsset } from './bench-bundle';
import { DIST, STATIC_FIRST_SCREEN_PATH } from './bench-server';

const RUNS = Number(process.env.BENCH_FIRST_VIEW_RUNS ?? 7);
/** The page has settled once no request has started for this long. */
const SETTLE_MS = 1500;
const SETTLE_LIMIT_MS = 15_000;
const VIEWPORT = { width: 1280, height: 900 };

export const FIRST_VIEW_PAGES = [
  { label: 'bare static page', path: '/bare.html' },
  { label: 'our first screen, static', path: STATIC_FIRST_SCREEN_PATH },
  { label: 'ours (/)', path: '/' },
] as const;

export interface PageRun {
  readonly firstPaint: number;
  readonly firstContentfulPaint: number;
  /** "Monthly cost" with its dollar figure painted; NaN when it never was. */
  readonly figure: number;
  /** How `figure` was read: Element Timing, or the animation frame that found it. */
  readonly figureSource: 'element timing' | 'animation frame' | 'not found';
  /** Scripts requested before the figure was on screen, and in all. */
  readonly scriptsBefore: readonly string[];
  readonly scriptsAll: readonly string[];
}

export interface FirstViewPage {
  readonly label: string;
  readonly runs: readonly PageRun[];
}

export interface FirstViewResult {
  readonly pages: readonly FirstViewPage[];
  /** Script files (paths under dist/) the built index.html loads up front; any other is lazy. */
  readonly firstViewFiles: ReadonlySet<string>;
  readonly assets: ReadonlyMap<string, Asset>;
}

/** Runs in the page before any of its scripts. */
function watchFirstFigure(): void {
  const state = { found: Number.NaN, painted: [] as number[] };
  (window as unknown as { __benchFigure: typeof state }).__benchFigure = state;
  const shown = (element: Element) => {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return false;
    if (box.bottom <= 0 || box.top >= innerHeight || box.right <= 0 || box.left >= innerWidth) return false;
    const style = getComputedStyle(element);
    return style.visibility !== 'hidden' && style.opacity !== '0';
  };
  const find = (): [Element, Element] | null => {
    const headings = document.evaluate(
      "//*[normalize-space(text())='Monthly cost']",
      document,
      null,
      XPathResult.ORDERED_NODE_SNAPSHOT_TYPE,
      null,
    );
    for (let index = 0; index < headings.snapshotLength; index += 1) {
      const heading = headings.snapshotItem(index) as Element;
      if (!heading.parentElement || !shown(heading)) continue;
      const texts = document.createTreeWalker(heading.parentElement, NodeFilter.SHOW_TEXT);
      for (let node = texts.nextNode(); node; node = texts.nextNode()) {
        const holder = node.parentElement;
        if (holder && /\$\s?\d/.test(node.textContent ?? '') && shown(holder)) return [heading, holder];
      }
    }
    return null;
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      identifier: string;
      renderTime: number;
    })[]) {
      if (entry.identifier === 'bench-figure') state.painted.push(entry.renderTime || entry.startTime);
    }
  }).observe({ type: 'element', buffered: true });
  const look = () => {
    const pair = find();
    if (!pair) {
      requestAnimationFrame(look);
      return;
    }
    state.found = performance.now();
    for (const element of pair) element.setAttribute('elementtiming', 'bench-figure');
  };
  requestAnimationFrame(look);
}

async function settle(page: Page): Promise<void> {
  const began = Date.now();
  let count = -1;
  let quietSince = Date.now();
  while (Date.now() - began < SETTLE_LIMIT_MS) {
    const now = await page.evaluate(() => performance.getEntriesByType('resource').length);
    if (now !== count) {
      count = now;
      quietSince = Date.now();
    } else if (Date.now() - quietSince >= SETTLE_MS) {
      return;
    }
    await sleep(250);
  }
}

async function measurePage(origin: string, path: string): Promise<PageRun> {
  const { context, page } = await (await benchBrowser()).newPage(VIEWPORT);
  try {
    await page.addInitScript(watchFirstFigure);
    await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    await page
      .waitForFunction(
        () => !Number.isNaN((window as unknown as { __benchFigure: { found: number } }).__benchFigure.found),
        undefined,
        { timeout: SETTLE_LIMIT_MS },
      )
      .catch(() => undefined);
    await settle(page);
    const read = await page.evaluate(() => {
      const state = (window as unknown as { __benchFigure: { found: number; painted: number[] } })
        .__benchFigure;
      const paint = (name: string) =>
        performance.getEntriesByType('paint').find((entry) => entry.name === name)?.startTime ?? Number.NaN;
      return {
        firstPaint: paint('first-paint'),
        firstContentfulPaint: paint('first-contentful-paint'),
        found: state.found,
        painted: state.painted,
        scripts: (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
          .map((entry) => ({ path: new URL(entry.name).pathname, start: entry.startTime })),
      };
    });
    const painted = read.painted.length === 2 ? Math.max(...read.painted) : Number.NaN;
    const figure = Number.isFinite(painted) ? painted : read.found;
    const before = read.scripts.filter((script) => Number.isFinite(figure) && script.start < figure);
    return {
      firstPaint: read.firstPaint,
      firstContentfulPaint: read.firstContentfulPaint,
      figure,
      figureSource: Number.isFinite(painted)
        ? 'element timing'
        : Number.isFinite(read.found)
          ? 'animation frame'
          : 'not found',
      scriptsBefore: before.map((script) => script.path),
      scriptsAll: read.scripts.map((script) => script.path),
    };
  } finally {
    await context.close();
  }
}

let measured: Promise<FirstViewResult> | null = null;

/** Measured once per `npm run bench`; the summary reuses it. */
export function measureFirstView(): Promise<FirstViewResult> {
  measured ??= (async () => {
    const { origin } = await benchBrowser();
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const firstViewFiles = new Set(firstViewScripts(html));
    const runs = new Map<string, PageRun[]>(FIRST_VIEW_PAGES.map((page) => [page.label, []]));
    for (const page of FIRST_VIEW_PAGES) await measurePage(origin, page.path); // warm-up, discarded
    for (let run = 0; run < RUNS; run += 1) {
      for (const page of FIRST_VIEW_PAGES) runs.get(page.label)?.push(await measurePage(origin, page.path));
    }
    const assets = new Map<string, Asset>();
    for (const pageRuns of runs.values()) {
      for (const path of pageRuns.flatMap((run) => run.scriptsAll)) {
        const file = distFile(path);
        if (!assets.has(file)) {
          try {
            assets.set(file, readAsset(file));
          } catch {
            // not a file of dist/ (a 404): counted as 0 bytes
          }
        }
      }
    }
    return {
      pages: FIRST_VIEW_PAGES.map((page) => ({ label: page.label, runs: runs.get(page.label) ?? [] })),
      firstViewFiles,
      assets,
    };
  })();
  return measured;
}

/** The dist/ file a served path names. */
export function distFile(path: string): string {
  return join(DIST, decodeURIComponent(path).replace(/^\//, ''));
}

/** Raw and gzip bytes of a run's scripts (each file once). */
export function scriptBytes(
  result: FirstViewResult,
  paths: readonly string[],
): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const file of new Set(paths.map(distFile))) {
    raw += result.assets.get(file)?.raw ?? 0;
    gzip += result.assets.get(file)?.gzip ?? 0;
  }
  return { raw, gzip };
}

/** The lazy chunks among a run's scripts, by file name without its content hash. */
export function lazyChunks(result: FirstViewResult, paths: readonly string[]): string[] {
  return [...new Set(paths.map(distFile))]
    .filter((file) => !result.firstViewFiles.has(file))
    .map((file) => basename(file).replace(/-[\w-]{8}\.js$/, ''));
}

/** The median of a figure over a page's runs. */
export function medianOf(page: FirstViewPage, figure: (run: PageRun) => number): number {
  return median(page.runs.map(figure));
}
